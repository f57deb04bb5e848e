// Persons named by their initials: local crime news names suspects and victims that way
// ("M. R. e C. G. non pensavano di essere sorpresi", "il 60enne R. M."), and signs its
// articles with the writer's initials ("— S. A.", "(c. g.)"). Two or three single
// letters of the same case, each followed by a period (the last may be missing: "C. B"),
// and no name word after them (then they are a name's initials, "J. R. Tolkien", which
// persons.cpp reads). Lower-case initials only as a signature: inside parentheses or
// after a dash, at the end of a sentence.
//
// A named-entity span (PER) but no person facet value: initials identify nobody beyond
// the article.
#include <string>
#include <unordered_set>

#include "entities/extract_state.h"

namespace segugio::entities::detail {
namespace {

bool letter(const ScanToken& t) {
  if (!t.is_word() || t.text.size() != 1) return false;
  char c = t.text[0];
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool upper_letter(const ScanToken& t) { return t.text[0] >= 'A' && t.text[0] <= 'Z'; }

}  // namespace

void match_initials(State& state) {
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (!letter(toks[i]) || !state.is_free(i) || !toks[i + 1].is_punct(".")) continue;
    const bool upper = upper_letter(toks[i]);
    // The letters: L . L . [L .]
    std::size_t j = i, letters = 0, last = i;
    // Spaced ("M. R."), not dotted acronyms ("W.W.F.", "D.C."), which are organisations.
    bool missing_period = false;
    while (j < n && letters < 3 && letter(toks[j]) && upper_letter(toks[j]) == upper && state.is_free(j) &&
           (j == i || toks[j].space_before)) {
      ++letters;
      last = j + 1;
      if (j + 1 < n && toks[j + 1].is_punct(".")) {
        last = j + 2;
        j += 2;
      } else {
        missing_period = true;
        break;
      }
    }
    if (letters < 2) continue;
    // "C. B che": a missing last period only before a lower-case word.
    if (missing_period && !(last < n && toks[last].is_word() && !toks[last].cap)) continue;
    // "-70 °C. I venti": after a number or a unit sign the letters are no initials.
    if (i > 0 && !toks[i].space_before && !toks[i - 1].is_punct("(") && !toks[i - 1].is_punct("«") &&
        !toks[i - 1].is_punct("“")) {
      continue;
    }
    // "emessa dal G. I. P.": after an article the letters spell an office, not a person
    // (Italian puts no article before a person's name).
    static const std::unordered_set<std::string> articles = {"il", "lo", "la", "i", "gli", "le", "l'", "del", "dello",
                                                             "della", "dal", "dallo", "dalla", "al", "allo", "alla",
                                                             "nel", "nella", "sul", "sulla", "un", "una"};
    if (i > 0 && toks[i - 1].is_word() && articles.count(toks[i - 1].key)) continue;
    // A name word after them: the initials of a name ("J. R. Tolkien").
    if (last < n && toks[last].is_word() && toks[last].cap && !toks[last].sent_start && letters == 2 &&
        !toks[last].newline_before && !upper) {
      continue;
    }
    if (upper && last < n && toks[last].is_word() && toks[last].cap && !toks[last].upper && toks[last].text.size() > 1 &&
        !state.gaz.common_word(toks[last].key) && !state.gaz.stopword(toks[last].key)) {
      continue;
    }
    // A letter before them ("S. p. A.", "U. S. A." seen from the second letter).
    if (i >= 2 && toks[i - 1].is_punct(".") && letter(toks[i - 2])) continue;
    if (!upper) {
      bool open = i > 0 && (toks[i - 1].is_punct("(") || toks[i - 1].is_punct("—") || toks[i - 1].is_punct("–"));
      if (!open) continue;
    }
    Found f;
    f.first = i;
    // The span holds the last period only when it is the initial's ("M. R."), which it
    // always is here.
    f.last = last;
    f.type = NerType::PER;
    f.facet = Facet::person;
    f.name = state.words(i, last);
    f.evidence = Evidence::capitalised;
    state.add(std::move(f));
    i = last - 1;
  }
}

}  // namespace segugio::entities::detail
