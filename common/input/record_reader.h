#pragma once
// Reads the input files one record at a time, cheaply (no parsing): the indexer's
// reading thread runs this, and the analysis threads turn each record into an Article
// with parse_record(), so JSON parsing runs on every core.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "index/article.h"
#include "input/gzip.h"
#include "input/input_files.h"

namespace segugio::input {

struct RawRecord {
  enum class Kind { kJsonl, kText, kError };
  Kind kind = Kind::kError;
  std::string payload;  // the JSON line, or the text file's contents
  std::string origin;   // file name for diagnostics
  std::size_t line = 0;
  std::string id;       // text files: the article id
  std::string error;    // kind == kError: a complete diagnostic
};

class RecordReader {
 public:
  // Records longer than max_record_bytes become kError records, without being held
  // in memory.
  RecordReader(std::vector<InputFile> files, std::size_t max_record_bytes);
  ~RecordReader();

  // The next record; false when every file is done. Blank JSON Lines are skipped. A
  // file that cannot be opened (or is not a regular file) is a kError record, and the
  // reader goes on with the next file. Throws InputError when a file breaks while being
  // read (a read error, a damaged gzip stream): what follows the damage is unknown.
  bool next(RawRecord& record);

  // Progress: bytes of input consumed so far, and the total (0 when unknown: stdin).
  std::uint64_t consumed_bytes() const;
  std::uint64_t total_bytes() const { return total_bytes_; }

 private:
  std::vector<InputFile> files_;
  std::size_t max_record_bytes_;
  std::size_t next_file_ = 0;
  std::unique_ptr<LineReader> lines_;  // the JSON Lines file being read
  std::uint64_t done_bytes_ = 0;       // bytes of files finished
  std::uint64_t total_bytes_ = 0;
};

// The Article of a record; throws InputError (a complete diagnostic) for a bad one.
index::Article parse_record(RawRecord& record);

}  // namespace segugio::input
