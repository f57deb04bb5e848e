#include "progress.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace segugio::indexer {

std::string with_thousands(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format_duration(double seconds) {
  const auto total = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (total >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
  }
  return buf;
}

Progress::Progress(std::ostream& err, bool enabled, bool terminal)
    : err_(err), enabled_(enabled), terminal_(terminal), start_(std::chrono::steady_clock::now()), last_(start_) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(std::uint64_t articles, std::uint64_t bytes_done, std::uint64_t total_bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < (terminal_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(5000))) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(articles) / elapsed : 0.0;

  std::string line;
  if (total_bytes > 0) {
    const double fraction = std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(total_bytes));
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    line += '[';
    line.append(static_cast<std::size_t>(filled), '#');
    line.append(static_cast<std::size_t>(kWidth - filled), '-');
    char percent[16];
    std::snprintf(percent, sizeof percent, "] %3d%%  ", static_cast<int>(fraction * 100));
    line += percent;
  }
  line += with_thousands(articles) + " articles  " + with_thousands(static_cast<std::uint64_t>(rate)) + " articles/s";
  if (total_bytes > 0 && bytes_done > 0) {
    const double left = elapsed * static_cast<double>(total_bytes - std::min(bytes_done, total_bytes)) /
                        static_cast<double>(bytes_done);
    line += "  ETA " + format_duration(left);
  }
  if (terminal_) {
    err_ << '\r' << line << "\033[K" << std::flush;
    drawn_ = true;
  } else {
    err_ << "segugio-index: " << line << '\n' << std::flush;
  }
}

void Progress::clear() {
  if (!drawn_) return;
  err_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace segugio::indexer
