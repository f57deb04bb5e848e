#pragma once
// Stage 3: repair of scraped text.
//
// HTML stripping glues the last word of one block to the first of the next:
// "LavrovLa", "TimesCitato", "UnI due", "KamikawaBlinken"; and sentences lose the space
// after the full stop: "parola.Parola". Real names are mixed-case too ("McDonald",
// "iPhone", "YouTube", "DiCaprio", "PayPal"), so a lower-to-upper change of case is split
// only when the evidence says glue:
//   - the right part is an Italian word or stop word ("La", "Citato", "Pochi"), or a
//     one-letter Italian word ("I", "E", "È", "A", "O");
//   - or both parts have at least four letters and the text writes the right part as a
//     word of its own too ("KamikawaBlinken ... Blinken"; not "AstraZeneca", "CityLife").
// and never when the left part is a name prefix (Mc, Mac, Di, De, Da, Del, La, Le, Van,
// Von, O...) or a single lower-case letter ("iPhone", "eBay").
// A split token is replaced by its whole form (glue_whole, so "LavrovLa" stays
// findable) followed by its parts (glue_part).
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/token.h"

namespace segugio::analysis {

class WordSet;
class TextWords;

// The rules above, with `vocabulary` (folded words) deciding what is an Italian word.
// `tokens` are all the words of one text. This is the only decision on glue: the index
// and the entity extractor both read its result.
std::vector<Token> repair(std::vector<Token> tokens, const WordSet& vocabulary);

// The same decisions one token at a time, in text order, for a long text whose tokens are
// not all kept: `words` inserts every word of the text as written (views that outlive
// the Repairer), and runs only if a glue needs them.
class Repairer {
 public:
  Repairer(const WordSet& vocabulary, std::function<void(std::unordered_set<std::string_view>&)> words);
  ~Repairer();
  Repairer(const Repairer&) = delete;
  Repairer& operator=(const Repairer&) = delete;

  // Appends the token to out, or its whole form and its parts when it is a glue.
  void repair(Token token, std::vector<Token>& out);

 private:
  const WordSet& vocabulary_;
  std::unique_ptr<TextWords> text_words_;
};

}  // namespace segugio::analysis
