#pragma once
// Stage 7: Snowball Italian stemming through Xapian::Stem("italian"). The analyzer
// stems the folded term; the stem is indexed as "Z" + stem (Xapian's convention).
#include <string>
#include <string_view>

#include <xapian.h>

namespace segugio::analysis {

// Not thread-safe (Xapian::Stem keeps state): one per Analyzer.
class Stemmer {
 public:
  Stemmer() : stem_("italian") {}
  std::string operator()(std::string_view word) const { return stem_(std::string(word)); }

 private:
  Xapian::Stem stem_;
};

// True when the word has a letter, i.e. is worth stemming (numbers are not).
bool has_letter(std::string_view word);

}  // namespace segugio::analysis
