// The error contract every tool shares (error.h) and the --db rule (database_path.h).
#include "error.h"

#include <sstream>

#include <gtest/gtest.h>
#include <xapian.h>

#include "database_path.h"

namespace segugio {
namespace {

TEST(ErrorContract, XapianErrorsAreReportedThoughTheyAreNotStdExceptions) {
  std::ostringstream err;
  const int status = run_or_report("tool", err, 2, []() -> int {
    throw Xapian::DatabaseModifiedError("The revision being read has been discarded");
  });
  EXPECT_EQ(status, 2);
  EXPECT_EQ(err.str(), "tool: error: DatabaseModifiedError: The revision being read has been discarded\n");
}

TEST(ErrorContract, StdAndUnknownExceptionsAreOneLine) {
  std::ostringstream err;
  EXPECT_EQ(run_or_report("tool", err, 3, []() -> int { throw DatabaseError("database is locked"); }), 3);
  EXPECT_EQ(run_or_report("tool", err, 3, []() -> int { throw 42; }), 3);
  EXPECT_EQ(run_or_report("tool", err, 3, [] { return 0; }), 0);
  EXPECT_EQ(err.str(), "tool: error: database is locked\ntool: error: unknown error\n");
}

TEST(ErrorContract, LocatedDiagnosticsSayErrorOnce) {
  EXPECT_EQ(error_line("tool", diagnostic("a.jsonl", 3, "cannot read")), "tool: a.jsonl:3: error: cannot read");
  EXPECT_EQ(error_line("tool", "bad thing"), "tool: error: bad thing");
}

TEST(DatabasePath, OptionThenEnvironmentThenDefault) {
  EXPECT_EQ(database_path("opt", "env"), "opt");
  EXPECT_EQ(database_path("", "env"), "env");
  EXPECT_EQ(database_path("", ""), "./segugio-db");
}

}  // namespace
}  // namespace segugio
