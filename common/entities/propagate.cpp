// Within-article propagation: a capitalised name that one pass typed somewhere in the
// article names the same thing where it comes back and no pass took it, typically at a
// sentence start or in a headline, where single words that are also Italian words or
// given names ("Siena", "Puglia") are not taken on their own.
#include <unordered_map>

#include "entities/extract_state.h"

namespace segugio::entities::detail {

void propagate_mentions(State& state) {
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  // Key of a span: its words' keys, for spans of capitalised words only.
  auto span_key = [&](std::size_t first, std::size_t last, std::string& key) {
    key.clear();
    for (std::size_t k = first; k < last; ++k) {
      const ScanToken& t = toks[k];
      if (!t.is_word() || (!t.cap && !t.upper)) return false;
      if (!key.empty()) key += ' ';
      key += t.key;
    }
    return !key.empty();
  };
  std::unordered_map<std::string, std::size_t> typed;  // key -> index into found
  std::size_t longest = 0;
  std::string key;
  for (std::size_t f = 0; f < state.found.size(); ++f) {
    const Found& x = state.found[f];
    if (x.removed || !x.ner || x.facet == Facet::person || x.id.empty()) continue;
    if (!span_key(x.first, x.last, key)) continue;
    typed.try_emplace(key, f);
    longest = std::max(longest, x.last - x.first);
  }
  if (typed.empty()) return;
  for (std::size_t i = 0; i < n; ++i) {
    if (!state.is_free(i) || !toks[i].is_word() || !toks[i].cap) continue;
    // Longest run of free capitalised words starting here that was typed elsewhere.
    std::size_t best = 0, best_index = 0;
    for (std::size_t len = 1; len <= longest && i + len <= n; ++len) {
      std::size_t k = i + len - 1;
      if (!state.is_free(k) || (len > 1 && (toks[k].newline_before || toks[k].glued))) break;
      if (!span_key(i, i + len, key)) break;
      if (auto it = typed.find(key); it != typed.end()) {
        best = len;
        best_index = it->second;
      }
    }
    if (best == 0) continue;
    std::size_t last = i + best;
    // The same shape: an acronym's capitals are not a capitalised word ("NATO", "Nato").
    const Found& source = state.found[best_index];
    bool same_shape = true;
    for (std::size_t k = 0; k < best; ++k) same_shape = same_shape && toks[i + k].upper == toks[source.first + k].upper;
    if (!same_shape || state.gaz.stopword(toks[i].key)) {
      i = last - 1;
      continue;
    }
    // A capitalised word right after means a longer name ("Siena Calcio").
    if (last < n && toks[last].is_word() && toks[last].cap && !toks[last].newline_before && !toks[last].glued) {
      i = last - 1;
      continue;
    }
    // ... and one right before, mid-sentence.
    if (i > 0 && !toks[i].sent_start && toks[i - 1].is_word() && toks[i - 1].cap && !toks[i].glued) continue;
    Found f = state.found[best_index];
    f.first = i;
    f.last = last;
    f.removed = false;
    f.evidence = Evidence::coreference;
    state.add(std::move(f));
    i = last - 1;
  }
}

}  // namespace segugio::entities::detail
