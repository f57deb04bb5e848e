#pragma once
// Stage 5: ICU full case folding, then accents removed, so that "Città", "città" and
// "citta" are one term. The surface form is kept on the token for display.
#include <string>
#include <string_view>

namespace segugio::analysis {

// Case folding only (ICU full folding: "Straße" -> "strasse").
std::string fold_case(std::string_view word);

// Combining marks removed after canonical decomposition ("perché" -> "perche").
// Letters without a decomposition (ø, ł, đ) are left as they are.
std::string remove_accents(std::string_view word);

// fold_case then remove_accents: the unstemmed term of a word.
std::string fold(std::string_view word);

}  // namespace segugio::analysis
