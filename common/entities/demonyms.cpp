// A country adjective that modifies a role, a government or an institution names the
// country that role or institution belongs to: "il presidente russo", "le autorità
// cinesi", "il governo francese", "l'ambasciatore americano", "l'esercito siriano". Such
// an article is about that country as an actor, so the adjective tags the country even
// when the article names it nowhere else.
//
// An adjective that describes an ordinary person or thing ("un cittadino marocchino",
// "un ristorante cinese", "la cucina francese", "un turista tedesco") says where
// someone or something comes from, not that the article is about the country: it adds
// the country only as supporting evidence of a country named elsewhere (assemble.cpp
// drops countries whose only evidence is such a demonym).
//
// The rule: the word right before the adjective (or before "e"/"," in "il governo russo e
// cinese") is a noun of state power or a title of state office (the two lists below);
// the adjective's country then counts with evidence "role".
#include <string>
#include <unordered_set>

#include "entities/extract_state.h"

namespace segugio::entities::detail {
namespace {

// Nouns of state power and representation (singular and plural).
bool institution_noun(const std::string& key) {
  static const std::unordered_set<std::string> k = {
      "governo", "governi", "esecutivo", "autorita", "esercito", "eserciti", "forze", "truppe", "militari",
      "marina", "aviazione", "parlamento", "parlamentari", "ambasciata", "ambasciate", "consolato", "diplomazia",
      "diplomatici", "diplomatico", "delegazione", "regime", "ministero", "ministeri", "polizia", "servizi",
      "intelligence", "magistratura", "giustizia", "corte", "tribunale", "procura", "stato", "istituzioni",
      "leader", "leadership", "vertici", "dirigenza", "opposizione", "camera", "senato", "monarchia", "guardia",
      "portavoce", "capo", "capi", "omologo", "omologa", "controparte"};
  return k.count(key) != 0;
}

// Titles of state office (not professions: "lo scrittore russo", "il cantante italiano",
// "l'attaccante argentino" describe persons, like "un cittadino marocchino").
bool office_title(const std::string& key) {
  static const std::unordered_set<std::string> k = {
      "presidente", "vicepresidente", "premier", "ministro", "ministra", "viceministro", "cancelliere",
      "cancelliera", "re", "regina", "principe", "monarca", "sovrano", "ambasciatore", "ambasciatrice", "console",
      "sottosegretario", "generale", "ammiraglio", "governatore", "dittatore", "emiro", "sultano",
      "primo ministro", "presidenti", "ministri", "ambasciatori", "generali"};
  return k.count(key) != 0;
}

bool head_before(const State& s, std::size_t i) {
  // Skip a coordinated adjective: "il governo russo e [cinese]".
  std::size_t k = i;
  for (int steps = 0; steps < 2 && k >= 2; ++steps) {
    const ScanToken& p = s.tokens[k - 1];
    bool coord = p.is_punct(",") || (p.is_word() && (p.key == "e" || p.key == "ed"));
    const Found* d = s.owned_by(k - 2);
    if (coord && d && d->evidence == Evidence::demonym) {
      k -= 2;
      continue;
    }
    // "[il governo russo] e cinese": the first adjective was taken into the institution.
    if (coord && d && d->type == NerType::ORG && !d->country.empty() && d->last == k - 1) {
      return institution_noun(s.tokens[d->first].key);
    }
    break;
  }
  if (k == 0 || !s.tokens[k - 1].is_word()) return false;
  const std::string& h = s.tokens[k - 1].key;
  if (institution_noun(h) || office_title(h)) return true;
  return k >= 2 && s.tokens[k - 2].is_word() && office_title(s.tokens[k - 2].key + " " + h);  // "primo ministro"
}

}  // namespace

void mark_institutional_demonyms(State& state) {
  for (auto& f : state.found) {
    if (f.removed) continue;
    // A bare adjective: "il presidente [russo]".
    if (f.evidence == Evidence::demonym && f.last == f.first + 1 && head_before(state, f.first)) {
      f.evidence = Evidence::role;
      continue;
    }
    // An institution that took its adjective in: "[il governo cinese]", "[Governo russo]".
    if (!f.country.empty() && f.country_evidence == Evidence::demonym && f.type == NerType::ORG && f.last > f.first + 1 &&
        institution_noun(state.tokens[f.first].key)) {
      f.country_evidence = Evidence::role;
    }
  }
}

}  // namespace segugio::entities::detail
