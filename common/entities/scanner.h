#pragma once
// The extractor's own view of a text: words, numbers and punctuation with byte and code
// point offsets and the capitalisation and sentence context that naming depends on.
// (The analyzer's tokens are for indexing: folded, stemmed, without punctuation.)
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace segugio::entities {

struct ScanToken {
  enum class Kind : std::uint8_t { word, number, punct };
  std::size_t begin = 0, end = 0;        // bytes
  std::size_t cp_begin = 0, cp_end = 0;  // code points
  std::string_view text;                 // view into the scanned text
  std::string key;                       // fold_key(text)
  Kind kind = Kind::word;
  bool cap = false;       // first letter upper case
  bool upper = false;     // two or more letters, all upper case
  bool mixed = false;     // an upper-case letter after a lower-case one (McDonald, LavrovLa)
  bool elided = false;    // ends in an apostrophe: "dell'", "l'"
  bool newline_before = false;
  bool space_before = false;
  bool glued = false;       // split off the end of a glued word ("La" of "LavrovLa")
  bool sent_start = false;  // first word of a sentence, line, quotation, or a headline word

  bool is_word() const { return kind == Kind::word; }
  bool is_punct(std::string_view p) const { return kind == Kind::punct && text == p; }
};

// Splits text (UTF-8; invalid bytes are skipped as punctuation) into tokens.
// Elisions split after the apostrophe ("dell'" "Assemblea"), except O'/D' before a
// capital (O'Brien, D'Alema). Hyphenated words stay whole (Emilia-Romagna).
// Sentence starts are not set here (see mark_sentence_starts).
std::vector<ScanToken> scan(std::string_view text);

// Sets sent_start: text start, after a line break, after . ! ? : ; or an opening quote,
// after a glue split, and every word of a headline-case line.
void mark_sentence_starts(std::vector<ScanToken>& tokens);

}  // namespace segugio::entities
