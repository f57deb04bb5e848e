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
  EXPECT_EQ(build("Lavrov NEAR/5 Kim"), "Query((lavrov NEAR 5 kim))");
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
  EXPECT_EQ(build("date:2023-09"), "Query(VALUE_RANGE 0 20230901 20230931)");
  Filters filters;
  filters.from = "2023-09-01";
  EXPECT_EQ(build("", filters), "Query((<alldocuments> FILTER VALUE_GE 0 20230901))");
}

TEST_F(Builder, OnlyStopWordsMatchNothing) { EXPECT_EQ(build("il la"), "Query()"); }

TEST_F(Builder, UnknownFacetValueMatchesNothingAndSaysSo) {
  DatabaseFacetResolver resolver(Xapian::Database(db_->path()), nullptr);
  QueryBuilder builder(analyzer_, resolver);
  BuiltQuery built = builder.build(parse_query("person:Zorro armi"), {});
  ASSERT_EQ(built.notes.size(), 1u);
  EXPECT_EQ(built.notes[0], "no person matches \"Zorro\"");
  Xapian::Enquire enquire{Xapian::Database(db_->path())};
  enquire.set_query(built.query);
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 0u);
}

TEST(DateRange, Bounds) {
  EXPECT_EQ(parse_date_range("2023-09-01..2023-09-30"), std::make_pair(std::string("20230901"), std::string("20230930")));
  EXPECT_EQ(parse_date_range("2023"), std::make_pair(std::string("20230101"), std::string("20231231")));
  EXPECT_EQ(parse_date_range("..2023-02"), std::make_pair(std::string(), std::string("20230231")));
  for (const char* bad : {"2023-13", "23-01-01", "2023-1-1", "2023-09-30..2023-09-01", "..", "ieri", "2023-01-32"})
    EXPECT_THROW(parse_date_range(bad), InputError) << bad;
}

}  // namespace
}  // namespace segugio::search
