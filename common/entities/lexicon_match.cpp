// Countries, places, known organisations, generic institutions and demonyms: the
// longest lexicon phrase starting at each word.
#include <unordered_set>

#include "entities/extract_state.h"

namespace segugio::entities::detail {
namespace {

bool breaks_phrase(const ScanToken& t) { return t.newline_before || t.glued; }

Found found_from(const LexEntry& e, std::size_t first, std::size_t last) {
  Found f;
  f.first = first;
  f.last = last;
  f.id = e.id;
  f.name = e.display;
  f.country = e.country;
  f.evidence = e.alias ? Evidence::alias : Evidence::name;
  switch (e.kind) {
    case LexKind::country:
      f.type = NerType::LOC;
      f.facet = Facet::country;
      break;
    case LexKind::place:
      f.type = NerType::LOC;
      f.facet = Facet::place;
      break;
    case LexKind::organisation:
      f.type = NerType::ORG;
      f.facet = Facet::organisation;
      break;
    case LexKind::generic_org:
      f.type = NerType::ORG;
      f.facet = Facet::organisation;
      f.evidence = Evidence::generic;
      break;
    case LexKind::person:
      f.type = NerType::PER;
      f.facet = Facet::person;
      break;
    case LexKind::demonym:
      f.type = NerType::LOC;
      f.ner = false;
      f.facet = Facet::country;
      f.evidence = Evidence::demonym;
      break;
  }
  return f;
}

// KIND-style guidelines tag a country acting as a political or sporting actor as an
// organisation: "l'Italia ha vinto", "la Cina rivendica". A country right after a bare
// article is taken as such. A verb after a country with no article ("Stati Uniti hanno",
// "Israele non") is no evidence: on the dev set KIND tagged those LOC five times in six.
bool acting_country(const std::vector<ScanToken>& toks, std::size_t first, std::size_t /*last*/) {
  static const std::unordered_set<std::string> articles = {"l'", "la", "il", "lo", "gli", "i", "le"};
  return first > 0 && toks[first - 1].is_word() && articles.count(toks[first - 1].key);
}

// An article about a match or a championship: several words of the sports pages.
bool sports_article(const std::vector<ScanToken>& toks) {
  static const std::unordered_set<std::string> cues = {
      "partita", "partite", "gol", "campionato", "allenatore", "pareggio", "classifica", "giornata", "calcio",
      "squadra", "squadre", "match", "trasferta", "derby", "attaccante", "centrocampista", "difensore",
      "portiere", "rigore", "tifosi", "stadio", "punti", "vittoria", "sconfitta", "finale", "semifinale",
      "girone", "scudetto", "retrocessione", "coppa", "champions", "league", "club", "mister", "rete", "reti"};
  int hits = 0;
  for (const auto& t : toks) {
    if (t.is_word() && !t.upper && cues.count(t.key) && ++hits >= 4) return true;
  }
  return false;
}

// In a sports article a city with an article ("la Roma", "il Napoli", "contro il
// Liverpool"), in a fixture ("Inter - Lazio", "tra Fiorentina e Napoli") or before a verb
// is its club: KIND tags it ORG. A city without an article ("a Roma") stays a place.
bool club_city(const std::vector<ScanToken>& toks, std::size_t first, std::size_t last) {
  static const std::unordered_set<std::string> before = {
      "il", "la", "lo", "l'", "del", "della", "dello", "dell'", "al", "alla", "allo", "all'", "dal", "dalla",
      "dallo", "dall'", "col", "contro", "nella", "nel", "sulla", "sul"};
  static const std::unordered_set<std::string> verbs = {
      "ha", "hanno", "vince", "perde", "batte", "pareggia", "supera", "conduce", "chiude", "resta", "rimane",
      "passa", "segna", "sale", "scende", "affronta", "ospita", "travolge", "espugna", "domina", "raggiunge"};
  if (first > 0 && toks[first - 1].is_word() && before.count(toks[first - 1].key)) return true;
  if (first > 0 && (toks[first - 1].is_punct("-") || toks[first - 1].is_punct("–"))) return true;
  if (last + 1 < toks.size() && (toks[last].is_punct("-") || toks[last].is_punct("–")) && toks[last + 1].cap) return true;
  return last < toks.size() && toks[last].is_word() && verbs.count(toks[last].key);
}

bool is_article(const std::string& key) {
  return key == "il" || key == "la" || key == "lo" || key == "l'" || key == "i" || key == "gli" || key == "le";
}

bool after_place_preposition(const std::vector<ScanToken>& toks, std::size_t i) {
  static const std::unordered_set<std::string> k = {"a", "ad", "in", "di", "da", "per", "verso", "presso", "tra",
                                                    "fra", "comune", "provincia", "frazione", "localita"};
  // Lower case: "Da Vinci", "Di Pietro" are particles of a name.
  return i > 0 && toks[i - 1].is_word() && !toks[i - 1].cap && k.count(toks[i - 1].key);
}

// A capitalised word next to an ambiguous place makes it part of a name ("Ignazio Marino").
bool next_is_name(const std::vector<ScanToken>& toks, std::size_t j) {
  return j < toks.size() && toks[j].is_word() && toks[j].cap && !toks[j].upper && !toks[j].glued && !toks[j].sent_start;
}
bool prev_is_name(const std::vector<ScanToken>& toks, std::size_t i) {
  return i > 0 && toks[i - 1].is_word() && toks[i - 1].cap && !toks[i - 1].upper && !toks[i].glued && !toks[i - 1].sent_start;
}

// Social networks and video sites named as the place where something is posted ("su
// Facebook", "tramite Twitter", "il profilo Facebook di ...") are media, not actors:
// Italian NER guidelines such as KIND's leave them untagged. As actors ("Google ha
// acquistato", "Twitter ha annunciato") they stay named-entity spans.
bool platform_as_medium(const State& s, const Found& f) {
  static const std::unordered_set<std::string> platforms = {
      "facebook", "twitter", "instagram", "whatsapp", "youtube", "tiktok", "myspace", "telegram", "flickr",
      "linkedin", "snapchat", "twitch", "itunes", "skype", "google"};
  static const std::unordered_set<std::string> before = {
      "su", "sul", "sulla", "sui", "tramite", "attraverso", "via", "network", "profilo", "profili", "account",
      "pagina", "pagine", "canale", "canali", "sito", "social", "dentro", "media"};
  if (f.facet != Facet::organisation || f.last - f.first != 1 || !platforms.count(s.tokens[f.first].key)) return false;
  std::size_t k = f.first;
  // "il proprio account di Twitter", "sul suo profilo Facebook"
  while (k > 0 && s.tokens[k - 1].is_word() && (s.tokens[k - 1].key == "di" || s.tokens[k - 1].key == "del")) --k;
  if (k > 0 && s.tokens[k - 1].is_word() && before.count(s.tokens[k - 1].key)) return true;
  // "Facebook Pay", "WhatsApp Pay": a product of the platform.
  return f.last < s.tokens.size() && s.tokens[f.last].is_word() && s.tokens[f.last].cap && !s.tokens[f.last].newline_before;
}

}  // namespace

void match_lexicons(State& state) {
  const Gazetteer& gaz = state.gaz;
  auto& toks = state.tokens;
  const std::size_t n = toks.size();
  std::string key;
  const bool sports = sports_article(toks);
  for (std::size_t i = 0; i < n;) {
    const ScanToken& t = toks[i];
    if (!t.is_word() || (!t.cap && !gaz.lower_starter(t.key))) {
      ++i;
      continue;
    }
    std::size_t best_last = 0;
    const LexEntry* best = nullptr;
    key.clear();
    std::size_t limit = std::min(n, i + gaz.max_phrase_tokens());
    for (std::size_t j = i; j < limit; ++j) {
      if (j > i && breaks_phrase(toks[j])) break;
      if (j > i && !toks[j - 1].elided) key += ' ';
      key += toks[j].key;
      const ScanToken& lastt = toks[j];
      if (lastt.kind == ScanToken::Kind::punct && lastt.text != "." && lastt.text != "!") continue;
      const LexEntry* e = gaz.phrase(key);
      if (!e) continue;
      if (e->caps_only && !t.upper) continue;
      if (!e->lower_ok && !t.cap) continue;
      if (e->kind == LexKind::demonym && t.cap && !t.sent_start) continue;  // Russo, a surname
      if (j == i && e->kind == LexKind::place && !t.cap && !t.upper) continue;
      if (j == i && e->ambiguous && (t.sent_start || next_is_name(toks, j + 1) || prev_is_name(toks, i))) continue;
      if (j == i && e->surname_like && !after_place_preposition(toks, i)) continue;
      // "Segni", "Medicina", "Minori": a one-word place that is also an Italian word needs
      // a preposition of place before it ("a Segni"), not "dei Minori", "di Medicina legale".
      // ("Istituto di Medicina": after a capitalised name, "di" opens its subject.)
      if (j == i && e->common_town &&
          (!after_place_preposition(toks, i) || (toks[i - 1].key == "di" && i >= 2 && toks[i - 2].cap))) {
        continue;
      }
      // "Ferrari Store", "Apple Store": a foreign one-word place right after an
      // organisation's name is part of that name (Store is a town in Slovenia).
      if (j == i && e->kind == LexKind::place && e->country != "IT" && i > 0 && !state.is_free(i - 1) &&
          state.owned_by(i - 1)->type == NerType::ORG && state.owned_by(i - 1)->last == i) {
        continue;
      }
      // "Nato a Roma", "Lega" opening a sentence: an organisation's alias that is also an
      // Italian word is not taken at a sentence start.
      if (j == i && e->kind == LexKind::organisation && e->display != t.text && t.sent_start && !t.upper &&
          gaz.common_word(t.key)) {
        continue;
      }
      // "Il Mattino", "La Stampa": a newspaper named with its article is written capitalised
      // ("il mattino", "la stampa" are common words).
      if (j > i && e->kind == LexKind::organisation && is_article(t.key) && !toks[i + 1].cap) continue;
      best = e;
      best_last = j + 1;
    }
    if (!best) {
      ++i;
      continue;
    }
    Found f = found_from(*best, i, best_last);
    // "Papa Francesco": the title is not part of the name's span.
    while (best->kind == LexKind::person && f.last - f.first > 1 && gaz.role(toks[f.first].key)) ++f.first;
    // A full name is displayed as the article writes it; the id stays the lexicon's.
    if (best->kind == LexKind::person && f.last - f.first > 1) f.name = state.words(f.first, f.last);
    if (best->kind == LexKind::country && acting_country(toks, i, best_last)) f.type = NerType::ORG;
    if (sports && (best->kind == LexKind::place || best->kind == LexKind::country) && t.cap &&
        club_city(toks, i, best_last)) {
      f.type = NerType::ORG;
    }
    // A surname alone at a sentence start that is also a common word ("Letta", "Monti").
    if (best->kind == LexKind::person && best_last == i + 1 && t.sent_start && gaz.common_word(t.key)) {
      ++i;
      continue;
    }
    // "il governo cinese": a country adjective joins the generic institution.
    if (best->kind == LexKind::generic_org && best_last < n && toks[best_last].is_word() && !toks[best_last].cap) {
      if (const LexEntry* d = gaz.phrase(toks[best_last].key); d && d->kind == LexKind::demonym) {
        f.last = best_last + 1;
        f.country = d->country;
        f.country_evidence = Evidence::demonym;
        best_last = f.last;
      }
    }
    // Not a named-entity span, but the article still mentions the organisation.
    if (platform_as_medium(state, f)) f.ner = false;
    state.add(std::move(f));
    i = best_last;
  }
}

}  // namespace segugio::entities::detail
