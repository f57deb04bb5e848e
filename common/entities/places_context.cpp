// Places whose reading depends on the article:
//  1. A name that is both a foreign place and an Italian comune ("Castelnuovo": Herceg Novi
//     in Montenegro and several comuni; "San Paolo": São Paulo and a comune) is the
//     comune when the article names some other Italian place and gives no evidence of the
//     foreign country (the country, one of its places or its demonym named elsewhere).
//     With no evidence either way the lexicon's reading stays.
//  2. The short names of comuni named in two parts ("Finale" for Finale Emilia, "Novi"
//     for Novi di Modena, "Savignano" for Savignano sul Panaro), after a preposition of
//     place ("a Finale", "i carabinieri di Novi"), in an article that names some other
//     Italian place, are that comune.
#include <set>
#include <string>
#include <unordered_set>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

bool names_italian_place(const State& s) {
  for (const auto& f : s.found) {
    if (!f.removed && f.country == "IT" && (f.facet == Facet::place || f.facet == Facet::country)) return true;
  }
  return false;
}

bool place_preposition(const ScanToken& t) {
  static const std::unordered_set<std::string> k = {"a", "ad", "in", "di", "da", "presso", "verso", "tra", "fra",
                                                    "per", "fino", "e"};
  return t.is_word() && !t.cap && k.count(t.key) != 0;
}

}  // namespace

void match_comune_short_names(State& state) {
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  bool italian = false, checked = false;
  for (std::size_t i = 1; i < n; ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || !t.cap || t.upper || !state.is_free(i) || !place_preposition(toks[i - 1])) continue;
    // "Vittorio Emanuele di Savoia": after a name, "di" opens a surname or a title.
    if (toks[i - 1].key == "di" && i >= 2 && toks[i - 2].is_word() && toks[i - 2].cap) continue;
    // One word, or a saint's title and a name ("San Felice").
    std::size_t last = i + 1;
    const std::string* id = nullptr;
    if (i + 1 < n && toks[i + 1].is_word() && toks[i + 1].cap && state.is_free(i + 1)) {
      id = state.gaz.comune_short(t.key + " " + toks[i + 1].key);
      if (id) last = i + 2;
    }
    if (!id) id = state.gaz.comune_short(t.key);
    if (!id) continue;
    // A capitalised word after it: a longer name that something else decides on.
    if (last < n && toks[last].is_word() && toks[last].cap && !toks[last].newline_before) continue;
    if (!checked) {
      italian = names_italian_place(state);
      checked = true;
    }
    if (!italian) return;
    Found f;
    f.first = i;
    f.last = last;
    f.type = NerType::LOC;
    f.facet = Facet::place;
    f.name = state.words(i, last);
    f.id = *id;
    f.country = "IT";
    f.evidence = Evidence::name;
    state.add(std::move(f));
    i = last - 1;
  }
}

void resolve_place_readings(State& state) {
  const auto& toks = state.tokens;
  std::vector<std::size_t> doubtful;
  std::set<std::string> evidenced;  // countries named by mentions that are not in doubt
  for (std::size_t k = 0; k < state.found.size(); ++k) {
    const Found& f = state.found[k];
    if (f.removed || f.country.empty()) continue;
    if (f.facet == Facet::place && f.country != "IT" && f.evidence != Evidence::coreference) {
      const LexEntry* e = state.gaz.phrase(phrase_key(toks, f.first, f.last));
      if (e && !e->italian_id.empty() && e->country == f.country) {
        doubtful.push_back(k);
        continue;
      }
    }
    evidenced.insert(f.country);  // demonyms too: "Barcellona ... i tifosi spagnoli"
  }
  for (std::size_t k : doubtful) {
    Found& f = state.found[k];
    if (evidenced.count(f.country) || !evidenced.count("IT")) continue;
    const LexEntry* e = state.gaz.phrase(phrase_key(toks, f.first, f.last));
    f.id = e->italian_id;
    f.country = "IT";
  }
  // Propagated copies follow their source's reading.
  for (auto& f : state.found) {
    if (f.removed || f.facet != Facet::place || f.evidence != Evidence::coreference || f.country == "IT") continue;
    const LexEntry* e = state.gaz.phrase(phrase_key(toks, f.first, f.last));
    if (e && !e->italian_id.empty() && !evidenced.count(f.country) && evidenced.count("IT")) {
      f.id = e->italian_id;
      f.country = "IT";
    }
  }
}

}  // namespace segugio::entities::detail
