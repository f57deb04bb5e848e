#include "analysis/elision.h"

#include <array>

#include "analysis/fold.h"

namespace segugio::analysis {
namespace {

// Folded, without the apostrophe.
constexpr std::array<std::string_view, 62> kElided = {
    // Lucene ItalianAnalyzer DEFAULT_ARTICLES
    "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl",
    "un", "m", "t", "s", "v", "d",
    // Snowball's Italian stop list, elided forms
    "dov",
    // other elided forms of Italian
    "quest", "quell", "tutt", "nessun", "sant", "bell", "buon", "mezz", "cent", "vent", "trent", "quarant",
    "cinquant", "sessant", "settant", "ottant", "novant", "anch", "com", "ch", "cos", "senz", "tant", "quant",
    "grand", "alcun", "ciascun", "qualcun", "ognun", "nient", "sott", "sopr", "fin", "mill", "null", "quand",
    "pover", "nostr", "vostr", "n"};

bool followed_by_apostrophe(std::string_view text, const Token& token) {
  return token.end < text.size() && text[token.end] == '\'';
}

bool is_letter_byte(unsigned char b) { return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b >= 0x80; }

}  // namespace

bool is_elided_word(std::string_view folded) {
  for (std::string_view w : kElided) {
    if (w == folded) return true;
  }
  return false;
}

bool elide(Token& token, std::string_view text, std::vector<Span>* elided) {
  // "dell'Assemblea": the elided word inside the token.
  // Elisions in a row ("d'un'Europa") are each taken off.
  if (std::size_t apostrophe = token.surface.find('\''); apostrophe != std::string::npos && !token.glue_whole) {
    while (apostrophe != std::string::npos && apostrophe > 0 && apostrophe + 1 < token.surface.size() &&
           is_elided_word(fold(std::string_view(token.surface).substr(0, apostrophe)))) {
      if (elided) elided->push_back({token.start, token.start + apostrophe + 1});
      token.surface.erase(0, apostrophe + 1);
      token.start += apostrophe + 1;
      token.note = "elision";
      apostrophe = token.surface.find('\'');
    }
    return true;
  }
  if (followed_by_apostrophe(text, token)) {
    std::size_t after = token.end + 1;
    bool letter_follows = after < text.size() && is_letter_byte(static_cast<unsigned char>(text[after]));
    // "E' stato": the verb.
    if (!letter_follows && (token.surface == "E" || token.surface == "e")) {
      token.surface = token.surface == "E" ? "\u00C8" : "\u00E8";
      token.end += 1;  // the apostrophe is the accent
      token.note = "e-accent";
      return true;
    }
    // "nell' ottobre", "all'80%": an elided word standing apart.
    if (!token.glue_whole && is_elided_word(fold(token.surface))) {
      if (elided) elided->push_back({token.start, token.end});
      return false;
    }
  }
  return true;
}

std::vector<Token> elide(std::vector<Token> tokens, std::string_view text, std::vector<Span>* elided) {
  // In place: the tokens kept move down over the ones dropped.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!elide(tokens[k], text, elided)) continue;
    if (kept != k) tokens[kept] = std::move(tokens[k]);
    ++kept;
  }
  tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(kept), tokens.end());
  return tokens;
}

}  // namespace segugio::analysis
