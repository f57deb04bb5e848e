// Places beyond the lexicon, opened by a cue word: streets and squares (via Padova,
// piazza del Campo), natural features (Lago d'Iseo, Monte Bianco, Valle Camonica),
// buildings (Policlinico Gemelli), saints' names of places (San Pietro), provinces.
#include <string>
#include <string_view>
#include <unordered_set>

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
      "cavalcavia", "piazzetta", "stradello", "circonvallazione", "tangenziale",
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

// Streets and squares: written lower-case before their name, which is often a person's
// ("piazza Garibaldi", "largo Aldo Moro") or a date ("via 25 Aprile", "via XX Settembre").
bool street_cue(const ScanToken& t) {
  static constexpr std::string_view k[] = {"via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo",
                                           "lungomare", "cavalcavia", "piazzetta", "stradello"};
  if (!t.is_word() || t.cap) return false;
  for (auto w : k) {
    if (t.key == w) return true;
  }
  return false;
}

bool month_name(const std::string& key) {
  static constexpr std::string_view k[] = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                           "agosto", "settembre", "ottobre", "novembre", "dicembre"};
  for (auto w : k) {
    if (key == w) return true;
  }
  return false;
}

// After a street cue, a person the lexicons know is the street's name.
bool street_name_part(const State& s, std::size_t j) {
  const ScanToken& u = s.tokens[j];
  if (!u.is_word() || !u.cap || u.glued || u.newline_before) return false;
  const Found* f = s.owned_by(j);
  return !f || f->facet == Facet::place || f->facet == Facet::country || f->facet == Facet::person;
}

// A place of one word, known by no lexicon, found from its context.
Found one_word_place(std::size_t i, std::string_view text) {
  Found f;
  f.first = i;
  f.last = i + 1;
  f.type = NerType::LOC;
  f.facet = Facet::place;
  f.name = std::string(text);
  f.evidence = Evidence::name;
  return f;
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
    const bool street = street_cue(t);
    // "via 25 Aprile", "piazza XX Settembre": a day (Arabic or Roman) and a month.
    if (street && j + 1 < n && (toks[j].kind == ScanToken::Kind::number || toks[j].upper) && toks[j + 1].cap &&
        month_name(toks[j + 1].key) && state.is_free(j) && state.is_free(j + 1)) {
      j += 2;
      last = j;
    }
    while (j < n) {
      if (name_part(state, j) || (street && street_name_part(state, j))) {
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

namespace segugio::entities::detail {

// "a Sulaymaniyah", "nel Cheshire", "presso Kassarò": a lone capitalised word that no
// lexicon knows, not an Italian word nor a known name, right after a preposition of
// place, names a place. A location mention, not a facet value: nothing says which
// country it is in.
void match_unknown_places(State& state) {
  static const std::unordered_set<std::string> prepositions = {"a", "ad", "in", "nel", "nell'", "presso"};
  // "di" only after a word that says a place follows ("sindaco di", "abitanti di").
  static const std::unordered_set<std::string> place_nouns = {
      "sindaco", "abitanti", "cittadina", "cittadine", "citta", "villaggio", "paese", "periferia", "pressi",
      "dintorni", "zona", "originario", "originaria", "originari",
      "nativo", "nativa", "porto", "aeroporto", "diocesi", "vescovo", "arcivescovo", "sobborgo", "quartiere",
      "area", "centro", "capitale", "popolazione", "governatore", "prefetto"};
  // (KIND takes "regione di", "distretto di", "contea di" into the place's span.)
  const Gazetteer& gaz = state.gaz;
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  for (std::size_t i = 1; i < n; ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || !t.cap || t.upper || t.sent_start || t.glued || !state.is_free(i)) continue;
    const ScanToken& p = toks[i - 1];
    if (!p.is_word() || p.cap) continue;
    if (!prepositions.count(p.key) && !(p.key == "di" && i >= 2 && place_nouns.count(toks[i - 2].key))) continue;
    if (gaz.italian_word(t.key) || gaz.given_name(t.key) || gaz.surname(t.key) || gaz.stopword(t.key)) continue;
    // A capitalised word after it: a longer name that something else decides on.
    if (i + 1 < n && toks[i + 1].is_word() && (toks[i + 1].cap || toks[i + 1].kind == ScanToken::Kind::number) &&
        !toks[i + 1].newline_before) {
      continue;
    }
    state.add(one_word_place(i, t.text));
  }
}

}  // namespace segugio::entities::detail

namespace segugio::entities::detail {

// "comune di Edolo", "prefettura di Kagawa", "distretto di Bakwa": KIND takes the
// lower-case administrative noun into the place's span (while "città di", "isola di"
// stay outside it).
void extend_administrative_places(State& state) {
  static const std::unordered_set<std::string> nouns = {"comune", "prefettura", "distretto", "contea",
                                                        "regione", "governatorato", "quartiere", "frazione"};
  static const std::unordered_set<std::string> of = {"di", "del", "dello", "della", "dell'"};
  const auto& toks = state.tokens;
  const std::size_t before = state.found.size();  // one noun only: not "comune della regione di"
  for (std::size_t f = 0; f < before; ++f) {
    const Found x = state.found[f];
    if (x.removed || !x.ner || x.type != NerType::LOC || x.facet == Facet::country || x.first < 2) continue;
    const ScanToken& noun = toks[x.first - 2];
    const ScanToken& prep = toks[x.first - 1];
    if (!noun.is_word() || noun.cap || !nouns.count(noun.key) || !prep.is_word() || !of.count(prep.key)) continue;
    if (!state.is_free(x.first - 2) || !state.is_free(x.first - 1)) continue;
    Found wider = x;
    wider.first = x.first - 2;
    // "il comune di Genova ha chiesto": the administration acting is an organisation.
    if (noun.key == "comune" && x.last < toks.size() && toks[x.last].is_word() &&
        (toks[x.last].key == "ha" || toks[x.last].key == "aveva" || toks[x.last].key == "avrebbe")) {
      wider.type = NerType::ORG;
      wider.facet = Facet::organisation;
      wider.id.clear();
      wider.country.clear();
    }
    state.add(std::move(wider));
  }
}

}  // namespace segugio::entities::detail

namespace segugio::entities::detail {

// "Nord Italia", "centro Italia", "Sud America", "Italia settentrionale", "Europa
// centrale": a point of the compass before a place, or a directional adjective after it,
// names a part of that place; KIND spans the whole. The facet value stays the place's.
void extend_directional_places(State& state) {
  static const std::unordered_set<std::string> before = {"nord", "sud", "centro", "est", "ovest", "nord-est",
                                                         "nord-ovest", "sud-est", "sud-ovest", "centro-nord",
                                                         "centro-sud"};
  static const std::unordered_set<std::string> after = {
      "settentrionale", "meridionale", "centrale", "orientale", "occidentale", "centro-orientale",
      "centro-occidentale", "centro-settentrionale", "centro-meridionale", "nord-orientale", "nord-occidentale",
      "sud-orientale", "sud-occidentale"};
  const auto& toks = state.tokens;
  const std::size_t count = state.found.size();
  for (std::size_t f = 0; f < count; ++f) {
    Found x = state.found[f];
    if (x.removed || !x.ner || x.type != NerType::LOC) continue;
    bool wider = false;
    if (x.first > 0 && state.is_free(x.first - 1) && toks[x.first - 1].is_word() && before.count(toks[x.first - 1].key) &&
        !toks[x.first].newline_before) {
      --x.first;
      wider = true;
    }
    if (x.last < toks.size() && state.is_free(x.last) && toks[x.last].is_word() && !toks[x.last].cap &&
        after.count(toks[x.last].key)) {
      ++x.last;
      wider = true;
    }
    if (wider) state.add(std::move(x));
  }
}

}  // namespace segugio::entities::detail

namespace segugio::entities::detail {

// "Bodha Gaya, Rajgir, Sarnath e Kushinagar": a lone unknown capitalised word (no lexicon,
// not Italian, not a known name) listed next to a place is a place too.
void match_place_lists(State& state) {
  const Gazetteer& gaz = state.gaz;
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  auto separator = [&](std::size_t k) {
    return toks[k].is_punct(",") || (toks[k].is_word() && (toks[k].key == "e" || toks[k].key == "ed"));
  };
  auto place_at = [&](std::size_t k, bool ending) {
    const Found* f = state.owned_by(k);
    return f && f->ner && f->type == NerType::LOC && (f->facet == Facet::place || f->facet == Facet::country) &&
           (ending ? f->last == k + 1 : f->first == k);
  };
  for (int round = 0; round < 3; ++round) {
    bool changed = false;
    for (std::size_t i = 1; i + 1 < n; ++i) {
      const ScanToken& t = toks[i];
      if (!t.is_word() || !t.cap || t.upper || t.sent_start || t.glued || !state.is_free(i)) continue;
      if (gaz.italian_word(t.key) || gaz.given_name(t.key) || gaz.surname(t.key)) continue;
      if (toks[i - 1].is_word() && toks[i - 1].cap) continue;
      if (toks[i + 1].is_word() && toks[i + 1].cap) continue;
      bool before = i >= 2 && separator(i - 1) && place_at(i - 2, true);
      bool after = i + 2 < n && separator(i + 1) && place_at(i + 2, false);
      if (!before && !after) continue;
      state.add(one_word_place(i, t.text));
      changed = true;
    }
    if (!changed) break;
  }
}

}  // namespace segugio::entities::detail
