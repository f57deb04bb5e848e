#pragma once
// "forse cercavi: ..." -- corrections for query words the index does not hold.
#include <array>
#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/query_builder.h"

namespace segugio::search {

// The database's unprefixed (unstemmed) words with their document counts, read once
// and kept in memory, so that a batch of queries does not rescan the lexicon.
class Vocabulary {
 public:
  explicit Vocabulary(const Xapian::Database& db);

  // The closest indexed word to TERM (folded): the most frequent word within edit
  // distance 1 (words up to 4 letters) or 2 that starts with the same byte. Empty if
  // none, or if TERM is indexed itself.
  std::string closest(const std::string& term) const;

 private:
  struct Word {
    std::string text;
    Xapian::doccount count;
  };
  std::array<std::vector<Word>, 256> by_first_byte_;
};

// QUERY with every free word that matches nothing in DB replaced by its closest word
// in the vocabulary VOCABULARY returns; empty when no word needs or finds a correction.
// VOCABULARY is called only for a word the database does not hold: reading the
// vocabulary scans the whole lexicon, which a query of known words never needs.
std::string suggest_query(const Xapian::Database& db, const std::function<const Vocabulary&()>& vocabulary,
                          const std::string& query, const std::vector<QueryWord>& words);

// Levenshtein distance over bytes, giving up (returning LIMIT + 1) past LIMIT.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace segugio::search
