#include "input/gzip.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <zlib.h>

#include "error.h"

namespace segugio::input {
namespace {

constexpr std::size_t kChunkBytes = 1 << 18;
// Past this, a line buffer grows as strings do (a limit of 2 GiB is not reserved).
constexpr std::size_t kMaxReserveBytes = std::size_t{256} << 20;

gzFile as_gz(void* file) { return static_cast<gzFile>(file); }

std::string_view strip_cr(std::string_view text) {
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

}  // namespace

LineReader::LineReader(const std::string& path, std::size_t max_line_bytes)
    : path_(path == "-" ? "<stdin>" : path), max_line_bytes_(max_line_bytes), chunk_(kChunkBytes) {
  gzFile file = nullptr;
  if (path == "-") {
    int fd = dup(STDIN_FILENO);
    if (fd >= 0) file = gzdopen(fd, "rb");
    if (!file && fd >= 0) close(fd);
  } else {
    file = gzopen(path.c_str(), "rb");
  }
  if (!file) {
    const int err = errno;
    throw InputError(diagnostic(path_, 0, std::string("cannot open: ") + (err ? std::strerror(err) : "out of memory")));
  }
  gzbuffer(file, kChunkBytes);
  file_ = file;
}

LineReader::~LineReader() {
  if (file_) gzclose(as_gz(file_));
}

bool LineReader::fill() {
  if (eof_) return false;
  const int got = gzread(as_gz(file_), chunk_.data(), static_cast<unsigned>(chunk_.size()));
  int code = Z_OK;
  const char* message = gzerror(as_gz(file_), &code);
  if (got < 0 || (code != Z_OK && code != Z_BUF_ERROR) || (got == 0 && code == Z_BUF_ERROR)) {
    std::string what = code == Z_ERRNO ? std::strerror(errno) : message;
    if (code == Z_BUF_ERROR) what = "unexpected end of file (truncated gzip?)";
    throw InputError(diagnostic(path_, line_number_ + 1, "cannot read: " + what));
  }
  if (got == 0) {
    eof_ = true;
    return false;
  }
  chunk_pos_ = 0;
  chunk_end_ = static_cast<std::size_t>(got);
  return true;
}

bool LineReader::next(Line& line) {
  pending_.clear();
  std::size_t bytes = 0;
  bool too_long = false;
  for (;;) {
    if (chunk_pos_ == chunk_end_ && !fill()) {
      if (bytes == 0) return false;  // clean end of input
      break;                         // last line without "\n"
    }
    const char* begin = chunk_.data() + chunk_pos_;
    const std::size_t avail = chunk_end_ - chunk_pos_;
    const void* nl = std::memchr(begin, '\n', avail);
    const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : avail;
    chunk_pos_ += take + (nl ? 1 : 0);
    bytes += take;
    if (bytes > max_line_bytes_) {
      too_long = true;
      pending_.clear();
      pending_.shrink_to_fit();
    } else if (nl && pending_.empty()) {
      // The common case: the whole line is in the chunk; no copy.
      line = Line{strip_cr(std::string_view(begin, take)), ++line_number_, bytes, false};
      return true;
    } else {
      // Room for the longest line allowed, reserved once: growing by doubling would
      // copy the line and hold two buffers, so a line at the limit would cost twice
      // the limit. Pages never written stay virtual, so short lines cost nothing more.
      if (pending_.capacity() < max_line_bytes_) pending_.reserve(std::min(max_line_bytes_, kMaxReserveBytes));
      pending_.append(begin, take);
    }
    if (nl) break;
  }
  line = Line{too_long ? std::string_view() : strip_cr(pending_), ++line_number_, bytes, too_long};
  return true;
}

std::uint64_t LineReader::consumed_bytes() const {
  const auto offset = gzoffset(as_gz(file_));
  return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

}  // namespace segugio::input
