#pragma once
// The Italian word lists of the analysis, each loaded once per process and shared:
//   - stop words (Snowball's list, corpora/stopwords-it.txt) for stage 6, matched on the
//     folded form. Stop words are still indexed unstemmed with their positions, so a
//     phrase matches across them; they only leave ranking.
//   - the vocabulary (corpora/stemmer/italian-voc.txt plus the stop words) that the
//     repair stage consults to tell a glued sentence start from a mixed-case name, and
//     the entity extractor to tell a common word from a name.
#include <string>
#include <string_view>
#include <unordered_set>

namespace segugio::analysis {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// A set of folded words (see fold()), with lookup by string_view.
class WordSet {
 public:
  bool contains(std::string_view folded) const { return words_.find(folded) != words_.end(); }
  std::size_t size() const { return words_.size(); }
  void insert(std::string folded) { words_.insert(std::move(folded)); }

 private:
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
};

// Loaded once from the embedded lists, each entry folded; shared by every thread.
const WordSet& italian_stopwords();
const WordSet& italian_vocabulary();

}  // namespace segugio::analysis
