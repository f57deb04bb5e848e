#include "search/snippet.h"

#include <algorithm>
#include <cmath>

#include "schema.h"

namespace segugio::search {
namespace {

// A query term's prefix: its leading capitals (terms themselves are folded to lower case).
std::string_view prefix_of(std::string_view term) {
  std::size_t k = 0;
  while (k < term.size() && term[k] >= 'A' && term[k] <= 'Z') ++k;
  return term.substr(0, k);
}

// A word of the text that matched a query term.
struct Mark {
  std::size_t start;
  std::size_t end;
  int term;
};

bool only_spaces(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Appends text as one line: line breaks and tabs become spaces, and the bytes used as
// highlight marks are dropped.
void append_plain(std::string& out, std::string_view text) {
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c != kHighlightStart && c != kHighlightEnd) {
      out += c;
    }
  }
}

}  // namespace

Snippets::Snippets(const Xapian::Query& query, const std::vector<std::string>& wildcards,
                   const Xapian::Database& db, analysis::Analyzer& analyzer, SnippetOptions options)
    : analyzer_(analyzer), options_(options) {
  const double documents = db.get_doccount();
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    std::string_view prefix = prefix_of(term);
    auto* target = prefix.empty() ? &terms_ : prefix == schema::kPrefixStem ? &stems_ : nullptr;
    if (!target || term.size() == prefix.size()) continue;
    // Rarer terms weigh more, as in ranking; one look-up per distinct term.
    const double weight = std::log((documents + 1) / (db.get_termfreq(term) + 0.5));
    const int index = static_cast<int>(weights_.size());
    weights_.push_back(std::max(weight, 0.01));
    target->emplace(term.substr(prefix.size()), index);
  }
  for (const std::string& pattern : wildcards) {
    if (pattern.empty()) continue;
    wildcards_.emplace_back(pattern, static_cast<int>(weights_.size()));
    weights_.push_back(std::max(std::log(documents + 1) / 2, 0.01));
  }
}

int Snippets::match(const analysis::Token& token) const {
  if (auto it = terms_.find(token.term); it != terms_.end()) return it->second;
  if (!token.stem.empty()) {
    if (auto it = stems_.find(token.stem); it != stems_.end()) return it->second;
  }
  if (!token.stem_alt.empty()) {
    if (auto it = stems_.find(token.stem_alt); it != stems_.end()) return it->second;
  }
  for (const auto& [pattern, index] : wildcards_) {
    if (token.term.starts_with(pattern)) return index;
  }
  return -1;
}

int Snippets::match_word(const analysis::Token& token) const {
  if (auto it = seen_.find(token.surface); it != seen_.end()) return it->second;
  analysis::Token finished = token;
  analyzer_.finish(finished);
  const int term = match(finished);
  seen_.emplace(token.surface, term);
  return term;
}

std::string Snippets::make(std::string_view text) const {
  const analysis::Analysis analysis = analyzer_.words(text);
  // Word boundaries (a glued word's parts, not its whole form) and the matched words.
  std::vector<analysis::Span> words;
  std::vector<Mark> marks;
  words.reserve(analysis.tokens.size());
  for (const analysis::Token& token : analysis.tokens) {
    if (!token.glue_whole) words.push_back({token.start, token.end});
    if (int term = empty() ? -1 : match_word(token); term >= 0) marks.push_back({token.start, token.end, term});
  }
  if (words.empty()) return {};
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });

  // The window of marks [best, best_last] within the length with the most weight:
  // each distinct term counts once, a repeat a tenth.
  const std::size_t length = options_.bytes;
  std::size_t best = 0, best_last = 0;
  double best_score = -1;
  std::vector<int> count(weights_.size(), 0);
  double score = 0;
  auto add = [&](const Mark& m, int sign) {
    int& c = count[static_cast<std::size_t>(m.term)];
    const double w = weights_[static_cast<std::size_t>(m.term)];
    if (sign > 0) score += c++ == 0 ? w : w / 10;
    else score -= --c == 0 ? w : w / 10;
  };
  for (std::size_t i = 0, j = 0; i < marks.size(); ++i) {
    if (j < i) j = i;
    while (j < marks.size() && marks[j].end - marks[i].start <= length) add(marks[j++], +1);
    if (j > i && score > best_score + 1e-9) {
      best_score = score;
      best = i;
      best_last = j - 1;
    }
    if (j > i) add(marks[i], -1);
  }

  // Some context before the first match (up to a quarter of the length), then words up
  // to the length.
  std::size_t from = words.front().start;
  if (!marks.empty()) {
    const std::size_t first = marks[best].start;
    const std::size_t span = marks[best_last].end - first;
    const std::size_t before = std::min((length - std::min(span, length)) / 2, length / 4);
    const std::size_t want = first > before ? first - before : 0;
    auto w = std::lower_bound(words.begin(), words.end(), want,
                              [](const analysis::Span& s, std::size_t at) { return s.start < at; });
    from = w == words.end() ? first : std::min(w->start, first);
  }
  std::size_t to = from;
  std::size_t next_word = text.size();
  for (const analysis::Span& w : words) {
    if (w.start < from) continue;
    if (w.end - from > length && to > from) {
      next_word = w.start;
      break;
    }
    to = w.end;
  }
  const bool more_after = next_word < text.size();
  // The punctuation right after the last word ("vicini.") belongs to it.
  while (to < next_word && text[to] != ' ' && text[to] != '\n' && text[to] != '\r' && text[to] != '\t') ++to;
  const bool more_before = from > words.front().start;

  // The window's text with the matched words marked; marks separated by spaces only
  // are one highlight ("Corea del Nord").
  std::string out;
  out.reserve(to - from + 16);
  if (more_before) out += options_.ellipsis;
  std::size_t at = from;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    std::size_t start = marks[k].start, end = marks[k].end;
    if (start < at || end > to) continue;
    while (k + 1 < marks.size() && marks[k + 1].start >= end && marks[k + 1].end <= to &&
           only_spaces(text.substr(end, marks[k + 1].start - end))) {
      end = marks[++k].end;
    }
    while (k + 1 < marks.size() && marks[k + 1].start < end) end = std::max(end, marks[++k].end);  // glues
    if (end > to) end = to;
    append_plain(out, text.substr(at, start - at));
    out += kHighlightStart;
    append_plain(out, text.substr(start, end - start));
    out += kHighlightEnd;
    at = end;
  }
  append_plain(out, text.substr(at, to - at));
  if (more_after) out += options_.ellipsis;
  return out;
}

}  // namespace segugio::search
