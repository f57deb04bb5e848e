#pragma once
// Renders search responses: a table for people (aligned; coloured only when asked,
// i.e. on a terminal), and JSON, JSON Lines, TSV and TREC run lines for scripts.
// Writes to the stream it is given; it never chooses where output goes.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "search/searcher.h"

namespace segugio::search {

enum class Format { Table, Json, Jsonl, Tsv, Trec };

// "table", "json", "jsonl", "tsv", "trec"; nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);

struct OutputOptions {
  Format format = Format::Table;
  bool color = false;             // ANSI colours in the table
  bool batch = false;             // several responses: JSON becomes an array, tables get headers
  std::string run_tag = "segugio";  // TREC's last column
};

// Snippet highlights in plain text and JSON: **word**.
inline constexpr std::string_view kPlainHighlightStart = "**";
inline constexpr std::string_view kPlainHighlightEnd = "**";

class ResultWriter {
 public:
  ResultWriter(std::ostream& out, OutputOptions options) : out_(out), options_(std::move(options)) {}

  // One answered query. QID names it in batch formats ("1" for a single query).
  void write(const std::string& qid, const std::string& query, const SearchResponse& response);
  // The values of a facet (--browse).
  void write_values(Facet facet, const std::vector<FacetValue>& values);
  // Closes what the format opened (the JSON array of a batch).
  void finish();

  // Whether the format can show snippets/entities and suggestions (TREC cannot).
  static bool shows_details(Format format) { return format != Format::Trec; }

 private:
  void table(const std::string& qid, const std::string& query, const SearchResponse& response);
  std::string paint(std::string_view text, const char* code) const;

  std::ostream& out_;
  OutputOptions options_;
  std::size_t written_ = 0;
};

// Score as printed everywhere: fixed, 4 decimals (6 in TREC).
std::string format_score(double score, int decimals);

}  // namespace segugio::search
