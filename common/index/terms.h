#pragma once
// How an article's boolean terms are spelt, for the indexer and for the query tool's
// filters alike (schema.h names the prefixes).
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

// "XSRC" + the source name case-folded (ICU full folding): "XSRCwikinews-kind".
std::string source_term(std::string_view source);

// "Y2023", "M202309", "D20230915" for a date in the "YYYYMMDD" form of value slot 0.
std::string year_term(std::string_view yyyymmdd);
std::string month_term(std::string_view yyyymmdd);
std::string day_term(std::string_view yyyymmdd);

}  // namespace segugio::index
