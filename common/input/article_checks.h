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

}  // namespace segugio::input
