#pragma once
// Snippets and highlighting from Segugio's own analyzer, so that a snippet marks exactly
// the words the query matched, as they were indexed ("Schröder" -> "Zschroder").
//
// Once per query, the query's text terms (unprefixed positional terms, "Z" stems, and
// the patterns of its wildcards) are collected and each weighted by its rarity (one
// term-frequency look-up per distinct term). Once per result, the stored text is
// analysed again (its words; each distinct word is folded and stemmed once per query),
// each word's term, stem and accent-free stem looked up in those sets,
// and the window of about `bytes` bytes holding the most weight of distinct matched
// terms is cut out at word boundaries, matched words between the highlight marks.
// (Re-analysing was measured against offsets stored at index time: see bench/.)
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace segugio::search {

// Marks around the highlighted words of a snippet; the output module renders them.
inline constexpr char kHighlightStart = '\x01';
inline constexpr char kHighlightEnd = '\x02';

struct SnippetOptions {
  std::size_t bytes = 240;             // the window's length, about
  std::string_view ellipsis = "...";   // where the window cuts the text
};

class Snippets {
 public:
  // `wildcards`: the unprefixed patterns the query expands ("vladivo" for "Vladivo*").
  // Reads term frequencies from `db`; `analyzer` is used by make() (not thread-safe,
  // like the Analyzer).
  Snippets(const Xapian::Query& query, const std::vector<std::string>& wildcards, const Xapian::Database& db,
           analysis::Analyzer& analyzer, SnippetOptions options = {});

  // The snippet of `text`: plain text, line breaks as spaces, matched words between
  // kHighlightStart and kHighlightEnd; the start of the text when nothing matches.
  std::string make(std::string_view text) const;

  // True when the query has no text term a snippet could mark.
  bool empty() const { return terms_.empty() && stems_.empty() && wildcards_.empty(); }

 private:
  // Index into weights_ of the query term this token matches, or -1.
  int match(const analysis::Token& token) const;
  // The same for a token of Analyzer::words(), finished once per distinct surface.
  int match_word(const analysis::Token& token) const;

  std::unordered_map<std::string, int> terms_;  // unprefixed term -> index into weights_
  std::unordered_map<std::string, int> stems_;  // stem (without "Z") -> index into weights_
  std::vector<std::pair<std::string, int>> wildcards_;
  std::vector<double> weights_;
  mutable std::unordered_map<std::string, int> seen_;  // surface -> match(), this query's words
  analysis::Analyzer& analyzer_;
  SnippetOptions options_;
};

}  // namespace segugio::search
