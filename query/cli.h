#pragma once
// segugio-query's options and its handler. The handler takes its streams and returns
// the exit status, so tests can run the tool in-process.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace segugio::query {

// Exit codes (README.md, --help).
inline constexpr int kExitResults = 0;
inline constexpr int kExitNoResults = 1;
inline constexpr int kExitError = 2;

struct Options {
  std::string db;
  std::vector<std::string> query;  // positional words, joined by spaces
  std::vector<std::string> person, country, org, place, source;
  std::vector<std::string> not_person, not_country, not_org, not_place, not_source;
  std::string from;
  std::string to;
  std::string facets;  // comma-separated
  std::size_t facet_limit = 10;
  bool multi_select = false;  // each facet's counts ignore its own filters
  std::string browse;
  std::string prefix;
  std::string sort = "relevance";
  std::size_t limit = 10;
  bool limit_given = false;
  std::size_t offset = 0;
  bool count = false;     // print only the number of matches
  bool estimate = false;  // let the total be an estimate (faster on big databases)
  std::string format = "table";
  std::string run_tag = "segugio";
  std::string batch;
  bool explain = false;
  bool no_color = false;
};

// What the handler needs from its surroundings, given by main() or by a test.
struct Environment {
  std::string segugio_db;  // $SEGUGIO_DB, empty when unset
  bool stdout_is_tty = false;
  bool no_color_env = false;  // $NO_COLOR set
};

void register_options(CLI::App& app, Options& options);

// Parses ARGV and runs; CLI11's parse errors become exit 2, --help exits 0.
int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err,
        const Environment& env);

// Runs already-parsed options.
int handle(const Options& options, std::istream& in, std::ostream& out, std::ostream& err,
           const Environment& env);

}  // namespace segugio::query
