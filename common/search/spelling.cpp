#include "search/spelling.h"

#include <algorithm>
#include <numeric>

#include "schema.h"

namespace segugio::search {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

std::string closest_word(const Xapian::Database& db, const std::string& term) {
  if (term.empty()) return {};
  std::string suggestion = db.get_spelling_suggestion(term);
  if (!suggestion.empty()) return suggestion;
  const std::size_t limit = term.size() <= 4 ? 1 : 2;
  // The first letter, whole (it may be a multi-byte UTF-8 sequence).
  std::size_t first = 1;
  while (first < term.size() && (static_cast<unsigned char>(term[first]) & 0xC0) == 0x80) ++first;
  const std::string prefix = term.substr(0, first);
  std::string best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_freq = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string candidate = *t;
    std::size_t d = edit_distance(term, candidate, limit);
    if (d == 0 || d > limit) continue;
    Xapian::doccount freq = t.get_termfreq();
    if (d < best_distance || (d == best_distance && freq > best_freq)) {
      best = candidate;
      best_distance = d;
      best_freq = freq;
    }
  }
  return best;
}

std::string suggest_query(const Xapian::Database& db, const std::string& query,
                          const std::vector<QueryWord>& words) {
  std::string corrected = query;
  bool changed = false;
  std::size_t from = 0;
  for (const QueryWord& word : words) {
    std::size_t at = corrected.find(word.surface, from);
    if (at == std::string::npos) continue;
    from = at + word.surface.size();
    bool known = db.term_exists(word.term) ||
                 (!word.stem.empty() && db.term_exists(std::string(schema::kPrefixStem) + word.stem)) ||
                 (!word.stem_alt.empty() && db.term_exists(std::string(schema::kPrefixStem) + word.stem_alt));
    if (known) continue;
    std::string better = closest_word(db, word.term);
    if (better.empty()) continue;
    corrected.replace(at, word.surface.size(), better);
    from = at + better.size();
    changed = true;
  }
  return changed ? corrected : std::string();
}

}  // namespace segugio::search
