#pragma once
// The Italian word lists of the analysis, shared by every thread:
//   - stop words (Snowball's list, corpora/stopwords-it.txt) for stage 6, matched on the
//     folded form. Stop words are still indexed unstemmed with their positions, so a
//     phrase matches across them; they only leave ranking.
//   - the vocabulary (corpora/stemmer/italian-voc.txt plus the stop words) that the
//     repair stage consults to tell a glued sentence start from a mixed-case name, and
//     the entity extractor to tell a common word from a name.
// Both are folded, sorted and linked into the program at build time
// (word_tables_gen.cpp), and looked up in place: using them costs no start-up work.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace segugio::analysis {

// The hash of the word tables' open addressing (FNV-1a), computed alike by the
// generator and by look-ups.
constexpr std::uint32_t word_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// A set of folded words (see fold()), sorted in byte order: the words' bytes one after
// another, the offset of each word (plus one past the last) into them, and a hash
// table of SLOT_COUNT slots (a power of two), each 0 or one plus the index of a word,
// probed linearly from word_hash(word).
class WordSet {
 public:
  constexpr WordSet(const char* bytes, const std::uint32_t* offsets, std::size_t size, const std::uint32_t* slots,
                    std::uint32_t slot_count)
      : bytes_(bytes), offsets_(offsets), size_(size), slots_(slots), mask_(slot_count - 1) {}

  bool contains(std::string_view folded) const {
    for (std::uint32_t i = word_hash(folded) & mask_;; i = (i + 1) & mask_) {
      const std::uint32_t entry = slots_[i];
      if (entry == 0) return false;
      if (at(entry - 1) == folded) return true;
    }
  }
  std::size_t size() const { return size_; }
  // The I-th word in byte order.
  std::string_view at(std::size_t i) const { return {bytes_ + offsets_[i], offsets_[i + 1] - offsets_[i]}; }

 private:
  const char* bytes_;
  const std::uint32_t* offsets_;
  std::size_t size_;
  const std::uint32_t* slots_;
  std::uint32_t mask_;
};

// Every entry of the bundled lists folded, without duplicates (generated at build time).
const WordSet& italian_stopwords();
const WordSet& italian_vocabulary();

}  // namespace segugio::analysis
