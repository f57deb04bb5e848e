// Bad query input for segugio-query (PRODUCT.md section 5): syntax errors, unknown
// fields and facets, overlong and deeply nested queries, invalid UTF-8, in a query
// argument and in a batch line. Each gets one clear message and exit 2, never a crash.
#include <gtest/gtest.h>

#include "process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

// A small database of tests/data/index/articles.jsonl (4 articles), made once.
const std::string& database() {
  static TempDir dir;
  static const std::string db = [] {
    const std::string path = (dir / "db").string();
    ProcessResult r = run_process({tool_path("indexer", "segugio-index").string(), "--db", path,
                                   (source_dir() / "tests/data/index/articles.jsonl").string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return path;
  }();
  return db;
}

ProcessResult query(std::vector<std::string> args, const ProcessOptions& options = {}) {
  args.insert(args.begin(), {tool_path("query", "segugio-query").string(), "--db", database()});
  return run_process(args, options);
}

struct Case {
  const char* name;
  std::vector<std::string> args;
  std::string err;  // the whole of stderr
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

const std::string kUnknownField =
    "segugio-query: error: query: unknown field \"foo\" (fields: title, date, person, country, org, place, source); to "
    "search the text, quote it: \"foo:bar\"\n";

const Case kCases[] = {
    {"unbalanced_quote", {"\"Kim Jong"}, "segugio-query: error: query: unterminated phrase: a \" is missing\n"},
    {"unbalanced_open_parenthesis", {"(armi OR corea"}, "segugio-query: error: query: missing ')'\n"},
    {"unbalanced_close_parenthesis", {"armi)"}, "segugio-query: error: query: unbalanced ')'\n"},
    {"dangling_and", {"armi AND"}, "segugio-query: error: query: AND needs something after it\n"},
    {"leading_or", {"OR armi"}, "segugio-query: error: query: an operator needs something before it\n"},
    {"unknown_field", {"foo:bar"}, kUnknownField},
    {"unknown_facet_option", {"armi", "--facets", "person,nope"},
     "segugio-query: error: unknown facet \"nope\" (known: person, country, org, place, source, date, date:year, date:month, date:day)\n"},
    {"unknown_browse_facet", {"--browse", "nope"},
     "segugio-query: error: unknown facet \"nope\" (known: person, country, org, place, source)\n"},
    {"invalid_utf8", {"caff\xe8 corretto"}, "segugio-query: error: query: invalid UTF-8 at byte 5\n"},
    // An argument can hold 128 KiB at most (Linux); the 1 MB case goes through --batch.
    {"overlong_query", {std::string(100000, 'a')}, "segugio-query: error: query: 100000 bytes long, the limit is 8192\n"},
    // 100,000 "(" used to overflow the parser's stack.
    {"deep_parentheses_overlong", {std::string(100000, '(') + "armi"},
     "segugio-query: error: query: 100004 bytes long, the limit is 8192\n"},
    {"deep_parentheses", {std::string(1000, '(') + "armi" + std::string(1000, ')')},
     "segugio-query: error: query: parentheses nested more than 32 deep\n"},
};

class BadQuery : public ::testing::TestWithParam<Case> {};

TEST_P(BadQuery, ClearMessageAndExitTwo) {
  ProcessResult r = query(GetParam().args);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err, GetParam().err);
  EXPECT_EQ(r.out, "");
}

INSTANTIATE_TEST_SUITE_P(Table, BadQuery, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

// In a batch every bad line is reported as FILE:LINE: error: ..., the good lines are
// answered, and the run exits 2.
TEST(BadQueryBatch, EachBadLineIsReportedAndTheOthersAnswered) {
  std::string lines = "q1\tModena\n";
  lines += "q2\tcaff\xe8\n";                                  // invalid UTF-8
  lines += "q3\t" + std::string(1 << 20, 'a') + "\n";         // a 1 MB query
  lines += "q4\tfoo:bar\n";
  lines += "{\"qid\": \"q5\", \"query\": \"(armi\"}\n";
  lines += "q6\t" + std::string(5000, '(') + "\n";
  lines += "q7\tLavrov\n";
  ProcessResult r = query({"--batch", "-", "--format", "trec"}, {.stdin_data = lines, .env = {}, .cwd = {}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "<stdin>:2: error: query: invalid UTF-8 at byte 5\n"
                   "<stdin>:3: error: query: 1048576 bytes long, the limit is 8192\n"
                   "<stdin>:4: error: " + kUnknownField.substr(std::string("segugio-query: error: ").size()) +
                   "<stdin>:5: error: query: missing ')'\n"
                   "<stdin>:6: error: query: parentheses nested more than 32 deep\n"
                   "segugio-query: error: 5 of 7 queries failed\n");
  EXPECT_NE(r.out.find("q1 Q0 art-1 1 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("q7 Q0 art-4 1 "), std::string::npos) << r.out;
}

// An empty query is not an error: it matches every article (the query language's
// MatchAll), which is what a query made of filters alone relies on.
TEST(EmptyQuery, MatchesEveryArticle) {
  for (const std::string& q : {std::string(), std::string("   ")}) {
    ProcessResult r = query({q, "--format", "trec"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::size_t lines = 0;
    for (char c : r.out) lines += c == '\n';
    EXPECT_EQ(lines, 4u) << r.out;
  }
  ProcessResult none = query({"--format", "trec"});
  EXPECT_EQ(none.exit_code, 0) << none.err;
}

}  // namespace
}  // namespace segugio::test
