// Text written in capitals, where case is no evidence:
//  1. Datelines. A local article opens with the town it is filed from, in capitals,
//     before the first sentence ("CARPI. Ieri sera ...", "FINALE Nella tarda serata",
//     "Mario Rossi CASTELVETRO. ..."): that run is a place (LOC), whatever a lexicon or
//     the acronym rule would make of it ("FINALE" is no organisation). Later capitalised
//     occurrences of the same words in the article ("i carabinieri di Finale") are the same
//     place.
//  2. All-capital runs (headlines, shouted titles: "IN UN'AUTO RUBATA"): an alias or
//     acronym that is also an Italian word ("UN", "SE", "CON") matched inside such a run
//     names nothing; the word is just written in capitals.
#include <unordered_set>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

bool upper_word(const ScanToken& t) { return t.is_word() && (t.upper || (t.text.size() == 1 && t.cap)); }

// An all-capital run of words starting at i: [i, end), allowing elisions ("UN'AUTO").
std::size_t capital_run(const std::vector<ScanToken>& toks, std::size_t i) {
  std::size_t j = i;
  while (j < toks.size() && (upper_word(toks[j]) || (toks[j].elided && toks[j].upper)) &&
         (j == i || !toks[j].newline_before)) {
    ++j;
  }
  return j;
}

// A dateline at the start of the text (after at most a three-word byline): one to three
// capital words followed by a period, a dash or the capitalised first word of the text.
bool find_dateline(const State& s, std::size_t& first, std::size_t& last) {
  const auto& toks = s.tokens;
  std::size_t i = 0;
  while (i < toks.size() && i < 3 && toks[i].is_word() && toks[i].cap && !toks[i].upper) ++i;
  if (i >= toks.size() || !toks[i].upper) return false;
  std::size_t end = capital_run(toks, i);
  if (end - i > 3 || end >= toks.size()) return false;
  const ScanToken& next = toks[end];
  bool closes = next.is_punct(".") || next.is_punct("-") || next.is_punct("–") || next.is_punct(",") ||
                (next.is_word() && next.cap && !next.upper);
  if (!closes) return false;
  // A byline before it must look like a name (two or three words).
  if (i == 1) return false;
  first = i;
  last = end;
  return true;
}

}  // namespace

void read_capital_text(State& state) {
  auto& toks = state.tokens;
  const Gazetteer& gaz = state.gaz;
  const std::size_t n = toks.size();
  // 2. Aliases that are Italian words, inside an all-capital run of two or more words.
  for (std::size_t i = 0; i < n;) {
    std::size_t end = capital_run(toks, i);
    if (end == i) {
      ++i;
      continue;
    }
    if (end - i >= 2) {
      for (std::size_t k = i; k < end; ++k) {
        if (state.is_free(k)) continue;
        Found& f = state.found[static_cast<std::size_t>(state.owner[k])];
        if (f.first != k || f.last != k + 1) continue;
        // An alias or acronym that is an Italian word ("UN", "SE"); a place or country that
        // is a common word ("SEGNI VIOLENTI", "MEDICINA LEGALE").
        bool alias = (f.evidence == Evidence::alias || f.evidence == Evidence::acronym) && gaz.italian_word(toks[k].key);
        bool common = (f.facet == Facet::place || f.facet == Facet::country) && gaz.common_word(toks[k].key);
        if (alias || common) {
          f.removed = true;
          state.owner[k] = -1;
        }
      }
    }
    i = end;
  }
  // 1. The dateline.
  std::size_t first = 0, last = 0;
  if (!find_dateline(state, first, last)) return;
  std::string key = phrase_key(toks, first, last);
  Found f;
  f.first = first;
  f.last = last;
  f.type = NerType::LOC;
  f.facet = Facet::place;
  f.evidence = Evidence::name;
  const LexEntry* e = gaz.phrase(key);
  if (e && e->kind == LexKind::place) {
    f.id = e->id;
    f.name = e->display;
    f.country = e->country;
  } else {
    f.name = state.words(first, last);
  }
  const Found model = f;
  state.add(std::move(f));
  // The same town later in the article, capitalised.
  const std::size_t len = last - first;
  for (std::size_t i = last; i + len <= n; ++i) {
    bool same = true;
    for (std::size_t k = 0; k < len && same; ++k) {
      const ScanToken& t = toks[i + k];
      same = t.is_word() && t.cap && t.key == toks[first + k].key && (k == 0 || !t.newline_before);
    }
    if (!same) continue;
    if (i + len < n && toks[i + len].is_word() && toks[i + len].cap && !toks[i + len].newline_before &&
        !toks[i + len].sent_start) {
      continue;  // part of a longer name
    }
    if (const Found* o = state.owned_by(i); o && (o->first < i || o->last > i + len)) continue;
    Found g = model;
    g.first = i;
    g.last = i + len;
    g.evidence = Evidence::coreference;
    state.add(std::move(g));
    i += len - 1;
  }
}

}  // namespace segugio::entities::detail
