#pragma once
// A compact, reviewable rendering of an analysis, one string per text (after Xapian's
// api_termgen.cc): each token as
//   term[/stem][|stem_alt][*][+]@position
// where * marks a stop word and + the whole form of a repaired glue.
#include <string>
#include <vector>

#include "analysis/token.h"

namespace segugio::test {

inline std::string render(const std::vector<analysis::Token>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.term;
    if (!t.stem.empty() && t.stem != t.term) out += "/" + t.stem;
    if (!t.stem_alt.empty()) out += "|" + t.stem_alt;
    if (t.stopword) out += '*';
    if (t.glue_whole) out += '+';
    out += '@' + std::to_string(t.position);
  }
  return out;
}

// Just the surfaces, space-separated: what a stage kept and split.
inline std::string surfaces(const std::vector<analysis::Token>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.surface;
  }
  return out;
}

}  // namespace segugio::test
