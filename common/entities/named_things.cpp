// Capitalised names that follow a noun saying what kind of thing they name: that noun,
// not the shape of the name, decides the type. Local news is full of them, and read
// without the noun they look like people ("la farmacia Altea", "la tribuna del Novi Sad",
// "la ditta Lavorazioni Meccaniche", "il cavallo Mississippi", "il cosiddetto Long Covid").
//
//   kind of noun                       span                 type   facet value
//   shop, bar, restaurant (bar Kakao)  the name only        LOC    none
//   venue, school, ward (scuola media  noun and name        LOC    none
//     Ferraris, biblioteca Delfini)
//   part of a stadium (tribuna del     the name only        LOC    none
//     Novi Sad)
//   company (ditta, azienda)           the name only        ORG    organisation
//   animal (cavallo, cane)             the name only        PER    none (no person)
//   product, code, term (modello,      none: the words are held so that no later pass
//     conto Iban, il cosiddetto X)     reads them as a name
//
// A brand after a determiner followed by capitalised words is a product's model ("una
// Seat Altea", "alcune Volkswagen Tiguan"): the model is held the same way.
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

enum class Kind { none, shop, venue, stand, company, animal, product };

Kind kind_of(const std::string& key) {
  static const std::unordered_map<std::string, Kind> k = {
      {"bar", Kind::shop}, {"ristorante", Kind::shop}, {"pizzeria", Kind::shop}, {"trattoria", Kind::shop},
      {"osteria", Kind::shop}, {"paninoteca", Kind::shop}, {"pub", Kind::shop}, {"discoteca", Kind::shop},
      {"negozio", Kind::shop}, {"farmacia", Kind::shop}, {"supermercato", Kind::shop},
      {"albergo", Kind::shop}, {"bowling", Kind::shop}, {"palestra", Kind::shop}, {"gelateria", Kind::shop},
      {"pasticceria", Kind::shop}, {"tabaccheria", Kind::shop}, {"edicola", Kind::shop}, {"circolo", Kind::shop},
      {"night", Kind::shop}, {"agriturismo", Kind::shop}, {"boutique", Kind::shop}, {"ristorantino", Kind::shop},
      {"scuola", Kind::venue}, {"scuole", Kind::venue}, {"liceo", Kind::venue}, {"itis", Kind::venue},
      {"ipsia", Kind::venue}, {"itc", Kind::venue}, {"asilo", Kind::venue}, {"biblioteca", Kind::venue},
      {"museo", Kind::venue}, {"teatro", Kind::venue}, {"cinema", Kind::venue}, {"monumento", Kind::venue},
      {"reparto", Kind::venue}, {"ambulatorio", Kind::venue}, {"ambulatori", Kind::venue},
      {"clinica", Kind::venue}, {"centro commerciale", Kind::shop}, {"cimitero", Kind::venue},
      {"palazzetto", Kind::venue}, {"palasport", Kind::venue}, {"complesso", Kind::venue},
      {"tribuna", Kind::stand}, {"curva", Kind::stand}, {"gradinata", Kind::stand},
      {"ditta", Kind::company}, {"azienda", Kind::company}, {"societa", Kind::company}, {"impresa", Kind::company},
      {"cooperativa", Kind::company}, {"concessionaria", Kind::company}, {"catena", Kind::company},
      {"cavallo", Kind::animal}, {"cavalla", Kind::animal}, {"puledro", Kind::animal}, {"cane", Kind::animal},
      {"cagnolino", Kind::animal}, {"cagnolina", Kind::animal}, {"gatto", Kind::animal}, {"gatta", Kind::animal},
      {"barbero", Kind::animal},
      {"modello", Kind::product}, {"cellulare", Kind::product}, {"smartphone", Kind::product},
      {"telefonino", Kind::product}, {"conto", Kind::product}, {"codice", Kind::product}, {"app", Kind::product},
      {"cosiddetto", Kind::product}, {"cosiddetta", Kind::product}, {"cosiddetti", Kind::product},
      {"cosiddette", Kind::product}, {"marca", Kind::product}, {"farmaco", Kind::product}};
  auto it = k.find(key);
  return it == k.end() ? Kind::none : it->second;
}

// Words between the noun and the name: "scuola media", "tribuna del", "ditta “".
bool filler(const ScanToken& t) {
  // ("di" is left out: "la scuola di Verona" names the town.)
  static const std::unordered_set<std::string> k = {"del", "della", "dello", "dell'", "media", "medie",
                                                    "elementare", "elementari", "superiore", "comunale", "civico",
                                                    "civica", "storico", "storica", "denominato", "denominata",
                                                    "chiamato", "chiamata", "detto"};
  return (t.is_word() && !t.cap && k.count(t.key)) || t.is_punct("“") || t.is_punct("\"") || t.is_punct("«");
}

// A word of the name: capitalised or in capitals, a model code ("S4"), a roman numeral.
bool name_token(const State& s, std::size_t j) {
  const ScanToken& t = s.tokens[j];
  if (t.newline_before || t.glued) return false;
  if (t.kind == ScanToken::Kind::number) return false;
  if (!t.is_word() || !(t.cap || t.upper)) return false;
  const Found* f = s.owned_by(j);
  return !f || f->facet == Facet::person || f->facet == Facet::place || f->evidence == Evidence::generic;
}

bool determiner(const ScanToken& t) {
  static const std::unordered_set<std::string> k = {"una", "un", "la", "le", "il", "i", "alcune", "alcuni", "due",
                                                    "tre", "della", "delle", "sulla", "sulle", "nella", "dalla"};
  return t.is_word() && !t.cap && k.count(t.key) != 0;
}

void hold(State& s, std::size_t first, std::size_t last) {
  Found none;
  none.first = first;
  none.last = last;
  none.ner = false;
  none.name = s.words(first, last);
  s.add(std::move(none));
}

}  // namespace

void match_named_things(State& state) {
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const ScanToken& t = toks[i];
    if (!t.is_word()) continue;
    // A brand's model: "una Seat Altea".
    // (A one-word brand; a full name after it is a person: "della Banca d'Italia Antonio Fazio".)
    if (const Found* b = state.owned_by(i); b && b->type == NerType::ORG && b->first == i && b->last == i + 1 &&
                                            b->last < n && i > 0 && t.cap && determiner(toks[i - 1])) {
      std::size_t j = b->last, last = j;
      while (last < n && last < j + 2 && name_token(state, last) && state.is_free(last)) ++last;
      bool full_name = last - j == 2 && state.gaz.given_name(toks[j].key);
      if (last > j && !full_name && !(last < n && name_token(state, last))) hold(state, j, last);
      continue;
    }
    if (!state.is_free(i) && state.owned_by(i)->evidence != Evidence::generic) continue;
    Kind kind = Kind::none;
    std::size_t noun_last = i + 1;
    if (i + 1 < n && toks[i + 1].is_word()) {
      kind = kind_of(t.key + " " + toks[i + 1].key);
      if (kind != Kind::none) noun_last = i + 2;
    }
    if (kind == Kind::none) kind = kind_of(t.key);
    if (kind == Kind::none) continue;
    // Capitalised, the noun is itself the start of a name ("Caffè", "Teatro Comunale"),
    // which other passes read; the rule is for the lower-case noun of running text
    // (products and codes excepted: "il Codice Iban").
    if (t.cap && (kind != Kind::product || t.sent_start)) continue;
    std::size_t j = noun_last;
    while (j < n && j < noun_last + 2 && filler(toks[j])) ++j;
    std::size_t first = j, last = j;
    while (last < n && last < first + 5 && name_token(state, last)) ++last;
    if (last == first) continue;
    // "la responsabile della biblioteca Debora Dameri": a full name after the noun is a
    // person in apposition, unless an article links them ("la tribuna del Novi Sad").
    if ((kind == Kind::shop || kind == Kind::venue) && first == noun_last && last - first >= 2 &&
        state.gaz.given_name(toks[first].key) &&
        !state.gaz.common_word(toks[first].key)) {
      continue;
    }
    // The name runs on past five words: not a name this rule can place.
    if (last < n && name_token(state, last)) continue;
    Found f;
    f.first = kind == Kind::venue ? i : first;
    f.last = last;
    f.name = state.words(f.first, last);
    switch (kind) {
      case Kind::shop:
      case Kind::venue:
      case Kind::stand:
        f.type = NerType::LOC;
        f.facet = Facet::place;
        break;
      case Kind::company:
        f.type = NerType::ORG;
        f.facet = Facet::organisation;
        f.id = fold_key(f.name);
        f.evidence = Evidence::org_cue;
        break;
      case Kind::animal:
        f.type = NerType::PER;
        f.facet = Facet::person;
        f.evidence = Evidence::role;
        break;
      case Kind::product:
        hold(state, first, last);
        i = last - 1;
        continue;
      case Kind::none:
        continue;
    }
    if (kind != Kind::company) f.evidence = kind == Kind::animal ? Evidence::role : Evidence::name;
    state.add(std::move(f));
    i = last - 1;
  }
}

}  // namespace segugio::entities::detail
