#pragma once
// segugio-index's options: one plain struct, registered with CLI11 by one function.
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/input_files.h"

namespace segugio::indexer {

enum class OnError { kSkip, kStop };

struct Options {
  std::string db;                        // --db, else $SEGUGIO_DB, else ./segugio-db
  std::vector<std::string> inputs;       // INPUT...
  unsigned threads = 0;                  // analysis threads; 0 = one per core
  std::size_t batch_size = 1000;         // changes per committed batch
  std::size_t shards = 0;                // --shards N; 0 = as stored, else one database
  OnError on_error = OnError::kSkip;
  std::vector<std::string> delete_ids;   // --delete
  std::string delete_file;               // --delete-file
  bool progress = false;                 // --progress: progress and summary even off a terminal
  bool quiet = false;                    // --quiet: neither, even on a terminal
  std::optional<std::string> analyze;    // --analyze TEXT
  std::optional<std::string> explain_entities;  // --explain-entities TEXT
  bool entities = true;                  // --no-entities: skip entity extraction
  std::size_t max_article_bytes = 10u << 20;
  input::Format format = input::Format::kAuto;
  bool prefix_ids = false;               // --prefix-ids: folder files' ids start with the folder's name
};

// Exit codes, as documented in --help and README.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitError = 2;
inline constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report it

// Parses argv into `options`; `segugio_db` is $SEGUGIO_DB (empty when unset), for the
// --db rule of database_path.h. Returns an exit code when the program should stop now
// (--help: 0, after printing help to `out`; a bad option: 2, after printing the error
// to `err`), nullopt to go on.
std::optional<int> parse_command_line(int argc, const char* const* argv, Options& options, std::ostream& out,
                                      std::ostream& err, std::string_view segugio_db = {});

}  // namespace segugio::indexer
