#pragma once
// The extractor's reading of a text, built from the analyzer's tokens (there is one
// tokenization of a text, the analyzer's): its words with byte and code point offsets,
// the punctuation between them, and the capitalisation and sentence context that naming
// depends on. Where a word was glued ("LavrovLa") the analyzer's repair decided it, once,
// for the index and for the entities alike; the extractor reads the parts.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace segugio::entities {

struct ScanToken {
  enum class Kind : std::uint8_t { word, number, punct };
  // 32-bit offsets and one-bit flags: an article has a token every few bytes, so the
  // size of this struct is most of the extractor's memory. Texts are read by ICU, whose
  // offsets are int32_t, so 32 bits hold any offset.
  std::uint32_t begin = 0, end = 0;        // bytes
  std::uint32_t cp_begin = 0, cp_end = 0;  // code points
  std::string_view text;                   // view into the scanned text
  std::string key;                         // fold_key(text)
  Kind kind = Kind::word;
  bool cap : 1 = false;       // first letter upper case
  bool upper : 1 = false;     // two or more letters, all upper case
  bool mixed : 1 = false;     // an upper-case letter after a lower-case one (McDonald)
  bool elided : 1 = false;    // ends in an apostrophe: "dell'", "l'"
  bool newline_before : 1 = false;
  bool space_before : 1 = false;
  bool glued : 1 = false;       // split off the end of a glued word ("La" of "LavrovLa")
  bool sent_start : 1 = false;  // first word of a sentence, line, quotation, or a headline word

  bool is_word() const { return kind == Kind::word; }
  bool is_punct(std::string_view p) const { return kind == Kind::punct && text == p; }
};

// One analysed piece of a longer text: `analysis` (or, for a long text, `reading`: the
// same words without their terms) was made of the bytes of that text starting at
// `offset` (an article's title and body, read as title + "\n" + body).
struct AnalyzedPart {
  std::size_t offset = 0;
  const analysis::Analysis* analysis = nullptr;
  const analysis::Reading* reading = nullptr;  // read when `analysis` is null
};

// The reading of `text` from the analyses of its parts (in order, not overlapping):
//   - one word (or number: no letter) per analyzer token; a glued word's parts, not its
//     whole form, the parts after the first marked `glued`;
//   - one word per elided word the analyzer took out, "dell'" marked `elided`; a single
//     capital before a capital stays in the name it belongs to ("D'Alema");
//   - words the analyzer parted at a hyphen between letters read as one
//     ("Emilia-Romagna"); letters joined by "." are read apart ("S.p.A." = S . p . A .);
//   - one punct token per other code point between words (invalid bytes included);
//     spaces and line breaks only set space_before and newline_before.
// Sentence starts are not set here (see mark_sentence_starts).
std::vector<ScanToken> scan(std::string_view text, std::span<const AnalyzedPart> parts);

// Analyses `text` with the Italian analyzer (one per thread) and reads it as above: for
// names and lexicon entries, so that they are read exactly as articles are.
std::vector<ScanToken> scan(std::string_view text);

// Sets sent_start: text start, after a line break, after . ! ? : ; or an opening quote,
// after a glue split, and every word of a headline-case line.
void mark_sentence_starts(std::vector<ScanToken>& tokens);

}  // namespace segugio::entities
