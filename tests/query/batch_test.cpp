#include "search/batch.h"

#include <sstream>

#include <gtest/gtest.h>

#include "error.h"

namespace segugio::search {
namespace {

TEST(BatchLine, PlainLineIsNumbered) {
  BatchQuery q = parse_batch_line("armi nucleari", 7);
  EXPECT_EQ(q.qid, "7");
  EXPECT_EQ(q.query, "armi nucleari");
}

TEST(BatchLine, TsvGivesTheQid) {
  BatchQuery q = parse_batch_line("5725a3f\tChi è Lavrov?", 1);
  EXPECT_EQ(q.qid, "5725a3f");
  EXPECT_EQ(q.query, "Chi è Lavrov?");
  EXPECT_THROW(parse_batch_line("\tarmi", 1), InputError);
}

TEST(BatchLine, JsonCarriesFilters) {
  BatchQuery q = parse_batch_line(
      R"({"qid": 12, "query": "armi", "country": ["RU", "-UA"], "person": "Kim Jong Un", "from": "2023-09"})", 3);
  EXPECT_EQ(q.qid, "12");
  EXPECT_EQ(q.query, "armi");
  ASSERT_EQ(q.filters.facets.size(), 3u);
  EXPECT_EQ(q.filters.facets[0].facet, Facet::country);
  EXPECT_EQ(q.filters.facets[0].value, "RU");
  EXPECT_FALSE(q.filters.facets[0].negated);
  EXPECT_EQ(q.filters.facets[1].value, "UA");
  EXPECT_TRUE(q.filters.facets[1].negated);
  EXPECT_EQ(q.filters.facets[2].facet, Facet::person);
  EXPECT_EQ(q.filters.from, "2023-09");
}

TEST(BatchLine, JsonErrorsNameTheProblem) {
  auto message = [](const char* line) {
    try {
      parse_batch_line(line, 1);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(R"({"qid": "a", "quary": "x"})"),
            "unknown field \"quary\" (known: qid, query, person, country, org, place, source, from, to)");
  EXPECT_EQ(message(R"({"qid": "a", "query": 3})"), "field \"query\": expected a string");
  EXPECT_EQ(message(R"({"qid": "a", "from": "ieri", "query": "x"})"),
            "bad date \"ieri\": use YYYY-MM-DD, YYYY-MM or YYYY, naming a day that exists");
  EXPECT_EQ(message(R"({"qid": "a", "country": [1]})"), "field \"country\": expected strings");
  EXPECT_EQ(message("{oops"), message("{oops"));  // deterministic
  EXPECT_EQ(message("{oops").rfind("invalid JSON: ", 0), 0u);
}

// An empty query is every article, whatever form the line has: a TSV line with nothing
// after its tab, a JSON line with no "query" or an empty one (it used to be an error
// there alone).
TEST(BatchLine, EmptyQueryIsTheSameInJsonAndTsv) {
  for (const char* line : {"a\t", R"({"qid": "a"})", R"({"qid": "a", "query": ""})"}) {
    BatchQuery q;
    ASSERT_NO_THROW(q = parse_batch_line(line, 1)) << line;
    EXPECT_EQ(q.qid, "a") << line;
    EXPECT_EQ(q.query, "") << line;
    EXPECT_TRUE(q.filters.empty()) << line;
  }
}

// An empty qid is refused in both forms: a run file needs a qid on every line.
TEST(BatchLine, EmptyQidIsAnErrorInJsonAsInTsv) {
  EXPECT_THROW(parse_batch_line("\tarmi", 1), InputError);
  EXPECT_THROW(parse_batch_line(R"({"qid":"","query":"armi"})", 1), InputError);
  EXPECT_EQ(parse_batch_line(R"({"qid":0,"query":"armi"})", 1).qid, "0");
}

// A number past a double is a bad line like any invalid JSON, not an escaping error.
TEST(BatchLine, NumberOutOfRangeIsInvalidJson) {
  EXPECT_THROW(parse_batch_line(R"({"qid":1E999,"query":"armi"})", 1), InputError);
}

TEST(BatchReader, SkipsBlankAndCommentLinesAndReportsBadOnesWithTheirLine) {
  std::istringstream in("# queries\nq1\tarmi\n\n{\"qid\": \"q2\", \"bad\": 1}\r\nLavrov\n");
  BatchReader reader(in, "queries.tsv");
  BatchQuery q;
  std::string error;
  ASSERT_TRUE(reader.next(q, error));
  EXPECT_EQ(error, "");
  EXPECT_EQ(q.qid, "q1");
  EXPECT_EQ(q.line, 2u);
  ASSERT_TRUE(reader.next(q, error));
  EXPECT_EQ(error.rfind("queries.tsv:4: error: unknown field \"bad\"", 0), 0u) << error;
  ASSERT_TRUE(reader.next(q, error));
  EXPECT_EQ(error, "");
  EXPECT_EQ(q.qid, "5");
  EXPECT_EQ(q.query, "Lavrov");
  EXPECT_FALSE(reader.next(q, error));
}

TEST(FacetFilter, LeadingMinusNegates) {
  EXPECT_TRUE(facet_filter(Facet::country, "-RU").negated);
  EXPECT_EQ(facet_filter(Facet::country, "-RU").value, "RU");
  EXPECT_FALSE(facet_filter(Facet::country, "RU").negated);
  EXPECT_THROW(facet_filter(Facet::country, "-"), InputError);
}

}  // namespace
}  // namespace segugio::search
