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

TEST_F(Cli, AmbiguousValueIsAnError) {
  ToolRun r = run_tool({"--db", db_->path(), "--person", "Kim"});
  EXPECT_EQ(r.status, kExitError);
  EXPECT_NE(r.err.find("\"Kim Jong Un\" (2), \"Kim Yo Jong\" (1)"), std::string::npos) << r.err;
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

}  // namespace
}  // namespace segugio::query
