// Words for police, courts and institutions that name no acting body (both KIND and the
// DICE gold leave them untagged):
//  * collective and role phrases: "le forze dell'ordine", "l'autorità giudiziaria", "il
//    pubblico ministero" (a magistrate), "i precedenti di polizia" (a record);
//  * members counted or qualified: "i sette carabinieri", "due poliziotti", "finti
//    carabinieri", "alcuni agenti della polizia" is still the body, the count is of the
//    members: only a count or "finti/falsi" right before the generic word removes it.
#include <string>
#include <unordered_set>

#include "entities/extract_state.h"

namespace segugio::entities::detail {
namespace {

bool counted(const ScanToken& t) {
  static const std::unordered_set<std::string> k = {
      "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "alcuni", "diversi", "numerosi",
      "molti", "tanti", "pochi", "finti", "falsi", "sedicenti", "presunti", "decine", "centinaia"};
  return t.kind == ScanToken::Kind::number || (t.is_word() && k.count(t.key) != 0);
}

}  // namespace

void drop_non_bodies(State& state) {
  const auto& toks = state.tokens;
  for (std::size_t k = 0; k < state.found.size(); ++k) {
    Found& f = state.found[k];
    if (f.removed || f.type != NerType::ORG) continue;
    const std::string& head = toks[f.first].key;
    const std::string tail = f.last - f.first >= 2 ? toks[f.last - 1].key : std::string();
    bool drop = false;
    // "forze dell'ordine", "Forze dell'Ordine", "autorità giudiziaria".
    if ((head == "forze" && tail == "ordine") || (head == "autorita" && tail == "giudiziaria" && f.last - f.first == 2)) {
      drop = true;
    }
    // "il pubblico ministero": a magistrate.
    if (head == "ministero" && f.last == f.first + 1 && f.first > 0 && toks[f.first - 1].key == "pubblico") drop = true;
    // "precedenti di polizia", "precedenti penali e di polizia".
    if (head == "polizia" && f.last == f.first + 1 && f.first >= 2 && toks[f.first - 1].key == "di" &&
        (toks[f.first - 2].key == "precedenti" || toks[f.first - 2].key == "penali")) {
      drop = true;
    }
    // "i sette carabinieri", "finti carabinieri".
    if (f.evidence == Evidence::generic || f.evidence == Evidence::name) {
      if (f.last == f.first + 1 && f.first > 0 && counted(toks[f.first - 1]) && !toks[f.first].cap) drop = true;
    }
    if (!drop) continue;
    f.removed = true;
    for (std::size_t t = f.first; t < f.last; ++t) {
      if (state.owner[t] == static_cast<int>(k)) state.owner[t] = -1;
    }
  }
}

}  // namespace segugio::entities::detail
