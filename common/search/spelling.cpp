#include "search/spelling.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "analysis/word_lists.h"
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

Vocabulary::Vocabulary(const Xapian::Database& db) {
  const analysis::WordSet& stopwords = analysis::italian_stopwords();
  // Unprefixed terms start with a lower-case letter, a digit or a non-ASCII byte;
  // prefixed ones with an upper-case letter.
  for (int c = 1; c < 256; ++c) {
    if (c >= 'A' && c <= 'Z') continue;
    const std::string prefix(1, static_cast<char>(c));
    auto& bucket = by_first_byte_[static_cast<std::size_t>(c)];
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
      if (!stopwords.contains(*t)) bucket.push_back({*t, t.get_termfreq()});  // never suggest "sul"
  }
}

std::string Vocabulary::closest(const std::string& term) const {
  if (term.empty()) return {};
  const std::size_t limit = term.size() <= 4 ? 1 : 2;
  std::string best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_count = 0;
  for (const Word& word : by_first_byte_[static_cast<unsigned char>(term[0])]) {
    std::size_t d = edit_distance(term, word.text, limit);
    if (d == 0) return {};
    if (d > limit) continue;
    if (d < best_distance || (d == best_distance && word.count > best_count)) {
      best = word.text;
      best_distance = d;
      best_count = word.count;
    }
  }
  return best;
}

std::string suggest_query(const Xapian::Database& db, const std::function<const Vocabulary&()>& vocabulary,
                          const std::string& query, const std::vector<QueryWord>& words) {
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
    std::string better = vocabulary().closest(word.term);
    if (better.empty()) continue;
    // Keep a capital the user typed: "Lavrof" -> "Lavrov".
    if (!word.surface.empty() && std::isupper(static_cast<unsigned char>(word.surface[0])) &&
        std::islower(static_cast<unsigned char>(better[0])))
      better[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(better[0])));
    corrected.replace(at, word.surface.size(), better);
    from = at + better.size();
    changed = true;
  }
  return changed ? corrected : std::string();
}

}  // namespace segugio::search
