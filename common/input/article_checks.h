#pragma once
// The checks every input format applies to an article once its fields are read.
#include <optional>
#include <string>

#include "index/article.h"

namespace segugio::input {

// Longest id accepted: Xapian terms hold at most 245 bytes, and the id term is "Q" + id.
inline constexpr std::size_t kMaxIdBytes = 240;

// A message (without the "file:line: error: " part) saying what is wrong with the
// article, or nullopt when it can be indexed: an id that is empty, too long or holds
// a control character (a line break would split it in a list of ids), or an
// article with neither title nor text (white space does not count).
std::optional<std::string> check_article(const index::Article& article);

// Removes U+0000 (JSON's "\u0000", or a NUL byte of a text file) from the title, the
// text, the url and the source, so that no stored field keeps one: it ends C strings,
// so a tool reading the stored article would see the field cut short there. An id
// holding one is refused by check_article() instead.
void remove_nul_characters(index::Article& article);

}  // namespace segugio::input
