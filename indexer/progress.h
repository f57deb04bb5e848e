#pragma once
// The progress bar on stderr: articles done, articles/s, and the time left estimated
// from the bytes of input consumed. On a terminal it redraws one line; elsewhere (when
// asked with --progress) it writes a line every few seconds.
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace segugio::indexer {

class Progress {
 public:
  Progress(std::ostream& err, bool enabled, bool terminal);

  // Redraws at most a few times a second; `total_bytes` 0 means unknown (no estimate).
  void update(std::uint64_t articles, std::uint64_t bytes_done, std::uint64_t total_bytes);
  // Erases the bar (before a diagnostic or the summary is printed).
  void clear();

  double elapsed_seconds() const;

 private:
  std::ostream& err_;
  bool enabled_;
  bool terminal_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// "1,234,567"
std::string with_thousands(std::uint64_t n);
// "0:07", "12:34", "1:02:03"
std::string format_duration(double seconds);

}  // namespace segugio::indexer
