#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "search/facet_counter.h"
#include "search/entity_lexicon.h"
#include "search/facet_resolver.h"
#include "search/searcher.h"
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
    request.facets = {Facet::Person, Facet::Country, Facet::Org, Facet::Place};
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
  request.facets = {Facet::Country};
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
  request.facets = {Facet::Source};
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
  EXPECT_EQ(facet_slots_in_use(xdb, Facet::Person), 3u);
  EXPECT_EQ(facet_slots_in_use(xdb, Facet::Country), 3u);
  EXPECT_EQ(facet_slots_in_use(xdb, Facet::Org), 1u);
}

TEST(Browse, ValuesByWordPrefixWithCounts) {
  test::TestDatabase db(test::sample_articles());
  Xapian::Database xdb(db.path());
  auto values = browse_facet(xdb, Facet::Person, "Lav", 0);
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].id, "sergei lavrov");
  EXPECT_EQ(values[0].name, "Sergej Lavrov");
  EXPECT_EQ(values[0].count, 1u);
  values = browse_facet(xdb, Facet::Person, "", 2);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].id, "kim jong un");
  EXPECT_EQ(values[1].id, "vladimir putin");
  EXPECT_EQ(browse_facet(xdb, Facet::Source, "", 0).size(), 3u);
}

class FakeLexicon : public FacetLexicon {
 public:
  std::vector<std::string> lookup(Facet facet, std::string_view value) const override {
    if (facet == Facet::Country && value == "russa") return {"RU"};
    if (facet == Facet::Org && value == "ONU") return {"nazioni unite"};
    if (facet == Facet::Country && value == "coreana") return {"KP", "KR"};
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
  EXPECT_EQ(resolver.resolve(Facet::Country, "RU"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::Country, "ru"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::Country, "russia"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::Country, "Russia"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::Country, "russa"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::Country, "Stati Uniti"), V{"US"});
  EXPECT_EQ(resolver.resolve(Facet::Org, "ONU"), V{"nazioni unite"});
  EXPECT_EQ(resolver.resolve(Facet::Org, "Nazioni Unite"), V{"nazioni unite"});
  EXPECT_EQ(resolver.resolve(Facet::Person, "Lavrov"), V{"sergei lavrov"});
  EXPECT_EQ(resolver.resolve(Facet::Person, "Sergej LAVROV"), V{"sergei lavrov"});
  EXPECT_EQ(resolver.resolve(Facet::Person, "Jong Un"), V{"kim jong un"});
  EXPECT_EQ(resolver.resolve(Facet::Place, "Mosca"), V{});
  EXPECT_EQ(resolver.resolve(Facet::Place, "kiev"), V{"kiev@UA"});
  EXPECT_EQ(resolver.resolve(Facet::Source, "Agenzia"), V{"agenzia"});
  EXPECT_EQ(resolver.resolve(Facet::Person, "Lav"), V{});  // whole words only
  EXPECT_THROW(resolver.resolve(Facet::Country, "coreana"), AmbiguousValueError);
  EXPECT_THROW(resolver.resolve(Facet::Person, "Jong"), AmbiguousValueError);
}

TEST(Resolver, CountryNamesInItalianAndEnglish) {
  CountryNameLexicon lexicon;
  using V = std::vector<std::string>;
  EXPECT_EQ(lexicon.lookup(Facet::Country, "Corea del Nord"), V{"KP"});
  EXPECT_EQ(lexicon.lookup(Facet::Country, "North Korea"), V{"KP"});
  EXPECT_EQ(lexicon.lookup(Facet::Country, "Giappone"), V{"JP"});
  EXPECT_EQ(lexicon.lookup(Facet::Person, "Giappone"), V{});
}

}  // namespace
}  // namespace segugio::search

namespace segugio::search {
namespace {

TEST(EntityLexiconTest, NamesDemonymsAndAliasesOfTheEntityLibrary) {
  EntityLexicon lexicon;
  using V = std::vector<std::string>;
  EXPECT_EQ(lexicon.lookup(Facet::Country, "russa"), V{"RU"});
  EXPECT_EQ(lexicon.lookup(Facet::Country, "Russia"), V{"RU"});
  EXPECT_EQ(lexicon.lookup(Facet::Country, "nordcoreano"), V{"KP"});
  EXPECT_EQ(lexicon.lookup(Facet::Country, "Stati Uniti d'America"), V{"US"});
  EXPECT_EQ(lexicon.lookup(Facet::Org, "ONU"), lexicon.lookup(Facet::Org, "Nazioni Unite"));
  EXPECT_FALSE(lexicon.lookup(Facet::Org, "ONU").empty());
  EXPECT_EQ(lexicon.lookup(Facet::Place, "Mosca"), V{"mosca@RU"});
  EXPECT_EQ(lexicon.lookup(Facet::Country, "Mosca"), V{});  // a place is not a country filter
  EXPECT_EQ(lexicon.lookup(Facet::Country, "zzz"), V{});
}

TEST(Resolver, DefaultLexiconResolvesDemonymsAgainstTheDatabase) {
  test::TestDatabase db(test::sample_articles());
  DatabaseFacetResolver resolver(Xapian::Database(db.path()), default_lexicon());
  using V = std::vector<std::string>;
  EXPECT_EQ(resolver.resolve(Facet::Country, "russa"), V{"RU"});
  EXPECT_EQ(resolver.resolve(Facet::Country, "North Korea"), V{"KP"});
  EXPECT_EQ(resolver.resolve(Facet::Person, "Sergej Lavrov"), V{"sergei lavrov"});  // transliteration variant
  EXPECT_EQ(resolver.resolve(Facet::Person, "Sergey Lavrov"), V{"sergei lavrov"});
}

}  // namespace
}  // namespace segugio::search
