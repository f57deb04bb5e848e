#include "cli.h"

#include <sstream>

#include <gtest/gtest.h>

#include "test_db.h"

namespace segugio::query {
namespace {

struct ToolRun {
  int status = -1;
  std::string out;
  std::string err;
};

ToolRun run_tool(std::vector<std::string> args, const std::string& input = "", Environment env = {}) {
  args.insert(args.begin(), "segugio-query");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::istringstream in(input);
  std::ostringstream out, err;
  ToolRun r;
  r.status = run(static_cast<int>(argv.size()), argv.data(), in, out, err, env);
  r.out = out.str();
  r.err = err.str();
  return r;
}

class Cli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { db_ = new test::TestDatabase(test::sample_articles()); }
  static void TearDownTestSuite() { delete db_; }
  static test::TestDatabase* db_;
};
test::TestDatabase* Cli::db_ = nullptr;

TEST_F(Cli, ExitCodes) {
  EXPECT_EQ(run_tool({"--db", db_->path(), "Lavrov"}).status, kExitResults);
  EXPECT_EQ(run_tool({"--db", db_->path(), "zanzibar"}).status, kExitNoResults);
  ToolRun bad = run_tool({"--db", db_->path(), "\"Lavrov"});
  EXPECT_EQ(bad.status, kExitError);
  EXPECT_EQ(bad.err, "segugio-query: error: query: unterminated phrase: a \" is missing\n");
  EXPECT_EQ(bad.out, "");
}

TEST_F(Cli, ParseErrorsAreExitTwoAndHelpIsZero) {
  ToolRun unknown = run_tool({"--db", db_->path(), "--bogus"});
  EXPECT_EQ(unknown.status, kExitError);
  EXPECT_EQ(unknown.err.rfind("segugio-query: ", 0), 0u);
  EXPECT_EQ(run_tool({"--format", "xml", "x"}).status, kExitError);
  ToolRun help = run_tool({"--help"});
  EXPECT_EQ(help.status, kExitResults);
  EXPECT_NE(help.out.find("Exit codes:"), std::string::npos);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
}

TEST_F(Cli, MissingDatabaseSaysHowToBuildOne) {
  ToolRun r = run_tool({"--db", "/nonexistent/db", "Lavrov"});
  EXPECT_EQ(r.status, kExitError);
  EXPECT_NE(r.err.find("segugio-index --db /nonexistent/db"), std::string::npos) << r.err;
}

TEST_F(Cli, AValueOfSeveralValuesUsesThemAllWithANote) {
  ToolRun r = run_tool({"--db", db_->path(), "--person", "Kim", "--limit", "0"});
  EXPECT_EQ(r.status, kExitResults);
  EXPECT_EQ(r.out, "3 results\n");
  EXPECT_NE(r.err.find("note: person \"Kim\" is 2 values, all used: \"Kim Jong Un\" (2), \"Kim Yo Jong\" (1)"),
            std::string::npos) << r.err;
}

// Regression: a value matching nothing filtered on a term quietly; "--org Polizia"
// filtered on an empty id.
TEST_F(Cli, AValueThatMatchesNothingSaysSoAndExits1) {
  ToolRun r = run_tool({"--db", db_->path(), "--org", "Xyzzy"});
  EXPECT_EQ(r.status, kExitNoResults);
  EXPECT_NE(r.err.find("note: no org matches \"Xyzzy\""), std::string::npos) << r.err;
  ToolRun empty = run_tool({"--db", db_->path(), "--person", "?"});
  EXPECT_EQ(empty.status, kExitError);
  EXPECT_NE(empty.err.find("empty person value"), std::string::npos) << empty.err;
}

TEST_F(Cli, NegationByOptionAndByMinus) {
  ToolRun a = run_tool({"--db", db_->path(), "--format", "trec", "--not-country", "RU", "armi"});
  ToolRun b = run_tool({"--db", db_->path(), "--format", "trec", "--country=-RU", "armi"});
  EXPECT_EQ(a.status, kExitResults);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.out.find("seed-000"), std::string::npos);
}

TEST_F(Cli, BatchAnswersInOrderAndReportsBadLines) {
  ToolRun r = run_tool({"--db", db_->path(), "--batch", "-", "--format", "trec", "--limit", "1"},
                   "q1\tLavrov\n{\"qid\": \"q2\", \"query\": \"(armi\"}\nq3\tBlinken\n{\"qid\":\"q4\",\"country\":\"UA\"}\n");
  EXPECT_EQ(r.status, kExitError);
  EXPECT_EQ(r.out.substr(0, 17), "q1 Q0 seed-000 1 ");
  EXPECT_NE(r.out.find("q3 Q0 news-003 1 "), std::string::npos);
  EXPECT_NE(r.out.find("q4 Q0 news-003 1 "), std::string::npos);
  EXPECT_LT(r.out.find("q3 "), r.out.find("q4 "));
  EXPECT_EQ(r.err, "<stdin>:2: error: query: missing ')'\nsegugio-query: error: 1 of 4 queries failed\n");
}

// A JSON batch line with an empty query was an error while a TSV one matched every
// article; both now match every article, as an empty command-line query does.
TEST_F(Cli, EmptyBatchQueryIsEveryArticleInJsonAndTsv) {
  ToolRun single = run_tool({"--db", db_->path(), "--format", "trec", "--limit", "1000", "--run-tag", "t"});
  ASSERT_EQ(single.status, kExitResults) << single.err;
  ToolRun batch = run_tool({"--db", db_->path(), "--batch", "-", "--format", "trec", "--limit", "1000", "--run-tag", "t"},
                           "1\t\n{\"qid\": \"1\"}\n{\"qid\": \"1\", \"query\": \"\"}\n");
  EXPECT_EQ(batch.status, kExitResults);
  EXPECT_EQ(batch.err, "");
  EXPECT_GT(single.out.size(), 0u);
  EXPECT_EQ(batch.out, single.out + single.out + single.out);
}

TEST_F(Cli, BatchWithoutFailuresExitsByResults) {
  EXPECT_EQ(run_tool({"--db", db_->path(), "--batch", "-"}, "Lavrov\nzanzibar\n").status, kExitResults);
  EXPECT_EQ(run_tool({"--db", db_->path(), "--batch", "-"}, "zanzibar\n").status, kExitNoResults);
}

TEST_F(Cli, BrowseAndFacets) {
  ToolRun r = run_tool({"--db", db_->path(), "--browse", "person", "--prefix", "Lav"});
  EXPECT_EQ(r.status, kExitResults);
  EXPECT_EQ(r.out, "Sergej Lavrov  1  sergei lavrov\n");
  ToolRun f = run_tool({"--db", db_->path(), "--facets", "country,nope", "armi"});
  EXPECT_EQ(f.status, kExitError);
  EXPECT_NE(f.err.find("unknown facet \"nope\""), std::string::npos);
}

TEST_F(Cli, ColoursOnlyOnATerminalAndNotWhenRefused) {
  Environment tty;
  tty.stdout_is_tty = true;
  EXPECT_NE(run_tool({"--db", db_->path(), "Lavrov"}, "", tty).out.find("\x1b["), std::string::npos);
  EXPECT_EQ(run_tool({"--db", db_->path(), "Lavrov"}).out.find("\x1b["), std::string::npos);
  EXPECT_EQ(run_tool({"--db", db_->path(), "Lavrov", "--no-color"}, "", tty).out.find("\x1b["), std::string::npos);
  Environment no_color = tty;
  no_color.no_color_env = true;
  EXPECT_EQ(run_tool({"--db", db_->path(), "Lavrov"}, "", no_color).out.find("\x1b["), std::string::npos);
  EXPECT_EQ(run_tool({"--db", db_->path(), "Lavrov", "--format", "tsv"}, "", tty).out.find("\x1b["), std::string::npos);
}

TEST_F(Cli, DatabaseFromTheEnvironmentUnlessGiven) {
  Environment env;
  env.segugio_db = db_->path();
  EXPECT_EQ(run_tool({"Lavrov"}, "", env).status, kExitResults);
  EXPECT_EQ(run_tool({"--db", "/nonexistent/db", "Lavrov"}, "", env).status, kExitError);
}

TEST_F(Cli, SuggestionsOnlyForPeopleAndJson) {
  ToolRun r = run_tool({"--db", db_->path(), "Lavrof"});
  EXPECT_EQ(r.status, kExitNoResults);
  EXPECT_EQ(r.out, "forse cercavi: Lavrov\n0 results\n");
}

// "--limit -3" was read into a std::size_t as a huge number: everything printed.
TEST_F(Cli, NegativeCountsAreRefused) {
  for (const char* option : {"--limit", "--offset", "--facet-limit"}) {
    ToolRun r = run_tool({"--db", db_->path(), option, "-3", "armi"});
    EXPECT_EQ(r.status, kExitError) << option;
    EXPECT_NE(r.err.find("\"-3\" is not a count: give a whole number, 0 or more"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

// "segugio-query Modena -armi" was refused as an unknown option -a.
TEST_F(Cli, AWordWithADashAfterTheFirstWordIsAnExcludedWord) {
  ToolRun joined = run_tool({"--db", db_->path(), "--format", "trec", "Kim armi -Putin"});
  ToolRun split = run_tool({"--db", db_->path(), "--format", "trec", "Kim", "armi", "-Putin"});
  EXPECT_EQ(split.status, kExitResults) << split.err;
  EXPECT_EQ(split.out, joined.out);
  EXPECT_EQ(split.out.find("news-001"), std::string::npos) << split.out;  // Putin's article excluded
  EXPECT_NE(split.out.find("news-002"), std::string::npos) << split.out;
  // Options still work around it, and the words keep their order.
  ToolRun mixed = run_tool({"--db", db_->path(), "Kim", "-Putin", "--format", "trec", "armi", "--explain"});
  EXPECT_EQ(mixed.out, joined.out) << mixed.err;
  EXPECT_NE(mixed.err.find("parsed: SEQ(text:Kim, -text:Putin, text:armi)"), std::string::npos) << mixed.err;
  // Before any word it is still an unknown option (the help says to use --).
  EXPECT_EQ(run_tool({"--db", db_->path(), "-Putin", "Kim"}).status, kExitError);
  EXPECT_EQ(run_tool({"--db", db_->path(), "--format", "trec", "--", "-Putin", "Kim", "armi"}).out.find("news-001"),
            std::string::npos);
  EXPECT_EQ(run_tool({"--db", db_->path(), "Kim", "--bogus"}).status, kExitError);
}

TEST_F(Cli, CountPrintsTheExactNumberAndExitsByIt) {
  ToolRun kim = run_tool({"--db", db_->path(), "--count", "\"Kim Jong Un\""});
  EXPECT_EQ(kim.status, kExitResults);
  EXPECT_EQ(kim.out, "2\n");
  ToolRun none = run_tool({"--db", db_->path(), "--count", "zanzibar"});
  EXPECT_EQ(none.status, kExitNoResults);
  EXPECT_EQ(none.out, "0\n");
  EXPECT_EQ(run_tool({"--db", db_->path(), "--count", "--country", "KP"}).out, "3\n");
  EXPECT_EQ(run_tool({"--db", db_->path(), "--count", "--estimate", "armi"}).status, kExitError);
}

// "'\"Kim Jong Un\"' --limit 0" printed "about 0 results" and exited 1.
TEST_F(Cli, LimitZeroGivesTheExactTotal) {
  ToolRun r = run_tool({"--db", db_->path(), "--limit", "0", "\"Kim Jong Un\""});
  EXPECT_EQ(r.status, kExitResults);
  EXPECT_EQ(r.out, "2 results\n");
  ToolRun dated = run_tool({"--db", db_->path(), "--limit", "0", "date:2023-09"});
  EXPECT_EQ(dated.status, kExitResults);
  EXPECT_EQ(dated.out, "1 result\n");
}

TEST_F(Cli, AnEstimateSaysItIsOneAndWhy) {
  ToolRun r = run_tool({"--db", db_->path(), "--limit", "0", "--estimate", "\"Kim Jong Un\""});
  EXPECT_NE(r.out.find("estimated, as asked: between 0 and "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.rfind("about ", 0), 0u) << r.out;
  ToolRun json = run_tool({"--db", db_->path(), "--limit", "0", "--estimate", "--format", "json", "\"Kim Jong Un\""});
  EXPECT_NE(json.out.find("\"total_exact\": false"), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"total_range\""), std::string::npos) << json.out;
}

// "--from 2021-02-30" and "date:2023-02-30" were accepted although the indexer
// rejects such dates.
TEST_F(Cli, ImpossibleDatesAreRefusedLikeTheIndexerRefusesThem) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--from", "2021-02-30", "armi"},
                                        {"--to", "2023-04-31", "armi"},
                                        {"date:2023-02-30"}}) {
    args.insert(args.begin(), {"--db", db_->path()});
    ToolRun r = run_tool(args);
    EXPECT_EQ(r.status, kExitError) << args.back();
    EXPECT_NE(r.err.find("naming a day that exists"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace segugio::query
