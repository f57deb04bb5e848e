#pragma once
// Line-by-line reading of a file that may be gzip-compressed, or of standard input.
// zlib reads plain files unchanged, so one reader serves ".jsonl" and ".jsonl.gz";
// the file is streamed, never loaded whole, and an over-long line is skipped without
// being held in memory.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace segugio::input {

struct Line {
  std::string_view text;    // without its "\n" (and "\r"); empty when too_long
  std::size_t number = 0;   // 1-based
  std::size_t bytes = 0;    // the whole line's length, even when too_long
  bool too_long = false;    // longer than max_line_bytes: text is dropped
};

class LineReader {
 public:
  // Opens `path`, or standard input when path is "-". Throws InputError when the file
  // cannot be opened.
  LineReader(const std::string& path, std::size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, valid until the following call; false at the end of the input.
  // Throws InputError on a read error or a damaged gzip stream.
  bool next(Line& line);

  // Bytes of the (compressed) file consumed so far, for progress reports.
  std::uint64_t consumed_bytes() const;

 private:
  bool fill();

  std::string path_;
  void* file_ = nullptr;  // gzFile
  std::size_t max_line_bytes_;
  std::vector<char> chunk_;
  std::size_t chunk_pos_ = 0;
  std::size_t chunk_end_ = 0;
  bool eof_ = false;
  std::string pending_;  // a line split across chunks
  std::size_t line_number_ = 0;
};

}  // namespace segugio::input
