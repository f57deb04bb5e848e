#include "analysis/repair.h"

#include <array>
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/fold.h"
#include "analysis/word_lists.h"

namespace segugio::analysis {
namespace {

struct Char {
  UChar32 c;
  std::size_t offset;  // byte offset in the token's surface
};

std::vector<Char> decode(std::string_view s) {
  std::vector<Char> chars;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    int32_t here = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    chars.push_back({c, static_cast<std::size_t>(here)});
  }
  return chars;
}

// A piece of a token: chars [begin, end) of the decoded surface.
struct Piece {
  std::size_t begin;
  std::size_t end;
};

constexpr std::array<std::string_view, 17> kNamePrefixes = {
    "Mc", "Mac", "Di", "De", "Da", "Del", "Dal", "Della", "La", "Le", "Lo", "Van", "Von", "Fitz", "O", "D", "Du"};

bool is_name_prefix(std::string_view s) {
  for (std::string_view p : kNamePrefixes) {
    if (s == p) return true;
  }
  return false;
}

bool is_one_letter_word(UChar32 c) {
  return c == 'I' || c == 'E' || c == 'A' || c == 'O' || c == 0x00C8 /* È */;
}

}  // namespace

// The words of the whole text, as written: listed the first time a glue needs them.
class TextWords {
 public:
  explicit TextWords(std::function<void(std::unordered_set<std::string_view>&)> list) : list_(std::move(list)) {}
  bool contains(std::string_view word) {
    if (words_.empty()) list_(words_);
    return words_.count(word) != 0;
  }

 private:
  std::function<void(std::unordered_set<std::string_view>&)> list_;
  std::unordered_set<std::string_view> words_;
};

namespace {

class Splitter {
 public:
  Splitter(std::string_view surface, const WordSet& vocabulary, TextWords& text_words)
      : surface_(surface), chars_(decode(surface)), vocabulary_(vocabulary), text_words_(text_words) {}

  // The pieces of the surface after both kinds of repair; one piece = no repair.
  std::vector<Piece> split() {
    std::vector<Piece> out;
    for (Piece sentence : split_sentences()) {
      for (Piece word : split_case(sentence)) out.push_back(word);
    }
    return out;
  }

  std::size_t byte(std::size_t char_index) const {
    return char_index < chars_.size() ? chars_[char_index].offset : surface_.size();
  }

 private:
  bool upper(std::size_t i) const { return u_isupper(chars_[i].c) || u_istitle(chars_[i].c); }
  bool lower(std::size_t i) const { return u_islower(chars_[i].c); }
  bool letter(std::size_t i) const { return u_isalpha(chars_[i].c); }

  std::string_view text(std::size_t begin, std::size_t end) const {
    return surface_.substr(byte(begin), byte(end) - byte(begin));
  }

  std::size_t letters(std::size_t begin, std::size_t end) const {
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i) n += letter(i) ? 1 : 0;
    return n;
  }

  bool is_word(std::size_t begin, std::size_t end) const { return vocabulary_.contains(fold(text(begin, end))); }

  // "parola.Parola", "ROMA.Il", "ore:Il": ICU keeps letters joined by "." or ":" in one
  // word; split where a sentence evidently starts after them.
  std::vector<Piece> split_sentences() const {
    std::vector<Piece> pieces;
    std::size_t start = 0;
    std::size_t word_start = 0;  // just after the previous separator
    for (std::size_t i = 1; i + 1 < chars_.size(); ++i) {
      UChar32 c = chars_[i].c;
      if (c != '.' && c != ':') continue;
      std::size_t left_begin = word_start;
      word_start = i + 1;
      if (!letter(i - 1) || !upper(i + 1)) continue;
      std::size_t next_sep = i + 1;
      while (next_sep < chars_.size() && chars_[next_sep].c != '.' && chars_[next_sep].c != ':') ++next_sep;
      bool left_ok = letters(left_begin, i) >= 2 && (c == ':' || lower(i - 1) || letters(left_begin, i) >= 3);
      std::size_t right_letters = letters(i + 1, next_sep);
      bool right_ok = right_letters >= 2 || (right_letters == 1 && is_one_letter_word(chars_[i + 1].c));
      if (!left_ok || !right_ok) continue;
      pieces.push_back({start, i});
      start = i + 1;
    }
    pieces.push_back({start, chars_.size()});
    return pieces;
  }

  // Decides whether a case change inside [begin, end) at `at` is a glue.
  bool glued(std::size_t begin, std::size_t at, std::size_t right_end) const {
    std::size_t left_letters = letters(begin, at);
    std::size_t right_letters = letters(at, right_end);
    if (left_letters == 0 || right_letters == 0) return false;
    if (begin == 0 && is_name_prefix(text(begin, at))) return false;
    if (left_letters == 1 && lower(begin)) return false;  // iPhone, eBay
    if (right_letters == 1) return is_one_letter_word(chars_[at].c);
    if (is_word(at, right_end)) return true;
    // Two names ("KamikawaBlinken"), not one ("AstraZeneca", "CityLife"): the text
    // writes the right part as a word of its own elsewhere.
    return left_letters >= 4 && right_letters >= 4 && text_words_.contains(text(at, right_end));
  }

  // Where the next case change after `from` would end the right part.
  std::size_t right_end(std::size_t at, std::size_t end) const {
    std::size_t i = at + 1;
    while (i < end && !(lower(i - 1) && upper(i)) && !(i + 1 < end && upper(i - 1) && upper(i) && lower(i + 1))) ++i;
    return i;
  }

  std::vector<Piece> split_case(Piece piece) const {
    std::vector<Piece> out;
    std::size_t start = piece.begin;
    for (std::size_t i = piece.begin + 1; i < piece.end; ++i) {
      bool camel = lower(i - 1) && upper(i);                                          // LavrovLa
      bool acronym = i + 1 < piece.end && upper(i - 1) && upper(i) && lower(i + 1);  // ONULa
      if (!camel && !acronym) continue;
      std::size_t stop = right_end(i, piece.end);
      bool split = camel ? glued(start, i, stop)
                         : letters(start, i) >= 2 && letters(i, stop) >= 2 && is_word(i, stop);
      if (!split) continue;
      out.push_back({start, i});
      start = i;
    }
    out.push_back({start, piece.end});
    return out;
  }

  std::string_view surface_;
  std::vector<Char> chars_;
  const WordSet& vocabulary_;
  TextWords& text_words_;
};

// The byte ranges, within the token's surface, of the parts of a glue; empty when the
// token is not one.
std::vector<Span> glue_parts(const std::string& surface, const WordSet& vocabulary, TextWords& text_words) {
  std::vector<Span> parts;
  bool candidate = false;  // cheap test first: any inner upper-case byte, "." or ":"?
  for (std::size_t i = 1; i < surface.size() && !candidate; ++i) {
    unsigned char b = static_cast<unsigned char>(surface[i]);
    candidate = b >= 0x80 || (b >= 'A' && b <= 'Z') || b == '.' || b == ':';
  }
  if (!candidate) return parts;
  Splitter splitter(surface, vocabulary, text_words);
  std::vector<Piece> pieces = splitter.split();
  if (pieces.size() == 1) return parts;
  for (Piece p : pieces) {
    std::size_t b = splitter.byte(p.begin);
    std::size_t e = splitter.byte(p.end);
    if (e > b) parts.push_back({b, e});
  }
  return parts;
}

// Appends a split token to out: its whole form, then its parts.
void append_glue(Token&& token, const std::vector<Span>& parts, std::vector<Token>& out) {
  Token whole = token;
  whole.glue_whole = true;
  whole.note = "glue";
  out.push_back(std::move(whole));
  for (Span p : parts) {
    Token part;
    part.surface = token.surface.substr(p.start, p.end - p.start);
    part.start = token.start + p.start;
    part.end = token.start + p.end;
    part.glue_part = true;
    part.note = "glue";
    out.push_back(std::move(part));
  }
}

}  // namespace

std::vector<Token> repair(std::vector<Token> tokens, const WordSet& vocabulary) {
  // First the decisions, over the tokens as they are (the text's words are read from
  // them); then the output, moving the tokens.
  struct Glue {
    std::size_t token;
    std::vector<Span> parts;  // byte ranges within the token's surface
  };
  std::vector<Glue> glues;
  TextWords text_words([&](std::unordered_set<std::string_view>& words) {
    for (const Token& t : tokens) words.insert(t.surface);
  });
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::vector<Span> parts = glue_parts(tokens[k].surface, vocabulary, text_words);
    if (!parts.empty()) glues.push_back({k, std::move(parts)});
  }
  if (glues.empty()) return tokens;

  std::vector<Token> out;
  out.reserve(tokens.size() + 2 * glues.size());
  auto next = glues.begin();
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (next == glues.end() || next->token != k) {
      out.push_back(std::move(tokens[k]));
      continue;
    }
    append_glue(std::move(tokens[k]), next->parts, out);
    ++next;
  }
  return out;
}

Repairer::Repairer(const WordSet& vocabulary, std::function<void(std::unordered_set<std::string_view>&)> words)
    : vocabulary_(vocabulary), text_words_(std::make_unique<TextWords>(std::move(words))) {}

Repairer::~Repairer() = default;

void Repairer::repair(Token token, std::vector<Token>& out) {
  std::vector<Span> parts = glue_parts(token.surface, vocabulary_, *text_words_);
  if (parts.empty()) {
    out.push_back(std::move(token));
  } else {
    append_glue(std::move(token), parts, out);
  }
}

}  // namespace segugio::analysis
