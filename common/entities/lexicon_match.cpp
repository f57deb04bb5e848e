// Countries, places, known organisations, generic institutions and demonyms: the
// longest lexicon phrase starting at each word.
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
    case LexKind::demonym:
      f.type = NerType::LOC;
      f.ner = false;
      f.facet = Facet::country;
      f.evidence = Evidence::demonym;
      break;
  }
  return f;
}

}  // namespace

void match_lexicons(State& state) {
  const Gazetteer& gaz = state.gaz;
  auto& toks = state.tokens;
  const std::size_t n = toks.size();
  std::string key;
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
      if (j == i && e->kind == LexKind::place && t.sent_start && gaz.common_word(t.key)) continue;
      if (j == i && e->kind == LexKind::place && !t.cap && !t.upper) continue;
      best = e;
      best_last = j + 1;
    }
    if (!best) {
      ++i;
      continue;
    }
    Found f = found_from(*best, i, best_last);
    // "il governo cinese": a country adjective joins the generic institution.
    if (best->kind == LexKind::generic_org && best_last < n && toks[best_last].is_word() && !toks[best_last].cap) {
      if (const LexEntry* d = gaz.phrase(toks[best_last].key); d && d->kind == LexKind::demonym) {
        f.last = best_last + 1;
        f.country = d->country;
        best_last = f.last;
      }
    }
    state.add(std::move(f));
    i = best_last;
  }
}

}  // namespace segugio::entities::detail
