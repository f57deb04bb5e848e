#pragma once
// segugio-index as a function: argv in, exit code out, its streams given, so that
// tests run it in-process. main.cpp only sets up the process around it.
#include <atomic>
#include <iosfwd>
#include <string>

namespace segugio::indexer {

// What the tool needs from its surroundings, given by main() or by a test.
struct ToolEnvironment {
  std::string segugio_db;                          // $SEGUGIO_DB, empty when unset
  bool stderr_is_tty = false;
  const std::atomic<bool>* interrupted = nullptr;  // set by SIGINT/SIGTERM
};

// Parses ARGV and runs it. Every error, a Xapian::Error included, ends as one
// "segugio-index: error: ..." line on ERR and the exit code of cli.h.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, const ToolEnvironment& env);

}  // namespace segugio::indexer
