#pragma once
// How an article's id term is spelt, and the length limits of terms (schema.h names the
// prefixes; facet value terms are spelt by facets/facet.h).
#include <string>
#include <string_view>

namespace segugio::index {

// Longest word indexed (as Xapian::TermGenerator's default): longer "words" are
// usually binary junk or URLs, and Xapian refuses terms past 245 bytes.
inline constexpr std::size_t kMaxWordBytes = 64;
// Xapian's own limit on the length of a term.
inline constexpr std::size_t kMaxTermBytes = 245;

// "Q" + id.
std::string id_term(std::string_view id);

}  // namespace segugio::index
