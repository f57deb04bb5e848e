#include "search/query_builder.h"

#include <gtest/gtest.h>

#include "error.h"
#include "test_db.h"

namespace segugio::search {
namespace {

class Builder : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new test::TestDatabase(test::sample_articles()); }
  static void TearDownTestSuite() { delete db_; }

  std::string build(const std::string& query, const Filters& filters = {}) {
    DatabaseFacetResolver resolver(Xapian::Database(db_->path()), nullptr);
    QueryBuilder builder(analyzer_, resolver);
    return builder.build(parse_query(query), filters).query.get_description();
  }

  static test::TestDatabase* db_;
  analysis::Analyzer analyzer_;
};
test::TestDatabase* Builder::db_ = nullptr;

TEST_F(Builder, FreeWordsAreStemsOredTogetherWithTheirExactFormAtHalfWeight) {
  EXPECT_EQ(build("armi nucleari"), "Query(((Zarmi OR 0.5 * armi) OR (Znuclear OR 0.5 * nucleari)))");
}

TEST_F(Builder, StopWordsAreDroppedFromFreeText) { EXPECT_EQ(build("il ministro"), "Query((Zministr OR 0.5 * ministro))"); }

TEST_F(Builder, AccentedAndUnaccentedStemsAreSynonyms) {
  EXPECT_EQ(build("abbandonerà"), "Query(((Zabbandon SYNONYM Zabbandoner) OR 0.5 * abbandonera))");
}

TEST_F(Builder, ElisionIsRemovedFromQueryWords) {
  EXPECT_EQ(build("dell'Assemblea"), "Query((Zassemble OR 0.5 * assemblea))");
  EXPECT_EQ(build("dell\u2019Assemblea"), "Query((Zassemble OR 0.5 * assemblea))");
  EXPECT_EQ(build("assemblea"), "Query((Zassemble OR 0.5 * assemblea))");
}

TEST_F(Builder, PhrasesUseUnstemmedPositionalTermsAndKeepStopWords) {
  EXPECT_EQ(build("\"Corea del Nord\""), "Query((corea PHRASE 3 del PHRASE 3 nord))");
}

TEST_F(Builder, TitleUsesTitlePrefixes) {
  EXPECT_EQ(build("title:armi"), "Query((ZSarmi OR 0.5 * Sarmi))");
  EXPECT_EQ(build("title:\"Corea del Nord\""), "Query((Scorea PHRASE 3 Sdel PHRASE 3 Snord))");
}

TEST_F(Builder, NearUsesPositionalTerms) {
  EXPECT_EQ(build("Lavrov NEAR/5 Kim"), "Query((lavrov NEAR 6 kim))");
}

// NEAR/n was the window itself, one position narrower than Xapian's QueryParser reads
// it: "Kim NEAR/2 Un" found nothing in "Kim Jong Un".
TEST_F(Builder, NearWindowIsReadAsXapiansQueryParserReadsIt) {
  Xapian::QueryParser xapian;
  for (const char* q : {"kim NEAR/2 un", "kim NEAR un", "kim NEAR/3 jong NEAR/3 un", "a NEAR/1 b"}) {
    std::string theirs = xapian.parse_query(q).get_description();
    for (std::size_t at; (at = theirs.find('@')) != std::string::npos;) theirs.erase(at, 2);  // "kim@1"
    EXPECT_EQ(build(q), theirs) << q;
  }
  DatabaseFacetResolver resolver(Xapian::Database(db_->path()), nullptr);
  QueryBuilder builder(analyzer_, resolver);
  Xapian::Enquire enquire{Xapian::Database(db_->path())};
  enquire.set_query(builder.build(parse_query("Kim NEAR/2 Un"), {}).query);
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 2u);  // seed-000 and news-001 say "Kim Jong Un"
}

TEST_F(Builder, WildcardsExpandFoldedPrefixes) {
  EXPECT_EQ(build("Nucle*"), "Query(WILDCARD SYNONYM nucle)");
}

TEST_F(Builder, RequiredExcludedAndFilters) {
  EXPECT_EQ(build("+armi corea -nucleari"), "Query((((Zarmi OR 0.5 * armi) AND_MAYBE (Zcore OR 0.5 * corea)) AND_NOT (Znuclear OR 0.5 * nucleari)))");
  EXPECT_EQ(build("armi country:KP country:RU person:Lavrov"),
            "Query(((Zarmi OR 0.5 * armi) FILTER (XPsergei lavrov AND (NKP OR NRU))))");
}

TEST_F(Builder, OptionFiltersOrWithinAFacetAndAcrossFacets) {
  Filters filters;
  filters.facets = {{Facet::country, "RU", false}, {Facet::country, "KP", false},
                    {Facet::person, "Putin", false}, {Facet::country, "UA", true}};
  EXPECT_EQ(build("armi", filters),
            "Query((((Zarmi OR 0.5 * armi) FILTER (XPvladimir putin AND (NRU OR NKP))) AND_NOT NUA))");
}

TEST_F(Builder, DateRanges) {
  EXPECT_EQ(build("date:2023-09"), "Query(VALUE_RANGE 0 20230901 20230930)");
  Filters filters;
  filters.from = "2023-09-01";
  EXPECT_EQ(build("", filters), "Query((<alldocuments> FILTER VALUE_GE 0 20230901))");
}

// A query of stop words once matched nothing and said nothing ("perche").
TEST_F(Builder, OnlyStopWordsAreSearchedAsWrittenWithANote) {
  DatabaseFacetResolver resolver(Xapian::Database(db_->path()), nullptr);
  QueryBuilder builder(analyzer_, resolver);
  BuiltQuery built = builder.build(parse_query("il la"), {});
  EXPECT_EQ(built.query.get_description(), "Query((il OR la))");
  ASSERT_EQ(built.notes.size(), 1u);
  EXPECT_EQ(built.notes[0], "only stop words (\"il\", \"la\"), searched for as written");
  BuiltQuery perche = builder.build(parse_query("perche"), {});
  EXPECT_EQ(perche.query.get_description(), "Query(perche)");
  EXPECT_EQ(perche.notes.size(), 1u);
  // With other words, stop words are still dropped, silently.
  BuiltQuery mixed = builder.build(parse_query("il ministro"), {});
  EXPECT_EQ(mixed.query.get_description(), "Query((Zministr OR 0.5 * ministro))");
  EXPECT_TRUE(mixed.notes.empty());
}

// "country:-RU" was the value "-RU", resolved to RU: it included what it meant to exclude.
TEST_F(Builder, MinusInsideAFacetFieldExcludesLikeMinusBeforeIt) {
  EXPECT_EQ(build("armi country:-RU"), build("armi -country:RU"));
  EXPECT_EQ(build("armi country:-RU"), "Query(((Zarmi OR 0.5 * armi) AND_NOT NRU))");
}

// Wildcards were Xapian's OP_WILDCARD, expanded by each shard on its own (with its own
// 100 most frequent words): now one list, from the searched database.
TEST_F(Builder, WildcardsExpandAgainstTheSearchedDatabase) {
  Xapian::Database db(db_->path());
  DatabaseFacetResolver resolver(db, nullptr);
  WildcardExpander wildcards(db);
  QueryBuilder builder(analyzer_, resolver, &wildcards);
  EXPECT_EQ(builder.build(parse_query("Nord*"), {}).query.get_description(), "Query((nord OR nordcoreano))");
  EXPECT_EQ(builder.build(parse_query("title:Kim*"), {}).query.get_description(), "Query(Skim)");
  // A wildcard matching no word matches nothing, also when required.
  BuiltQuery none = builder.build(parse_query("+zzz* armi"), {});
  Xapian::Enquire enquire(db);
  enquire.set_query(none.query);
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 0u);
}

TEST_F(Builder, WildcardsPastTheExpansionLimitAreAnError) {
  Xapian::Database db(db_->path());
  DatabaseFacetResolver resolver(db, nullptr);
  WildcardExpander wildcards(db, 3);
  QueryBuilder builder(analyzer_, resolver, &wildcards);
  try {
    builder.build(parse_query("nord* co*"), {});
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "query: the wildcards expand to more than 3 words (the limit; reached at \"co*\"): "
                           "give longer beginnings, or fewer wildcards");
  }
}

TEST_F(Builder, UnknownFacetValueMatchesNothingAndSaysSo) {
  DatabaseFacetResolver resolver(Xapian::Database(db_->path()), nullptr);
  QueryBuilder builder(analyzer_, resolver);
  BuiltQuery built = builder.build(parse_query("person:Zorro armi"), {});
  ASSERT_EQ(built.notes.size(), 1u);
  EXPECT_EQ(built.notes[0], "no person matches \"Zorro\": the filter matches no article (see --browse person --prefix \"Zorro\")");
  Xapian::Enquire enquire{Xapian::Database(db_->path())};
  enquire.set_query(built.query);
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 0u);
}

TEST(DateRange, Bounds) {
  EXPECT_EQ(parse_date_range("2023-09-01..2023-09-30"), std::make_pair(std::string("20230901"), std::string("20230930")));
  EXPECT_EQ(parse_date_range("2023"), std::make_pair(std::string("20230101"), std::string("20231231")));
  EXPECT_EQ(parse_date_range("..2023-02"), std::make_pair(std::string(), std::string("20230228")));
  EXPECT_EQ(parse_date_range("2024-02"), std::make_pair(std::string("20240201"), std::string("20240229")));
  for (const char* bad : {"2023-13", "23-01-01", "2023-1-1", "2023-09-30..2023-09-01", "..", "ieri", "2023-01-32"})
    EXPECT_THROW(parse_date_range(bad), InputError) << bad;
}

// The query side once had its own date check, which took any day up to 31 in any month
// while the indexer rejected the same dates: both now use input/date.h.
TEST(DateRange, ImpossibleDaysAreRejectedAsTheIndexerRejectsThem) {
  for (const char* bad : {"2023-02-30", "2023-02-29", "2021-04-31", "2023-02-30..2023-03-01", "..2021-02-30"})
    EXPECT_THROW(parse_date_range(bad), InputError) << bad;
  EXPECT_THROW(parse_date_bound("2021-02-30", false), InputError);
  EXPECT_EQ(parse_date_bound("2024-02-29", false), "20240229");
}

}  // namespace
}  // namespace segugio::search
