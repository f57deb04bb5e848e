#pragma once
// The Italian word lists of the analysis, shared by every thread:
//   - stop words (Snowball's list, corpora/stopwords-it.txt) for stage 6, matched on the
//     folded form. Stop words are still indexed unstemmed with their positions, so a
//     phrase matches across them; they only leave ranking.
//   - the vocabulary (corpora/stemmer/italian-voc.txt plus the stop words) that the
//     repair stage consults to tell a glued sentence start from a mixed-case name, and
//     the entity extractor to tell a common word from a name.
// Both are folded, sorted and linked into the program at build time
// (word_tables_gen.cpp), and searched in place: using them costs no start-up work.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace segugio::analysis {

// A sorted set of folded words (see fold()): the words' bytes one after another, and
// the offset of each word (plus one past the last) into them.
class WordSet {
 public:
  constexpr WordSet(const char* bytes, const std::uint32_t* offsets, std::size_t size)
      : bytes_(bytes), offsets_(offsets), size_(size) {}

  bool contains(std::string_view folded) const {
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (at(mid) < folded) lo = mid + 1;
      else hi = mid;
    }
    return lo < size_ && at(lo) == folded;
  }
  std::size_t size() const { return size_; }
  // The I-th word in byte order.
  std::string_view at(std::size_t i) const { return {bytes_ + offsets_[i], offsets_[i + 1] - offsets_[i]}; }

 private:
  const char* bytes_;
  const std::uint32_t* offsets_;
  std::size_t size_;
};

// Every entry of the bundled lists folded, without duplicates (generated at build time).
const WordSet& italian_stopwords();
const WordSet& italian_vocabulary();

}  // namespace segugio::analysis
