#include "search/searcher.h"

#include <gtest/gtest.h>

#include "error.h"
#include "test_db.h"

namespace segugio::search {
namespace {

class Search : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new test::TestDatabase(test::sample_articles()); }
  static void TearDownTestSuite() { delete db_; }

  SearchResponse search(const std::string& query, Filters filters = {}) {
    SearchRequest request;
    request.query = query;
    request.filters = std::move(filters);
    return searcher_.search(request);
  }
  std::vector<std::string> ids(const std::string& query, Filters filters = {}) {
    std::vector<std::string> out;
    for (const Hit& hit : search(query, std::move(filters)).hits) out.push_back(hit.id);
    return out;
  }

  static test::TestDatabase* db_;
  Searcher searcher_{db_->path()};
};
test::TestDatabase* Search::db_ = nullptr;

using Ids = std::vector<std::string>;

Ids sorted(Ids ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST_F(Search, SeedIsFoundByLavrovEvenWhenGlued) { EXPECT_EQ(ids("Lavrov"), Ids{"seed-000"}); }

TEST_F(Search, SeedIsFoundByElidedAndPlainAssemblea) {
  EXPECT_EQ(ids("dell'Assemblea"), Ids{"seed-000"});
  EXPECT_EQ(ids("dell\u2019Assemblea"), Ids{"seed-000"});
  EXPECT_EQ(ids("assemblea"), Ids{"seed-000"});
}

TEST_F(Search, PhraseAcrossAGlueMatches) {
  // The seed has "Kim Jong UnI due": the phrase still matches its repaired parts.
  EXPECT_EQ(ids("\"Kim Jong Un\""), (Ids{"news-001", "seed-000"}));
  EXPECT_EQ(ids("\"Jong Un ha\""), Ids{});
}

TEST_F(Search, AccentsDoNotMatter) {
  EXPECT_EQ(ids("citta"), Ids{"news-001"});
  EXPECT_EQ(ids("città"), Ids{"news-001"});
  // A stop word alone is searched as written (and a note says so): "Perché no."
  EXPECT_EQ(ids("perche"), Ids{"news-004"});
  EXPECT_EQ(search("perche").notes, std::vector<std::string>{"only stop words (\"perche\"), searched for as written"});
}

TEST_F(Search, FacetFilterWithWords) {
  Filters filters;
  filters.facets = {{Facet::person, "Kim Jong Un", false}, {Facet::country, "RU", false}};
  EXPECT_EQ(ids("armi", filters), (Ids{"news-001", "seed-000"}));
  filters.facets.push_back({Facet::place, "New York", false});
  EXPECT_EQ(ids("armi", filters), Ids{"seed-000"});
}

TEST_F(Search, CountryByCodeAndByName) {
  Ids expected{"news-001", "news-002", "seed-000"};
  for (const char* value : {"KP", "kp", "Corea del Nord", "north korea"}) {
    Filters filters;
    filters.facets = {{Facet::country, value, false}};
    SearchRequest request;
    request.filters = filters;
    request.limit = 10;
    auto response = searcher_.search(request);
    Ids got;
    for (const Hit& h : response.hits) got.push_back(h.id);
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, expected) << value;
  }
  auto got = ids("country:KP");
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, expected);
}

TEST_F(Search, NegatedFacet) {
  Filters filters;
  filters.facets = {{Facet::country, "RU", true}};
  EXPECT_EQ(sorted(ids("armi", filters)), (Ids{"news-002", "news-003"}));
  EXPECT_EQ(sorted(ids("armi -country:RU")), (Ids{"news-002", "news-003"}));
}

TEST_F(Search, PersonBySurnameAndAmbiguity) {
  Filters filters;
  filters.facets = {{Facet::person, "Lavrov", false}};
  EXPECT_EQ(ids("", filters), Ids{"seed-000"});
  // A value that fits several people means all of them, and a note says so.
  filters.facets = {{Facet::person, "Kim", false}};
  SearchResponse response = search("", filters);
  EXPECT_EQ(response.total, 3u);
  ASSERT_EQ(response.notes.size(), 1u);
  EXPECT_EQ(response.notes[0],
            "person \"Kim\" is 2 values, all used: \"Kim Jong Un\" (2), \"Kim Yo Jong\" (1); give a full name for one");
}

TEST_F(Search, SortByDateNewestFirstUndatedLast) {
  SearchRequest request;
  request.sort = SortOrder::Date;
  auto response = searcher_.search(request);
  Ids got;
  for (const Hit& h : response.hits) got.push_back(h.id);
  EXPECT_EQ(got, (Ids{"seed-000", "news-001", "news-002", "news-003", "news-004"}));
}

TEST_F(Search, PagingCountsRanksFromTheOffset) {
  SearchRequest request;
  request.sort = SortOrder::Date;
  request.offset = 1;
  request.limit = 2;
  auto response = searcher_.search(request);
  ASSERT_EQ(response.hits.size(), 2u);
  EXPECT_EQ(response.hits[0].id, "news-001");
  EXPECT_EQ(response.hits[0].rank, 2u);
  EXPECT_EQ(response.hits[1].rank, 3u);
}

TEST_F(Search, DateRanges) {
  EXPECT_EQ(ids("date:2023-09"), Ids{"news-001"});
  Filters filters;
  filters.from = "2023-08-01";
  filters.to = "2023-09-30";
  auto got = ids("", filters);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (Ids{"news-001", "news-002"}));
}

TEST_F(Search, BooleanOperators) {
  EXPECT_EQ(ids("armi AND Blinken"), Ids{"news-003"});
  EXPECT_EQ(ids("Blinken OR Lavrov").size(), 2u);
  EXPECT_EQ(sorted(ids("armi NOT accordo")), (Ids{"news-001", "news-003"}));
  EXPECT_EQ(ids("+Kiev armi"), Ids{"news-003"});
}

TEST_F(Search, NearAndWildcardAndTitle) {
  EXPECT_EQ(ids("Lavrov NEAR/5 York"), Ids{"seed-000"});
  EXPECT_EQ(ids("Lavrov NEAR/2 Kim"), Ids{});
  EXPECT_EQ(ids("Vladivo*"), Ids{"news-001"});
  EXPECT_EQ(ids("title:Kiev"), Ids{"news-003"});
  EXPECT_EQ(ids("title:armi"), Ids{});
}

TEST_F(Search, HitsCarrySnippetTitleDateAndEntities) {
  auto response = search("Blinken");
  ASSERT_EQ(response.hits.size(), 1u);
  const Hit& hit = response.hits[0];
  EXPECT_EQ(hit.title, "Blinken a Kiev");
  EXPECT_EQ(hit.date, "2022-05-20");
  EXPECT_NE(hit.snippet.find(std::string(1, kHighlightStart) + "Blinken" + kHighlightEnd), std::string::npos)
      << hit.snippet;
  ASSERT_EQ(hit.entities.size(), 4u);
  EXPECT_EQ(hit.entities[0].name, "Antony Blinken");
  EXPECT_GT(hit.score, 0.0);
}

TEST_F(Search, ElidedWordsAreHighlightedInSnippets) {
  auto response = search("assemblea");
  ASSERT_EQ(response.hits.size(), 1u);
  const std::string& snippet = response.hits[0].snippet;
  EXPECT_NE(snippet.find(std::string("dell\u2019") + kHighlightStart + "Assemblea" + kHighlightEnd),
            std::string::npos) << snippet;
  EXPECT_EQ(snippet.find('\x1f'), std::string::npos);
}

TEST_F(Search, SpellingSuggestion) {
  auto response = search("Lavrof armi");
  EXPECT_EQ(response.suggestion, "Lavrov armi");
  EXPECT_EQ(search("lavrof").suggestion, "lavrov");
  EXPECT_EQ(search("armi -title:Seulx").suggestion, "");  // excluded and title words are left alone
  EXPECT_EQ(search("Lavrov armi").suggestion, "");
}

TEST_F(Search, ExplainShowsTheParsedQuery) {
  SearchRequest request;
  request.query = "armi country:RU";
  request.explain = true;
  auto response = searcher_.search(request);
  ASSERT_EQ(response.explanation.size(), 3u);
  EXPECT_EQ(response.explanation[0], "parsed: SEQ(text:armi, country:\"RU\")");
  EXPECT_EQ(response.explanation[1], "facet: country \"RU\" = RU (2)");  // the indexed values used, with counts
}

TEST(SearcherOpen, RefusesADatabaseAnalysedOtherwise) {
  test::TestDatabase other(test::sample_articles(), "segugio-italian/0");
  try {
    Searcher searcher(other.path());
    FAIL() << "opened";
  } catch (const DatabaseError& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("segugio-italian/0"), std::string::npos) << what;
    EXPECT_NE(what.find("re-index it with: segugio-index --db"), std::string::npos) << what;
  }
}

TEST(SearcherOpen, MissingDatabaseIsADatabaseError) {
  EXPECT_THROW(Searcher("/nonexistent/segugio-db"), DatabaseError);
}

}  // namespace
}  // namespace segugio::search

namespace segugio::search {
namespace {

TEST(Spelling, EditDistanceGivesUpPastTheLimit) {
  EXPECT_EQ(edit_distance("lavrof", "lavrov", 2), 1u);
  EXPECT_EQ(edit_distance("lavrov", "lavrov", 2), 0u);
  EXPECT_EQ(edit_distance("abc", "xyz", 1), 2u);
  EXPECT_EQ(edit_distance("a", "abcd", 2), 3u);
}

TEST(Spelling, VocabularyPrefersTheCloserThenTheMoreFrequentWord) {
  test::TestDatabase db(test::sample_articles());
  Vocabulary vocabulary{Xapian::Database(db.path())};
  EXPECT_EQ(vocabulary.closest("lavrof"), "lavrov");
  EXPECT_EQ(vocabulary.closest("lavrov"), "");   // indexed: nothing to correct
  EXPECT_EQ(vocabulary.closest("qqqqqq"), "");   // nothing close
  EXPECT_EQ(vocabulary.closest("arni"), "armi");
  EXPECT_EQ(vocabulary.closest("dela"), "");  // "del" and "dell" are stop words, never suggested
}

// Totals were Xapian's estimate: "\"Kim Jong Un\" --limit 0" said "about 0".
TEST_F(Search, TotalsAreExactForAnyLimitUnlessAnEstimateIsAsked) {
  for (std::size_t limit : {0, 1, 10}) {
    SearchRequest request;
    request.query = "\"Kim Jong Un\"";
    request.limit = limit;
    SearchResponse r = searcher_.search(request);
    EXPECT_EQ(r.total, 2u) << "limit " << limit;
    EXPECT_TRUE(r.total_exact) << "limit " << limit;
    EXPECT_EQ(r.total_lower, r.total_upper);
  }
  SearchRequest request;
  request.query = "\"Kim Jong Un\"";
  request.limit = 0;
  request.estimate = true;
  SearchResponse r = searcher_.search(request);
  EXPECT_LE(r.total_lower, 2u);
  EXPECT_GE(r.total_upper, 2u);
  EXPECT_EQ(r.total_exact, r.total_lower == r.total_upper);
}

// Equal scores were sorted by id only inside the page Xapian returned, in docid order:
// "--limit 5" was not the first 5 of "--limit 100".
class TotalOrder : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<test::TestArticle> articles;
    for (int i = 29; i >= 0; --i) {  // docids in the reverse order of the ids
      std::string n = (i < 10 ? "0" : "") + std::to_string(i);
      articles.push_back({"art-" + n, "Titolo", i % 3 ? "2023-09-01" : "2023-09-02", "fonte",
                          "Identico testo sul porto di Modena.", {}});
    }
    db_ = new test::TestDatabase(articles);
  }
  static void TearDownTestSuite() { delete db_; }

  Ids page(const std::string& query, SortOrder sort, std::size_t offset, std::size_t limit) {
    SearchRequest request;
    request.query = query;
    request.sort = sort;
    request.offset = offset;
    request.limit = limit;
    request.snippets = false;
    Ids out;
    for (const Hit& hit : searcher_.search(request).hits) out.push_back(hit.id);
    return out;
  }

  static test::TestDatabase* db_;
  Searcher searcher_{db_->path()};
};
test::TestDatabase* TotalOrder::db_ = nullptr;

TEST_F(TotalOrder, EqualScoresAreOrderedByIdOnEveryPage) {
  for (const char* query : {"porto", "", "source:fonte"}) {
    Ids all = page(query, SortOrder::Relevance, 0, 100);
    ASSERT_EQ(all.size(), 30u) << query;
    EXPECT_EQ(all, sorted(all)) << query;
    EXPECT_EQ(page(query, SortOrder::Relevance, 0, 5), Ids(all.begin(), all.begin() + 5)) << query;
    EXPECT_EQ(page(query, SortOrder::Relevance, 7, 4), Ids(all.begin() + 7, all.begin() + 11)) << query;
  }
}

TEST_F(TotalOrder, DateOrderBreaksTiesById) {
  Ids all = page("porto", SortOrder::Date, 0, 100);
  ASSERT_EQ(all.size(), 30u);
  // The ten articles of 2 September first (ids divisible by 3), then the others; by id within a day.
  Ids newest, older;
  for (int i = 0; i < 30; ++i) (i % 3 ? older : newest).push_back("art-" + std::string(i < 10 ? "0" : "") + std::to_string(i));
  Ids expected = newest;
  expected.insert(expected.end(), older.begin(), older.end());
  EXPECT_EQ(all, expected);
  EXPECT_EQ(page("porto", SortOrder::Date, 0, 5), Ids(all.begin(), all.begin() + 5));
  EXPECT_EQ(page("porto", SortOrder::Date, 9, 3), Ids(all.begin() + 9, all.begin() + 12));
}

}  // namespace
}  // namespace segugio::search
