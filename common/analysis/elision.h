#pragma once
// Stage 4: Italian elision, on text whose apostrophes are already unified to "'".
//   - "l'Ucraina", "dell'Assemblea", "un'altra", "quest'anno", "sull'accordo", "D'Alema":
//     the elided word is removed and the token narrowed to what follows ("Ucraina").
//     The list joins Lucene's ItalianAnalyzer articles, Snowball's elided stop words
//     and the other elided forms of Italian (quest' quell' tutt' nessun' sant' bell'
//     buon' mezz' cent' vent' trent'... anch' com' dov' ch' c' v' m' t' s' n').
//   - The same words written apart ("nell' ottobre", "all'80%", where ICU splits the
//     token before a digit) are dropped.
//   - "E'" or "e'" not followed by a letter is the verb "è" ("E' stato").
//   - "po'" is a word: the tokenizer leaves the apostrophe out and nothing changes.
// Apostrophes that follow no known elided word stay inside the token ("O'Neill").
#include <string_view>
#include <vector>

#include "analysis/token.h"

namespace segugio::analysis {

// True for a (case-folded) word that Italian writes elided before a vowel.
bool is_elided_word(std::string_view folded);

// `text` is the normalised text the tokens' offsets point into. When `elided` is not
// null, the spans of the elided words taken out are appended to it, in order: "dell'"
// with its apostrophe when cut off a token, "nell" alone when standing apart.
std::vector<Token> elide(std::vector<Token> tokens, std::string_view text, std::vector<Span>* elided = nullptr);

// The same for one token, in text order: false when the token is an elided word standing
// apart and is dropped, true when it stays (narrowed or changed as above).
bool elide(Token& token, std::string_view text, std::vector<Span>* elided = nullptr);

}  // namespace segugio::analysis
