#include "entities/scanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "entities/fold.h"

namespace segugio::entities {
namespace {

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x00B4 || c == '`'; }

bool is_word_char(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c) || u_charType(c) == U_NON_SPACING_MARK;
}

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  std::size_t cp = 0;

  // Decodes the code point at byte offset i (returns -1 for invalid bytes) and its length.
  UChar32 peek(std::size_t i, std::size_t* len) const {
    if (i >= text.size()) {
      *len = 0;
      return -2;
    }
    int32_t off = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), off, static_cast<int32_t>(text.size()), c);
    *len = static_cast<std::size_t>(off) - i;
    return c;
  }
};

void set_case_flags(ScanToken& t) {
  int letters = 0, uppers = 0;
  bool seen_lower = false, first = true;
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(t.text.data());
  int32_t n = static_cast<int32_t>(t.text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    bool up = u_isupper(c) || u_istitle(c);
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
  bool digits_only = letters == 0;
  if (digits_only && t.kind == ScanToken::Kind::word) t.kind = ScanToken::Kind::number;
}

}  // namespace

std::vector<ScanToken> scan(std::string_view text) {
  std::vector<ScanToken> out;
  out.reserve(text.size() / 5 + 4);
  Cursor cur{text};
  bool newline = false, space = false;
  while (cur.pos < text.size()) {
    std::size_t len = 0;
    UChar32 c = cur.peek(cur.pos, &len);
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      newline = true;
      cur.pos += len;
      ++cur.cp;
      continue;
    }
    if (c >= 0 && (u_isUWhiteSpace(c) || c == 0xA0)) {
      space = true;
      cur.pos += len;
      ++cur.cp;
      continue;
    }
    ScanToken t;
    t.begin = cur.pos;
    t.cp_begin = cur.cp;
    t.newline_before = newline;
    t.space_before = space || newline || out.empty();
    newline = space = false;
    if (!is_word_char(c)) {
      cur.pos += len;
      ++cur.cp;
      t.kind = ScanToken::Kind::punct;
    } else {
      t.kind = ScanToken::Kind::word;
      std::size_t word_cps = 0;
      UChar32 first = c, last = c;
      while (true) {
        std::size_t l = 0;
        UChar32 d = cur.peek(cur.pos, &l);
        if (is_word_char(d)) {
          cur.pos += l;
          ++cur.cp;
          ++word_cps;
          last = d;
          continue;
        }
        std::size_t l2 = 0;
        UChar32 next = cur.peek(cur.pos + l, &l2);
        if (is_apostrophe(d) && u_isalpha(last) && next >= 0 && u_isalpha(next)) {
          bool keep_whole = word_cps == 1 && (first == 'O' || first == 'D') && u_isupper(next);
          cur.pos += l;
          ++cur.cp;
          if (keep_whole) {
            ++word_cps;
            last = d;
            continue;
          }
          t.elided = true;
          break;
        }
        if ((d == '-' || d == 0x2010) && u_isalpha(last) && next >= 0 && u_isalpha(next)) {
          cur.pos += l;
          ++cur.cp;
          ++word_cps;
          last = d;
          continue;
        }
        if ((d == '.' || d == ',') && u_isdigit(last) && next >= 0 && u_isdigit(next)) {
          cur.pos += l;
          ++cur.cp;
          ++word_cps;
          last = d;
          continue;
        }
        break;
      }
    }
    t.end = cur.pos;
    t.cp_end = cur.cp;
    t.text = text.substr(t.begin, t.end - t.begin);
    if (t.kind != ScanToken::Kind::punct) set_case_flags(t);
    t.key = fold_key(t.text);
    out.push_back(std::move(t));
  }
  return out;
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
