#pragma once
// UTF-8 validation for input records: the analyzer accepts anything, but an article
// with broken bytes is a bad record the user should hear about.
#include <cstddef>
#include <optional>
#include <string_view>

namespace segugio::input {

// The byte offset of the first ill-formed UTF-8 sequence in `text` (overlong forms,
// surrogates and code points past U+10FFFF included), or nullopt when it is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace segugio::input
