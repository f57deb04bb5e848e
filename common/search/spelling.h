#pragma once
// "forse cercavi: ..." -- corrections for query words the index does not hold.
#include <string>
#include <vector>

#include <xapian.h>

#include "search/query_builder.h"

namespace segugio::search {

// The closest indexed word to TERM (a folded, unprefixed term): Xapian's spelling data
// when the database has it, else the most frequent indexed word within edit distance
// 1 (words up to 4 letters) or 2 that starts with the same letter. Empty if none.
std::string closest_word(const Xapian::Database& db, const std::string& term);

// QUERY with every free word that matches nothing replaced by its closest indexed
// word; empty when no word needs or finds a correction.
std::string suggest_query(const Xapian::Database& db, const std::string& query,
                          const std::vector<QueryWord>& words);

// Levenshtein distance over bytes, giving up (returning LIMIT + 1) past LIMIT.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace segugio::search
