#pragma once
// The unit every analysis stage reads and writes.
#include <cstddef>
#include <cstdint>
#include <string>

namespace segugio::analysis {

// A byte range [start, end) of a text.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// A token as the entity extractor reads it (entities/scanner.h): its byte offsets and
// glue marks, without its strings. Offsets fit 32 bits: ICU's break iterator, which
// finds the words, counts in int32_t.
struct Word {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool glue_whole = false;
  bool glue_part = false;
};

struct Token {
  // The word as written, after normalisation (NFC, apostrophes unified): for display
  // and for entity extraction, which needs the original capitals.
  std::string surface;
  // Byte offsets of the word; while the stages run they index the normalised text, and
  // Analyzer::analyze maps them back to the caller's input. Stages never move them,
  // except to narrow a token to a part of itself (elision, repair).
  std::size_t start = 0;
  std::size_t end = 0;
  // Word position, 0-based; consecutive words have consecutive positions. A repaired
  // glue's whole form shares the position of its first part.
  std::uint32_t position = 0;
  // Case-folded, accent-free form: the unstemmed term (no prefix).
  std::string term;
  // Snowball stem of the case-folded word, accents removed afterwards; empty for stop
  // words and for tokens with no letter.
  std::string stem;
  // The stem of `term` (the word stemmed without its accents), when it differs from
  // `stem`: the stemmer reads "abbandonerà" as a future tense ("abbandon") but
  // "abbandonera" not ("abbandoner"). Documents index both and queries match either,
  // so an accent typed or left out never changes what matches.
  std::string stem_alt;
  bool stopword = false;
  // This token is the whole form of a glued word that the repair stage split
  // ("LavrovLa"); its parts follow it as ordinary tokens.
  bool glue_whole = false;
  // This token is one part of a split glue.
  bool glue_part = false;
  // Mark of the stage that changed the token, for the debugging output:
  // "elision", "e-accent", "glue", "sentence-glue" or empty.
  std::string note;
};

}  // namespace segugio::analysis
