#pragma once
// Stage 1: Unicode NFC, control characters dropped, every apostrophe variant unified.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace segugio::analysis {

// The input offset of each byte offset of a text, in order. Stored as runs of offsets
// that map to consecutive input offsets, so that a long text changed in a few places (an
// apostrophe unified, a control character dropped) costs a few runs, not 8 bytes a byte.
class OffsetMap {
 public:
  // Maps the next offset (the first is 0) to `input`.
  void push_back(std::size_t input) {
    if (runs_.empty() || input != last_ + 1) runs_.push_back({size_, input});
    last_ = input;
    ++size_;
  }
  void reserve(std::size_t) {}  // runs are few; kept for the vector's interface
  // Offsets mapped (the text's size + 1 once complete); 0 when none.
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::size_t operator[](std::size_t offset) const;

 private:
  struct Run {
    std::size_t first;  // offsets [first, the next run's first) map to input + (offset - first)
    std::size_t input;
  };
  std::vector<Run> runs_;
  std::size_t size_ = 0;
  std::size_t last_ = 0;
};

struct Normalized {
  std::string text;
  // Byte offset in the input of every byte offset of `text` (size text.size() + 1);
  // empty when `text` is byte-for-byte the input, the common case.
  OffsetMap to_input;

  std::size_t input_offset(std::size_t offset) const {
    return to_input.empty() ? offset : to_input[offset];
  }
};

// Never throws: invalid UTF-8 sequences become U+FFFD. Control characters other than
// tab, line feed and carriage return are dropped, as are soft hyphens, zero-width
// spaces and byte-order marks. The apostrophe variants ’ ʼ ´ ` ‘ and the full-width
// apostrophe become ASCII "'".
Normalized normalize(std::string_view input);

// True for the code points normalize() turns into "'".
bool is_apostrophe_variant(char32_t c);

}  // namespace segugio::analysis
