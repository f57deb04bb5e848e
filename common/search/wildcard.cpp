#include "search/wildcard.h"

#include "error.h"

namespace segugio::search {

std::vector<std::string> WildcardExpander::expand(const std::string& pattern, const std::string& as_typed) {
  std::vector<std::string> words;
  for (auto t = db_.allterms_begin(pattern); t != db_.allterms_end(pattern); ++t) {
    if (++used_ > max_words_) {
      throw InputError("query: the wildcards expand to more than " + std::to_string(max_words_) +
                       " words (the limit; reached at \"" + as_typed +
                       "\"): give longer beginnings, or fewer wildcards");
    }
    words.push_back(*t);
  }
  return words;
}

}  // namespace segugio::search
