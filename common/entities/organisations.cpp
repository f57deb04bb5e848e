// Organisations beyond the lexicon: names opened by a cue word (Partito, Università,
// Ministero, Comune di ...) and unknown acronyms.
#include <unordered_set>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

bool connector(const std::string& key) {
  static const std::unordered_set<std::string> k = {"di", "del", "della", "dei", "degli", "delle", "d'", "dell'",
                                                     "per", "e", "sul", "sulla", "dello", "of", "the", "for", "and", "de",
                                                     "alla", "alle", "al", "ai", "agli", "allo", "col", "con", "nel", "nella", "sui"};
  return k.count(key) != 0;
}

bool is_article(const std::string& key) {
  return key == "il" || key == "la" || key == "lo" || key == "l'" || key == "i" || key == "gli" || key == "le";
}

bool org_adjective(const Gazetteer& gaz, const std::string& key) {
  static const std::unordered_set<std::string> k = {
      "comunale", "regionale", "provinciale", "nazionale", "federale", "europeo", "europea", "internazionale",
      "centrale", "generale", "supremo", "suprema", "militare", "civile", "costituzionale", "popolare",
      "democratico", "democratica", "socialista", "comunista", "cattolico", "cattolica", "islamico", "islamica",
      "pontificio", "superiore", "speciale", "permanente", "municipale", "locale", "statale", "amministrativo",
      "olimpico", "antimafia", "antiterrorismo", "sanitaria", "universitario", "ospedaliera", "d'appello",
      "penale", "ordinario", "mondiale", "pubblico", "pubblica", "autonomo", "autonoma", "unito", "unita",
      "libero", "libera", "liberale", "verde", "verdi", "rivoluzionario", "rivoluzionaria", "ortodossa", "ortodosso",
      "anglicana", "evangelica", "valdese", "mobile", "civile", "giudiziaria", "scientifica", "stradale", "postale",
      "azzurra", "governativo", "governativa", "direttivo", "esecutivo", "esecutiva", "regionali", "comunali"};
  if (k.count(key)) return true;
  const LexEntry* e = gaz.phrase(key);
  return e && e->kind == LexKind::demonym;
}

bool lower_cue(const std::string& key) {
  static const std::unordered_set<std::string> k = {"consiglio", "amministrazione", "giunta", "squadra", "ministero",
                                                     "procura", "corte", "tribunale", "guardia", "polizia", "chiesa",
                                                     "governo", "esercito", "nazionale", "protezione", "commissione"};
  return k.count(key) != 0;
}

bool absorbable(const State& s, std::size_t j) {
  const Found* f = s.owned_by(j);
  return !f || f->facet == Facet::place || f->facet == Facet::country || f->evidence == Evidence::generic;
}

// The seventeen contrade of Siena, which run the Palio: in an article about the Palio
// they are its competitors, organisations (as KIND tags them), not animals or towers.
void match_contrade(State& state) {
  static const std::unordered_set<std::string> contrade = {
      "aquila", "bruco", "chiocciola", "civetta", "drago", "giraffa", "istrice", "leocorno", "lupa",
      "nicchio", "oca", "onda", "pantera", "selva", "tartuca", "torre", "valdimontone", "montone"};
  auto& toks = state.tokens;
  bool palio = false;
  for (const auto& t : toks) palio = palio || (t.is_word() && t.cap && t.key == "palio");
  if (!palio) return;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || !t.cap || t.upper || !contrade.count(t.key)) continue;
    // "L'Aquila" is the city; a longer name ("Torre Annunziata", "Pantera Rosa") is not a contrada.
    if (i > 0 && toks[i - 1].key == "l'") continue;
    if (const Found* own = state.owned_by(i); own && own->last - own->first > 1) continue;
    if (i + 1 < toks.size() && toks[i + 1].is_word() && toks[i + 1].cap && !toks[i + 1].newline_before) continue;
    Found f;
    f.first = i;
    f.last = i + 1;
    f.type = NerType::ORG;
    f.facet = Facet::organisation;
    f.name = "Contrada " + std::string(t.text);
    f.id = fold_key(f.name);
    f.evidence = Evidence::org_cue;
    state.add(std::move(f));
  }
}

}  // namespace

void match_org_cues(State& state) {
  const Gazetteer& gaz = state.gaz;
  auto& toks = state.tokens;
  const std::size_t n = toks.size();
  match_contrade(state);
  for (std::size_t i = 0; i < n; ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || t.upper || !gaz.org_cue(t.key)) continue;
    // Uncapitalised, a cue names an organisation only with its adjective ("consiglio comunale").
    if (!t.cap && !(i + 1 < n && toks[i + 1].is_word() && !toks[i + 1].cap && org_adjective(gaz, toks[i + 1].key) &&
                    lower_cue(t.key))) {
      continue;
    }
    const Found* own = state.owned_by(i);
    if (own && own->evidence != Evidence::generic) continue;
    std::size_t last = i + 1;  // exclusive end of the accepted span
    std::size_t j = i + 1;
    while (j < n) {
      const ScanToken& u = toks[j];
      if (u.newline_before || u.glued || !u.is_word()) break;
      // A person's name after the cue is not part of it ("Presidente della Repubblica
      // Giorgio Napolitano", "Governo Letta").
      const bool next_name = j + 1 < n && toks[j + 1].is_word() && toks[j + 1].cap && !toks[j + 1].glued;
      if (u.cap && ((state.is_free(j) && gaz.given_name(u.key) && next_name) ||
                    (state.owned_by(j) && state.owned_by(j)->facet == Facet::person))) {
        break;
      }
      if (u.cap && absorbable(state, j)) {
        last = ++j;
        continue;
      }
      if (!u.cap && org_adjective(gaz, u.key) && absorbable(state, j)) {
        last = ++j;
        continue;
      }
      if (!u.cap && (connector(u.key) || u.elided) && j + 1 < n && toks[j + 1].is_word() && toks[j + 1].cap &&
          !toks[j + 1].glued && !toks[j + 1].newline_before && absorbable(state, j + 1)) {
        j += 1;
        continue;
      }
      // "Ministero delle Infrastrutture e dei Trasporti": two connectors before a name word.
      if (!u.cap && connector(u.key) && j + 2 < n && toks[j + 1].is_word() && !toks[j + 1].cap &&
          (connector(toks[j + 1].key) || toks[j + 1].elided) && toks[j + 2].is_word() && toks[j + 2].cap &&
          !toks[j + 2].newline_before && absorbable(state, j + 2)) {
        j += 2;
        continue;
      }
      // "Agenzia per lo sviluppo industriale", "Congregazione per la Dottrina della Fede":
      // after a capitalised cue, "per" opens the organisation's purpose, written in
      // lower case; it runs to the next punctuation or function word.
      // An infinitive or a bare noun after "per" ("al Ministero per chiedere", "precedenti
      // di Polizia per reati") is the sentence's purpose, not the name's: the name's
      // purpose opens with an article or a capital ("per lo sviluppo", "per i Rifugiati").
      const bool purpose = j + 1 < n && toks[j + 1].is_word() &&
                           (toks[j + 1].cap || toks[j + 1].elided || is_article(toks[j + 1].key));
      if (t.cap && u.key == "per" && purpose) {
        std::size_t k = j + 1, end = 0;
        for (; k < n && k < j + 10; ++k) {
          const ScanToken& v = toks[k];
          if (!v.is_word() || v.newline_before || v.glued || !absorbable(state, k)) break;
          if (v.cap || v.upper) {
            end = k + 1;
            continue;
          }
          if (connector(v.key) || v.elided || is_article(v.key)) continue;
          if (gaz.stopword(v.key)) break;
          end = k + 1;
        }
        if (end > 0) last = j = end;
      }
      break;
    }
    if (last - i < 2) continue;
    // The span must end on a capitalised word or an adjective, never on a connector.
    Found f;
    f.first = i;
    f.last = last;
    f.type = NerType::ORG;
    f.facet = Facet::organisation;
    f.name = state.words(i, last);
    f.id = fold_key(f.name);
    f.evidence = Evidence::org_cue;
    // The country of a place inside the name is kept ("Università di Bologna" -> IT), and
    // the country of an adjective ("Governo russo").
    for (std::size_t k = i; k < last; ++k) {
      if (const Found* in = state.owned_by(k); in && !in->country.empty()) f.country = in->country;
      if (const LexEntry* d = gaz.phrase(toks[k].key); d && d->kind == LexKind::demonym && !toks[k].cap) {
        f.country = d->country;
        f.country_evidence = Evidence::demonym;
      }
    }
    // Uncapitalised ("il governo cinese", "consiglio comunale"): a generic institution,
    // a named-entity span but no facet value.
    if (!t.cap) {
      f.id.clear();
      f.evidence = Evidence::generic;
    }
    state.add(std::move(f));
    i = last - 1;
  }
}

void match_acronyms(State& state) {
  if (!state.options.acronym_organisations) return;
  const Gazetteer& gaz = state.gaz;
  auto& toks = state.tokens;
  // Lines written in capitals (datelines, shouted titles) say nothing about acronyms.
  std::vector<bool> caps_line(toks.size(), false);
  std::size_t line_begin = 0;
  for (std::size_t i = 0; i <= toks.size(); ++i) {
    if (i == toks.size() || (i > line_begin && toks[i].newline_before)) {
      int words = 0, upper = 0;
      for (std::size_t k = line_begin; k < i; ++k) {
        if (toks[k].is_word() && toks[k].text.size() > 1) {
          ++words;
          upper += toks[k].upper ? 1 : 0;
        }
      }
      if (words > 0 && upper * 2 > words) {
        for (std::size_t k = line_begin; k < i; ++k) caps_line[k] = true;
      }
      line_begin = i;
    }
  }
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || !t.upper || !state.is_free(i) || caps_line[i]) continue;
    if (t.text.size() > 8 || gaz.not_acronym(t.key)) continue;
    // "AFFITTO", "VICINI", "SE": an Italian word in capitals is emphasis, not an acronym.
    if (gaz.italian_word(t.key)) continue;
    bool roman = true, digit = false;
    for (char c : t.text) {
      roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'M' || c == 'D');
      digit = digit || (c >= '0' && c <= '9') || c == '-';
    }
    if (roman || digit) continue;
    // A neighbouring capitalised word makes it part of something longer (a title in capitals).
    bool prev_upper = i > 0 && toks[i - 1].is_word() && toks[i - 1].upper;
    bool next_upper = i + 1 < toks.size() && toks[i + 1].is_word() && toks[i + 1].upper;
    if (prev_upper || next_upper) continue;
    Found f;
    f.first = i;
    f.last = i + 1;
    f.type = NerType::ORG;
    f.facet = Facet::organisation;
    f.name = std::string(t.text);
    f.id = t.key;
    f.evidence = Evidence::acronym;
    state.add(std::move(f));
  }
}

}  // namespace segugio::entities::detail
