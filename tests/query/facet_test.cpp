#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "search/facet.h"
#include "search/entity_lexicon.h"
#include "search/facet_resolver.h"
#include "search/searcher.h"
#include "schema.h"
#include "test_db.h"

namespace segugio::search {
namespace {

// Counts computed independently: every matching article's stored entities.
std::map<std::string, Xapian::doccount> stored_counts(const Xapian::Database& db, const Xapian::Query& query,
                                                      const std::string& facet) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::map<std::string, Xapian::doccount> counts;
  Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  for (auto it = all.begin(); it != all.end(); ++it) {
    auto data = nlohmann::json::parse(it.get_document().get_data());
    for (const auto& e : data["entities"])
      if (e["facet"] == facet) ++counts[e["id"].get<std::string>()];
  }
  return counts;
}

Xapian::doccount match_count(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  return enquire.get_mset(0, db.get_doccount()).size();
}

TEST(FacetCounts, EqualCountsFromStoredEntitiesOverAllMatches) {
  test::TestDatabase db(test::sample_articles());
  Searcher searcher(db.path());
  Xapian::Database xdb(db.path());
  // Each query with the matching set spelled independently in Xapian terms.
  const std::vector<std::pair<std::string, Xapian::Query>> cases{
      {"armi", Xapian::Query("armi")},
      {"", Xapian::Query::MatchAll},
      {"Kim", Xapian::Query("kim")},
      {"Corea -Seul", Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query("corea"), Xapian::Query("seul"))}};
  for (const auto& [query, xquery] : cases) {
    SearchRequest request;
    request.query = query;
    request.limit = 1;  // counts must not depend on the page
    request.facets = {Facet::person, Facet::country, Facet::organisation, Facet::place};
    request.facet_limit = 0;
    SearchResponse response = searcher.search(request);
    ASSERT_EQ(response.facets.size(), 4u);
    EXPECT_TRUE(response.total_exact);
    EXPECT_EQ(response.total, match_count(xdb, xquery)) << query;
    for (const FacetCounts& counts : response.facets) {
      std::map<std::string, Xapian::doccount> got;
      for (const FacetValue& v : counts.values) got[v.id] = v.count;
      EXPECT_EQ(got, stored_counts(xdb, xquery, std::string(facet_name(counts.facet))))
          << query << " / " << facet_name(counts.facet);
      EXPECT_EQ(counts.distinct, got.size());
    }
  }
}

TEST(FacetCounts, TopValuesSortedByCountThenIdWithNames) {
  test::TestDatabase db(test::sample_articles());
  Searcher searcher(db.path());
  SearchRequest request;
  request.facets = {Facet::country};
  request.facet_limit = 2;
  auto response = searcher.search(request);
  ASSERT_EQ(response.facets.size(), 1u);
  const auto& values = response.facets[0].values;
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].id, "KP");
  EXPECT_EQ(values[0].name, "Corea del Nord");
  EXPECT_EQ(values[0].count, 3u);
  EXPECT_EQ(values[1].id, "RU");
  EXPECT_EQ(values[1].count, 2u);
  EXPECT_EQ(response.facets[0].distinct, 5u);
}

TEST(FacetCounts, SourcesAreCountedUnderTheirFilterIds) {
  test::TestDatabase db(test::sample_articles());
  Searcher searcher(db.path());
  SearchRequest request;
  request.query = "armi";
  request.facets = {Facet::source};
  auto response = searcher.search(request);
  ASSERT_EQ(response.facets.size(), 1u);
  const auto& values = response.facets[0].values;
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values[0].id, "agenzia");
  EXPECT_EQ(values[0].count, 2u);
  EXPECT_EQ(values[1].id, "quotidiano");
  EXPECT_EQ(values[2].id, "seed");
}

TEST(FacetSlots, OnlySlotsInUseAreCounted) {
  test::TestDatabase db(test::sample_articles());
  Xapian::Database xdb(db.path());
  EXPECT_EQ(facet_slots_in_use(xdb, Facet::person), 3u);
  EXPECT_EQ(facet_slots_in_use(xdb, Facet::country), 3u);
  EXPECT_EQ(facet_slots_in_use(xdb, Facet::organisation), 1u);
}

TEST(Browse, ValuesByWordPrefixWithCounts) {
  test::TestDatabase db(test::sample_articles());
  Xapian::Database xdb(db.path());
  auto values = browse_facet(xdb, Facet::person, "Lav", 0);
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].id, "sergei lavrov");
  EXPECT_EQ(values[0].name, "Sergej Lavrov");
  EXPECT_EQ(values[0].count, 1u);
  values = browse_facet(xdb, Facet::person, "", 2);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].id, "kim jong un");
  EXPECT_EQ(values[1].id, "vladimir putin");
  EXPECT_EQ(browse_facet(xdb, Facet::source, "", 0).size(), 3u);
}

// Regression: ids are written in the key fold (Any-Latin; Latin-ASCII), and browsing
// once folded the prefix otherwise ("Łódź" -> "łodz"), so it found nothing.
TEST(Regression, BrowsePrefixIsKeyFoldedLikeTheIds) {
  test::TestDatabase db({{"pl-1", "Visita", "2023-01-02", "agenzia", "Il sindaco di Łódź.",
                          {{"place", "lodz@PL", "Łódź", 1}}}});
  Xapian::Database xdb(db.path());
  for (const char* prefix : {"Łódź", "lodz", "LÓDŹ"}) {
    auto values = browse_facet(xdb, Facet::place, prefix, 0);
    ASSERT_EQ(values.size(), 1u) << prefix;
    EXPECT_EQ(values[0].id, "lodz@PL");
    EXPECT_EQ(values[0].name, "Łódź");
  }
  DatabaseFacetResolver resolver(xdb, nullptr);
  EXPECT_EQ(resolver.resolve(Facet::place, "Łódź"), std::vector<std::string>{"lodz@PL"});
}

// Regression: counts were keyed by the source as written, the filter by its folded
// term, so "Wikinews" and "wikinews" were two rows while --source wikinews matched both.
TEST(Regression, SourcesDifferingInCaseAreOneRowUnderTheFilterId) {
  test::TestDatabase db({{"w-1", "Uno", "2023-01-01", "Wikinews", "Roma.", {}},
                         {"w-2", "Due", "2023-01-02", "Wikinews", "Roma.", {}},
                         {"w-3", "Tre", "2023-01-03", "wikinews", "Roma.", {}},
                         {"a-1", "Quattro", "2023-01-04", "Agenzia", "Roma.", {}}});
  Searcher searcher(db.path());
  SearchRequest request;
  request.facets = {Facet::source};
  auto response = searcher.search(request);
  ASSERT_EQ(response.facets.size(), 1u);
  const auto& values = response.facets[0].values;
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].id, "wikinews");
  EXPECT_EQ(values[0].name, "Wikinews");  // the name most articles give
  EXPECT_EQ(values[0].count, 3u);
  EXPECT_EQ(values[1].id, "agenzia");
  EXPECT_EQ(values[1].name, "Agenzia");
  SearchRequest filtered;
  filtered.filters.facets.push_back({Facet::source, "WIKINEWS", false});
  filtered.limit = 10;
  EXPECT_EQ(searcher.search(filtered).hits.size(), values[0].count);
}

// Display names are read from the database's name terms, which Xapian merges over
// shards: a value only the second shard holds is named too.
TEST(FacetNamesTable, NamesComeFromEveryShard) {
  test::TestDatabase one({{"a", "Uno", "", "agenzia", "Roma.", {{"person", "sergei lavrov", "Sergej Lavrov", 1}}}});
  test::TestDatabase two({{"b", "Due", "", "agenzia", "Roma.", {{"person", "kim jong un", "Kim Jong Un", 1}}}});
  Xapian::Database both(one.path());
  both.add_database(Xapian::Database(two.path()));
  EXPECT_EQ(facets::display_name(both, Facet::person, "kim jong un"), "Kim Jong Un");
  EXPECT_EQ(facets::display_name(both, Facet::person, "sergei lavrov"), "Sergej Lavrov");
  EXPECT_EQ(facets::display_name(both, Facet::person, "nobody"), "nobody");
}

TEST(KeyFold, WriteAndReadFoldAlike) {
  using facets::fold_id;
  EXPECT_EQ(fold_id(Facet::place, "Łódź@pl"), "lodz@PL");
  EXPECT_EQ(fold_id(Facet::person, "Sergej LAVROV"), "sergei lavrov");
  EXPECT_EQ(fold_id(Facet::person, "Сергей Лавров"), "sergei lavrov");
  EXPECT_EQ(fold_id(Facet::source, "Wikinews"), fold_id(Facet::source, "WIKINEWS"));
  EXPECT_EQ(fold_id(Facet::country, "ru"), "RU");
  EXPECT_EQ(facets::fold_key("a\tb"), "a b");  // a key never holds the name separator
}

TEST(KeyFold, SearcherRefusesADatabaseOfAnotherKeyFold) {
  test::TestDatabase db(test::sample_articles());
  db.set_metadata(std::string(schema::kMetaKeyFold), "other-fold/9");
  try {
    Searcher searcher(db.path());
    FAIL() << "opened a database of another key fold";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("other-fold/9"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("re-index"), std::string::npos) << e.what();
  }
}

class FakeLexicon : public FacetLexicon {
 public:
  std::vector<std::string> lookup(Facet facet, std::string_view value) const override {
    if (facet == Facet::country && value == "russa") return {"RU"};
    if (facet == Facet::organisation && value == "ONU") return {"nazioni unite"};
    if (facet == Facet::country && value == "coreana") return {"KP", "KR"};
    return {};
  }
};

TEST(Resolver, StepsInOrder) {
  test::TestDatabase db(test::sample_articles());
  auto chain = std::make_shared<LexiconChain>();
  chain->add(std::make_shared<FakeLexicon>());
  chain->add(std::make_shared<CountryNameLexicon>());
  DatabaseFacetResolver resolver(Xapian::Database(db.path()), chain);
  using V = std::vector<std::string>;
  EXPECT_EQ(resolver.resolve(Facet::country, "RU"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::country, "ru"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::country, "russia"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::country, "Russia"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::country, "russa"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::country, "Stati Uniti"), V{"US"});
  EXPECT_EQ(resolver.resolve(Facet::organisation, "ONU"), V{"nazioni unite"});
  EXPECT_EQ(resolver.resolve(Facet::organisation, "Nazioni Unite"), V{"nazioni unite"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Lavrov"), V{"sergei lavrov"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Sergej LAVROV"), V{"sergei lavrov"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Jong Un"), V{"kim jong un"});
  EXPECT_EQ(resolver.resolve(Facet::place, "Mosca"), V{});
  EXPECT_EQ(resolver.resolve(Facet::place, "kiev"), V{"kiev@UA"});
  EXPECT_EQ(resolver.resolve(Facet::source, "Agenzia"), V{"agenzia"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Lav"), V{});  // whole words only
  // A value that fits several indexed values means all of them.
  EXPECT_EQ(resolver.resolve(Facet::country, "coreana"), (V{"KP", "KR"}));
  EXPECT_EQ(resolver.resolve(Facet::person, "Jong"), (V{"kim jong un", "kim yo jong"}));
}

// Regression: an exact id, or the one id of the lexicon, won alone: "--person Rossi"
// was the one article tagged "Rossi" while Vasco and Mario Rossi were left out, and the
// lexicon's "Sergej Lavrov" hid "Sergej Viktorovič Lavrov".
TEST(Regression, APersonsNameMeansEveryPersonWhoseNameHoldsIt) {
  test::TestDatabase db({{"r-1", "Uno", "2023-01-01", "agenzia", "Rossi.", {{"person", "rossi", "Rossi", 1}}},
                         {"r-2", "Due", "2023-01-02", "agenzia", "Vasco Rossi.", {{"person", "vasco rossi", "Vasco Rossi", 1}}},
                         {"r-3", "Tre", "2023-01-03", "agenzia", "Vasco Rossi.", {{"person", "vasco rossi", "Vasco Rossi", 1}}},
                         {"r-4", "Quattro", "2023-01-04", "agenzia", "Mario Rossi.", {{"person", "mario rossi", "Mario Rossi", 1}}},
                         {"r-5", "Cinque", "2023-01-05", "agenzia", "Rossini.", {{"person", "elisa rossini", "Elisa Rossini", 1}}},
                         {"l-1", "Sei", "2023-01-06", "agenzia", "Lavrov.", {{"person", "sergei lavrov", "Sergej Lavrov", 1}}},
                         {"l-2", "Sette", "2023-01-07", "agenzia", "Lavrov.",
                          {{"person", "sergei viktorovic lavrov", "Sergej Viktorovič Lavrov", 1}}},
                         {"m-1", "Otto", "2023-01-08", "agenzia", "Muzzarelli.",
                          {{"person", "giancarlo muzzarelli", "Gian Carlo Muzzarelli", 1}}}});
  DatabaseFacetResolver resolver(Xapian::Database(db.path()), default_lexicon());
  using V = std::vector<std::string>;
  EXPECT_EQ(resolver.resolve(Facet::person, "Rossi"), (V{"vasco rossi", "mario rossi", "rossi"}));
  EXPECT_EQ(resolver.resolve(Facet::person, "Vasco Rossi"), V{"vasco rossi"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Lavrov"), (V{"sergei lavrov", "sergei viktorovic lavrov"}));
  EXPECT_EQ(resolver.resolve(Facet::person, "Sergej Lavrov"), (V{"sergei lavrov", "sergei viktorovic lavrov"}));
  // a display name counts as much as the id
  EXPECT_EQ(resolver.resolve(Facet::person, "Gian Carlo Muzzarelli"), V{"giancarlo muzzarelli"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Nobody"), V{});
  EXPECT_THROW(resolver.resolve(Facet::person, "  "), InputError);
}

// Regression: "--place Reggio" was the one article of the id "reggio", not Reggio
// Emilia; an exact place name stands alone only when it outweighs the longer names.
TEST(Regression, APlaceNameUsesTheLongerNamesUnlessItOutweighsThem) {
  std::vector<test::TestArticle> articles;
  auto add = [&](const std::string& id, const std::string& name, int n) {
    for (int i = 0; i < n; ++i)
      articles.push_back({id + std::to_string(i), "T", "2023-01-01", "agenzia", name + ".", {{"place", id, name, 1}}});
  };
  add("reggio@IT", "Reggio", 1);
  add("reggio emilia@IT", "Reggio Emilia", 3);
  add("modena@IT", "Modena", 3);
  add("novi di modena@IT", "Novi di Modena", 1);
  test::TestDatabase db(articles);
  DatabaseFacetResolver resolver(Xapian::Database(db.path()), nullptr);
  using V = std::vector<std::string>;
  EXPECT_EQ(resolver.resolve(Facet::place, "Reggio"), (V{"reggio emilia@IT", "reggio@IT"}));
  Resolution modena = resolver.resolve_value(Facet::place, "Modena");
  EXPECT_EQ(modena.ids(), V{"modena@IT"});
  ASSERT_EQ(modena.left_out.size(), 1u);
  EXPECT_EQ(modena.left_out[0].id, "novi di modena@IT");
}

// Regression: "--org Polizia" found the lexicon's generic organisation, whose id is
// empty, and filtered on the bare prefix: no article and no note.
TEST(Regression, AGenericOrganisationNameIsNeverAnEmptyId) {
  test::TestDatabase db({{"p-1", "Uno", "2023-01-01", "agenzia", "Polizia.",
                          {{"org", "polizia di stato", "Polizia di Stato", 1}}},
                         {"p-2", "Due", "2023-01-02", "agenzia", "Polizia.",
                          {{"org", "polizia municipale", "Polizia Municipale", 1}}}});
  DatabaseFacetResolver resolver(Xapian::Database(db.path()), default_lexicon());
  using V = std::vector<std::string>;
  EXPECT_EQ(resolver.resolve(Facet::organisation, "Polizia"), (V{"polizia di stato", "polizia municipale"}));
}

// Regression: --browse --prefix matched the words of ids only: not country names
// ("Cor" found nothing) nor several words ("Sergej L").
TEST(Regression, BrowseMatchesNamesAndSeveralWords) {
  test::TestDatabase db(test::sample_articles());
  Xapian::Database xdb(db.path());
  auto ids = [&](Facet facet, const char* prefix) {
    std::vector<std::string> out;
    for (const FacetValue& v : browse_facet(xdb, facet, prefix, 0)) out.push_back(v.id);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids(Facet::country, "Cor"), (V{"KP", "KR"}));
  EXPECT_EQ(ids(Facet::country, "North Kor"), V{"KP"});
  EXPECT_EQ(ids(Facet::person, "Sergej L"), V{"sergei lavrov"});
  EXPECT_EQ(ids(Facet::person, "Sergej K"), V{});
}

TEST(Resolver, CountryNamesInItalianAndEnglish) {
  CountryNameLexicon lexicon;
  using V = std::vector<std::string>;
  EXPECT_EQ(lexicon.lookup(Facet::country, "Corea del Nord"), V{"KP"});
  EXPECT_EQ(lexicon.lookup(Facet::country, "North Korea"), V{"KP"});
  EXPECT_EQ(lexicon.lookup(Facet::country, "Giappone"), V{"JP"});
  EXPECT_EQ(lexicon.lookup(Facet::person, "Giappone"), V{});
}

}  // namespace
}  // namespace segugio::search

namespace segugio::search {
namespace {

TEST(EntityLexiconTest, NamesDemonymsAndAliasesOfTheEntityLibrary) {
  EntityLexicon lexicon;
  using V = std::vector<std::string>;
  EXPECT_EQ(lexicon.lookup(Facet::country, "russa"), V{"RU"});
  EXPECT_EQ(lexicon.lookup(Facet::country, "Russia"), V{"RU"});
  EXPECT_EQ(lexicon.lookup(Facet::country, "nordcoreano"), V{"KP"});
  EXPECT_EQ(lexicon.lookup(Facet::country, "Stati Uniti d'America"), V{"US"});
  EXPECT_EQ(lexicon.lookup(Facet::organisation, "ONU"), lexicon.lookup(Facet::organisation, "Nazioni Unite"));
  EXPECT_FALSE(lexicon.lookup(Facet::organisation, "ONU").empty());
  EXPECT_EQ(lexicon.lookup(Facet::place, "Mosca"), V{"mosca@RU"});
  EXPECT_EQ(lexicon.lookup(Facet::country, "Mosca"), V{});  // a place is not a country filter
  EXPECT_EQ(lexicon.lookup(Facet::country, "zzz"), V{});
}

TEST(Resolver, DefaultLexiconResolvesDemonymsAgainstTheDatabase) {
  test::TestDatabase db(test::sample_articles());
  DatabaseFacetResolver resolver(Xapian::Database(db.path()), default_lexicon());
  using V = std::vector<std::string>;
  EXPECT_EQ(resolver.resolve(Facet::country, "russa"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::country, "North Korea"), V{"KP"});
  EXPECT_EQ(resolver.resolve(Facet::person, "Sergej Lavrov"), V{"sergei lavrov"});  // transliteration variant
  EXPECT_EQ(resolver.resolve(Facet::person, "Sergey Lavrov"), V{"sergei lavrov"});
}

}  // namespace
}  // namespace segugio::search
