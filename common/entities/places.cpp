// Places beyond the lexicon, opened by a cue word: streets and squares (via Padova,
// piazza del Campo), natural features (Lago d'Iseo, Monte Bianco, Valle Camonica),
// buildings (Policlinico Gemelli), saints' names of places (San Pietro), provinces.
#include <string_view>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

enum class CueKind { none, feature, site, saint };

CueKind cue_kind(const std::string& key) {
  // Natural features and areas: a place facet value.
  static constexpr std::string_view kFeatures[] = {
      "lago", "laghi", "monte", "monti", "valle", "val", "isola", "isole", "fiume", "golfo", "mar", "capo",
      "stretto", "canale", "penisola", "arcipelago", "provincia", "borgo", "riviera", "costa", "pianura",
      "altopiano", "passo", "vulcano", "deserto", "foresta", "bosco", "oceano", "baia", "delta", "citta"};
  // Streets, squares and buildings: a location mention, not a facet value.
  static constexpr std::string_view kSites[] = {
      "via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo", "lungomare", "lungotevere", "ponte",
      "porta", "palazzo", "castello", "stazione", "aeroporto", "policlinico", "ospedale", "cappella",
      "basilica", "duomo", "cattedrale", "santuario", "stadio", "parco", "villa", "quartiere", "statale",
      "autostrada", "strada", "rione", "contrada", "frazione", "localita", "torre", "grattacielo"};
  static constexpr std::string_view kSaints[] = {"san", "santa", "sant'", "santo", "santi", "ss"};
  for (auto w : kFeatures) {
    if (key == w) return CueKind::feature;
  }
  for (auto w : kSites) {
    if (key == w) return CueKind::site;
  }
  for (auto w : kSaints) {
    if (key == w) return CueKind::saint;
  }
  return CueKind::none;
}

bool descriptive_cue(const std::string& key) {
  static constexpr std::string_view k[] = {"citta", "ospedale", "aeroporto", "stazione", "localita", "stadio",
                                           "isola", "policlinico"};
  for (auto w : k) {
    if (key == w) return true;
  }
  return false;
}

bool connector(const ScanToken& t) {
  static constexpr std::string_view k[] = {"di", "del", "della", "dei", "degli", "delle", "d'", "dell'", "dello"};
  for (auto w : k) {
    if (t.key == w) return true;
  }
  return false;
}

bool name_part(const State& s, std::size_t j) {
  const ScanToken& u = s.tokens[j];
  if (!u.is_word() || !u.cap || u.glued || u.newline_before) return false;
  const Found* f = s.owned_by(j);
  return !f || f->facet == Facet::place || f->facet == Facet::country;
}

}  // namespace

void match_place_cues(State& state) {
  auto& toks = state.tokens;
  const std::size_t n = toks.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || !state.is_free(i)) continue;
    CueKind kind = cue_kind(t.key);
    if (kind == CueKind::none) continue;
    if (kind == CueKind::saint && !t.cap) continue;
    if (!t.cap && (t.key == "capo" || t.key == "canale")) continue;  // "il capo della polizia", "il canale Sky"
    std::size_t j = i + 1, last = i + 1;
    while (j < n) {
      if (name_part(state, j)) {
        last = ++j;
      } else if (connector(toks[j]) && j + 1 < n && name_part(state, j + 1) && !toks[j].newline_before) {
        ++j;
      } else if (toks[j].elided && t.elided == false && j == i + 1 && j + 1 < n && name_part(state, j + 1)) {
        ++j;  // "Lago d'Iseo" is covered by connector(); this keeps "Sant'" forms
      } else {
        break;
      }
    }
    if (last == i + 1) continue;
    // "Santo Padre", "Santa Messa", "Capo di Stato", "Paesi in via di Sviluppo": a common
    // word after a saint's title, a cape or "via di" names no place.
    {
      std::size_t head = i + 1;
      if (connector(toks[head]) && head + 1 < last) ++head;
      bool weak_cue = kind == CueKind::saint || t.key == "capo" || (t.key == "via" && head > i + 1);
      if (weak_cue && state.is_free(head) && state.gaz.common_word(toks[head].key)) {
        // Held as a non-entity span, so that no later pass reads it as a name.
        Found none;
        none.first = i;
        none.last = last;
        none.ner = false;
        none.name = state.words(i, last);
        state.add(std::move(none));
        i = last - 1;
        continue;
      }
    }
    // Lower-case, these cue words describe the place rather than name it: KIND tags
    // "città di New York", "aeroporto di Napoli", "località Bornato" on the name alone.
    std::size_t name_first = i;
    if (!t.cap && descriptive_cue(t.key)) {
      name_first = i + 1;
      if (connector(toks[name_first])) ++name_first;
      if (name_first >= last) continue;
    }
    // "San" + a given name + surname is a person's name, not a place (San Giovanni Bosco
    // is rare; Santa Maria Novella is a place): leave saints followed by two free words.
    Found f;
    f.first = name_first;
    f.last = last;
    f.type = NerType::LOC;
    f.facet = Facet::place;
    f.name = state.words(name_first, last);
    f.evidence = Evidence::name;
    for (std::size_t k = i + 1; k < last; ++k) {
      if (const Found* in = state.owned_by(k); in && !in->country.empty()) f.country = in->country;
    }
    if (kind != CueKind::site) {
      f.id = fold_key(f.name) + (f.country.empty() ? "" : "@" + f.country);
    }
    state.add(std::move(f));
    i = last - 1;
  }
}

}  // namespace segugio::entities::detail
