#pragma once
// Trailing wildcards ("nucle*") expanded against the database the search runs on -- for
// shards, the combined one -- into the explicit list of words they match (the query
// builder ORs them). Every shard then scores the same words with the
// same statistics; Xapian's own OP_WILDCARD lets
// each shard expand (and pick its most frequent words) on its own, so one database and
// its shards would disagree on matches and scores.
#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace segugio::search {

// Most words the wildcards of one query may expand to, together. Past it the query is
// refused (InputError) instead of running for minutes: a query of many two-letter
// wildcards would otherwise OR together hundreds of thousands of words.
inline constexpr std::size_t kMaxWildcardWords = 5000;

class WildcardExpander {
 public:
  explicit WildcardExpander(const Xapian::Database& db, std::size_t max_words = kMaxWildcardWords)
      : db_(db), max_words_(max_words) {}

  // Every indexed term that starts with PATTERN (a prefixed, folded term), in term
  // order. AS_TYPED names the wildcard in the error thrown (InputError) when this
  // query's wildcards together pass the limit. Reads at most limit + 1 terms.
  std::vector<std::string> expand(const std::string& pattern, const std::string& as_typed);

 private:
  const Xapian::Database& db_;
  std::size_t max_words_;
  std::size_t used_ = 0;  // words expanded so far for this query
};

}  // namespace segugio::search
