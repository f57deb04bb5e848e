#include "entities/scanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "analysis/normalize.h"
#include "entities/fold.h"

namespace segugio::entities {
namespace {

UChar32 decode_at(std::string_view text, std::size_t i, std::size_t* next) {
  auto at = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
  *next = static_cast<std::size_t>(at);
  return c;
}

UChar32 first_char(std::string_view s) {
  std::size_t next = 0;
  return s.empty() ? -1 : decode_at(s, 0, &next);
}

UChar32 last_char(std::string_view s) {
  if (s.empty()) return -1;
  auto i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c;
}

bool alpha(UChar32 c) { return c >= 0 && u_isalpha(c); }
bool digit(UChar32 c) { return c >= 0 && u_isdigit(c); }
bool upper_case(UChar32 c) { return c >= 0 && (u_isupper(c) || u_istitle(c)); }

bool is_newline(UChar32 c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }
bool is_space(UChar32 c) { return c >= 0 && (u_isUWhiteSpace(c) || c == 0xA0); }
bool is_hyphen(std::string_view s) { return s == "-" || s == "\u2010"; }

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char b : s) n += (b & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

void set_case_flags(ScanToken& t) {
  int letters = 0, uppers = 0;
  bool seen_lower = false, first = true;
  t.cap = t.upper = t.mixed = false;
  for (std::size_t i = 0; i < t.text.size();) {
    UChar32 c = decode_at(t.text, i, &i);
    if (!alpha(c)) continue;
    ++letters;
    bool up = upper_case(c);
    if (first) t.cap = up;
    first = false;
    if (up) {
      ++uppers;
      if (seen_lower) t.mixed = true;
    } else {
      seen_lower = true;
    }
  }
  t.upper = letters >= 2 && uppers == letters;
  t.kind = letters == 0 ? ScanToken::Kind::number : ScanToken::Kind::word;
}

// Walks the text once, front to back, turning the analyzer's words and the bytes
// between them into ScanTokens.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) { out_.reserve(text.size() / 5 + 4); }

  // A word of the analysis at [start, end); `elided` for an elided word the analyzer
  // cut off the word that follows it.
  void word(std::size_t start, std::size_t end, bool elided, bool glued) {
    if (start < pos_ || end > text_.size() || end <= start) return;  // never overlaps
    if (join_hyphen(start, end) || join_name_prefix(start, end)) return;
    gap(start);
    // ICU keeps letters joined by "." or ":" in one word ("S.p.A"); read them apart.
    std::size_t piece = start;
    for (std::size_t i = start; i < end;) {
      std::size_t next = 0;
      UChar32 c = decode_at(text_, i, &next);
      if ((c == '.' || c == ':') && i > piece && next < end) {
        std::size_t after = 0;
        bool numeric = digit(last_char(text_.substr(piece, i - piece))) && digit(decode_at(text_, next, &after));
        if (!numeric) {
          emit(piece, i, ScanToken::Kind::word, false, glued && piece == start);
          emit(i, next, ScanToken::Kind::punct, false, false);
          piece = next;
        }
      }
      i = next;
    }
    emit(piece, end, ScanToken::Kind::word, elided, glued && piece == start);
  }

  std::vector<ScanToken> finish() {
    gap(text_.size());
    return std::move(out_);
  }

 private:
  // Spaces and line breaks set the flags of the next token; anything else is a punct.
  void gap(std::size_t to) {
    while (pos_ < to) {
      std::size_t next = 0;
      UChar32 c = decode_at(text_, pos_, &next);
      if (next > to) next = to;
      if (is_newline(c)) {
        newline_ = true;
      } else if (is_space(c)) {
        space_ = true;
      } else {
        emit(pos_, next, ScanToken::Kind::punct, false, false);
        continue;
      }
      pos_ = next;
      ++cp_;
    }
  }

  void emit(std::size_t begin, std::size_t end, ScanToken::Kind kind, bool elided, bool glued) {
    if (end <= begin) return;
    ScanToken t;
    t.begin = static_cast<std::uint32_t>(begin);
    t.end = static_cast<std::uint32_t>(end);
    t.cp_begin = static_cast<std::uint32_t>(cp_);
    t.cp_end = static_cast<std::uint32_t>(cp_ + code_points(text_.substr(begin, end - begin)));
    t.text = text_.substr(begin, end - begin);
    t.kind = kind;
    t.elided = elided;
    t.glued = glued;
    t.newline_before = newline_;
    t.space_before = space_ || newline_ || out_.empty();
    if (kind != ScanToken::Kind::punct) set_case_flags(t);
    t.key = fold_key(t.text);
    newline_ = space_ = false;
    pos_ = end;
    cp_ = t.cp_end;
    out_.push_back(std::move(t));
  }

  void extend_last(std::size_t end) {
    ScanToken& t = out_.back();
    cp_ = t.cp_end + code_points(text_.substr(t.end, end - t.end));
    t.cp_end = static_cast<std::uint32_t>(cp_);
    pos_ = end;
    t.end = static_cast<std::uint32_t>(end);
    t.text = text_.substr(t.begin, t.end - t.begin);
    t.elided = false;
    set_case_flags(t);
    t.key = fold_key(t.text);
  }

  // "Emilia-Romagna", "Jong-un": words the analyzer parted at a hyphen between letters
  // read as one name word.
  bool join_hyphen(std::size_t start, std::size_t end) {
    if (out_.empty() || pos_ != out_.back().end || !out_.back().is_word() || out_.back().elided) return false;
    if (!is_hyphen(text_.substr(pos_, start - pos_))) return false;
    if (!alpha(last_char(out_.back().text)) || !alpha(first_char(text_.substr(start, end - start)))) return false;
    extend_last(end);
    return true;
  }

  // "D'Alema", "D'Amato", "O'Brien": the one-letter surname prefixes D' and O' before a
  // capital are part of the name ("L'Italia" is an article and a name).
  bool join_name_prefix(std::size_t start, std::size_t end) {
    if (out_.empty() || pos_ != start || !out_.back().elided) return false;
    std::string_view prefix = out_.back().text;
    UChar32 letter = first_char(prefix);
    if (code_points(prefix) != 2 || (letter != 'D' && letter != 'O')) return false;
    if (!upper_case(first_char(text_.substr(start, end - start)))) return false;
    extend_last(end);
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t cp_ = 0;
  bool newline_ = false;
  bool space_ = false;
  std::vector<ScanToken> out_;
};

}  // namespace

namespace {

// The words of one part (analysis::Token or analysis::Word: both have start, end and
// the glue marks) and its elided words, in text order.
template <class Words>
void read_part(Reader& reader, std::string_view text, std::size_t offset, const Words& tokens,
               const std::vector<analysis::Span>& elided) {
  std::size_t e = 0;
  bool after_part = false;  // the last word read was a part of a glued word
  std::size_t part_end = 0;
  for (const auto& token : tokens) {
    if (token.glue_whole) {
      after_part = false;
      continue;
    }
    for (; e < elided.size() && elided[e].start < token.start; ++e) {
      const analysis::Span& span = elided[e];
      // "dell'" of "dell'Assemblea" ends in its apostrophe; "nell" of "nell' ottobre" not.
      UChar32 last = last_char(text.substr(offset + span.start, span.end - span.start));
      bool cut_off = last == '\'' || (last > 0 && analysis::is_apostrophe_variant(static_cast<char32_t>(last)));
      reader.word(offset + span.start, offset + span.end, cut_off, false);
    }
    bool glued = token.glue_part && after_part && token.start == part_end;
    reader.word(offset + token.start, offset + token.end, false, glued);
    after_part = token.glue_part;
    part_end = token.end;
  }
  for (; e < elided.size(); ++e) reader.word(offset + elided[e].start, offset + elided[e].end, false, false);
}

}  // namespace

std::vector<ScanToken> scan(std::string_view text, std::span<const AnalyzedPart> parts) {
  Reader reader(text);
  for (const AnalyzedPart& part : parts) {
    if (part.analysis) {
      read_part(reader, text, part.offset, part.analysis->tokens, part.analysis->elided);
    } else if (part.reading) {
      read_part(reader, text, part.offset, part.reading->words, part.reading->elided);
    }
  }
  return reader.finish();
}

std::vector<ScanToken> scan(std::string_view text) {
  thread_local analysis::Analyzer analyzer;
  analysis::Analysis analysis = analyzer.words(text);
  const AnalyzedPart part{0, &analysis};
  return scan(text, std::span(&part, 1));
}

namespace {

bool is_abbreviation(std::string_view key) {
  static constexpr std::array<std::string_view, 22> kAbbr = {
      "sig", "dott", "prof", "avv", "ing", "on", "st", "mons", "gen", "dr", "mr", "mrs", "ms",
      "sen", "col", "cap", "jr", "sr", "s", "ss", "n", "geom"};
  for (auto a : kAbbr) {
    if (key == a) return true;
  }
  return false;
}

bool opens_sentence(const ScanToken& t, const ScanToken* before) {
  if (t.kind != ScanToken::Kind::punct) return false;
  std::string_view p = t.text;
  if (p == "." ) {
    // "George W. Bush", "sig. Rossi": not a sentence end.
    if (before && before->is_word() && (before->text.size() == 1 || is_abbreviation(before->key))) return false;
    return true;
  }
  return p == "!" || p == "?" || p == ":" || p == ";" || p == "\xE2\x80\xA6" /* … */ || p == "\xC2\xAB" /* « */ ||
         p == "\xE2\x80\x9C" /* “ */ || p == "\"" || p == "\xE2\x80\x93" /* – */ || p == "\xE2\x80\x94";
}

}  // namespace

void mark_sentence_starts(std::vector<ScanToken>& tokens) {
  bool pending = true;
  const ScanToken* prev = nullptr;
  const ScanToken* prev2 = nullptr;
  for (auto& t : tokens) {
    if (t.newline_before || t.glued) pending = true;
    if (t.kind == ScanToken::Kind::punct) {
      if (opens_sentence(t, prev)) pending = true;
    } else {
      t.sent_start = pending;
      // "L'Italia" at a sentence start: the word after the elision starts it too.
      pending = t.elided && pending;
    }
    prev2 = prev;
    prev = &t;
  }
  (void)prev2;
  // Headline case: a line whose longer words are nearly all capitalised.
  std::size_t line_begin = 0;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    if (i == tokens.size() || (i > line_begin && tokens[i].newline_before)) {
      int words = 0, caps = 0;
      for (std::size_t k = line_begin; k < i; ++k) {
        if (tokens[k].is_word() && tokens[k].text.size() > 3) {
          ++words;
          caps += tokens[k].cap ? 1 : 0;
        }
      }
      if (words >= 4 && caps * 10 >= words * 8) {
        for (std::size_t k = line_begin; k < i; ++k) tokens[k].sent_start = tokens[k].is_word();
      }
      line_begin = i;
    }
  }
}

}  // namespace segugio::entities
