#pragma once
// Stage 1: Unicode NFC, control characters dropped, every apostrophe variant unified.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace segugio::analysis {

struct Normalized {
  std::string text;
  // Byte offset in the input of every byte offset of `text` (size text.size() + 1);
  // empty when `text` is byte-for-byte the input, the common case.
  std::vector<std::size_t> to_input;

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
