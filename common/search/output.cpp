#include "search/output.h"

#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "search/terminal_text.h"

namespace segugio::search {
namespace {

const char* const kReset = "\x1b[0m";
const char* const kBold = "\x1b[1m";
const char* const kDim = "\x1b[2m";
const char* const kCyan = "\x1b[36m";
const char* const kGreen = "\x1b[32m";
const char* const kHighlight = "\x1b[1;33m";

// Display width of UTF-8 text: one column per code point (enough for Latin scripts).
std::size_t width(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string pad(std::string_view text, std::size_t to) {
  std::string out(text);
  for (std::size_t w = width(text); w < to; ++w) out += ' ';
  return out;
}

std::string pad_left(std::string_view text, std::size_t to) {
  std::string out;
  for (std::size_t w = width(text); w < to; ++w) out += ' ';
  return out + std::string(text);
}

// Tabs and line ends would break TSV columns and TREC lines; other control characters
// would reach the terminal these lines are often read on.
std::string one_field(std::string_view text) { return terminal_text(text); }

// A snippet made terminal-safe around its highlight marks, which stay.
std::string terminal_snippet(std::string_view snippet) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= snippet.size(); ++i) {
    if (i < snippet.size() && snippet[i] != kHighlightStart && snippet[i] != kHighlightEnd) continue;
    out += terminal_text(snippet.substr(start, i - start));
    if (i < snippet.size()) out += snippet[i];
    start = i + 1;
  }
  return out;
}

// The response as the table shows it: every text from the database or the query
// terminal-safe (terminal_text.h).
SearchResponse for_terminal(const SearchResponse& r) {
  SearchResponse shown = r;
  for (Hit& hit : shown.hits) {
    for (std::string* field : {&hit.id, &hit.title, &hit.date, &hit.url, &hit.source}) *field = terminal_text(*field);
    hit.snippet = terminal_snippet(hit.snippet);
    for (Entity& e : hit.entities)
      for (std::string* field : {&e.facet, &e.id, &e.name}) *field = terminal_text(*field);
  }
  for (FacetCounts& f : shown.facets)
    for (FacetValue& v : f.values) v.id = terminal_text(v.id), v.name = terminal_text(v.name);
  shown.suggestion = terminal_text(shown.suggestion);
  for (std::string& line : shown.explanation) line = terminal_text(line);
  return shown;
}

std::string highlighted(std::string_view snippet, std::string_view start, std::string_view end) {
  std::string out;
  for (char c : snippet) {
    if (c == kHighlightStart) out += start;
    else if (c == kHighlightEnd) out += end;
    else out += c;
  }
  return out;
}

const char* date_granularity_name(facets::DateGranularity g) {
  switch (g) {
    case facets::DateGranularity::year: return "year";
    case facets::DateGranularity::month: return "month";
    case facets::DateGranularity::day: return "day";
    case facets::DateGranularity::none: break;
  }
  return "";
}

// Why a total is not exact: only an estimate asked for is (searcher.h).
std::string estimate_note(const SearchResponse& r) {
  return "estimated, as asked: between " + std::to_string(r.total_lower) + " and " +
         std::to_string(r.total_upper) + " match";
}

nlohmann::json response_json(const std::string& qid, const std::string& query, const SearchResponse& r) {
  nlohmann::json j;
  j["qid"] = qid;
  j["query"] = query;
  j["total"] = r.total;
  j["total_exact"] = r.total_exact;
  if (!r.total_exact) {
    j["total_range"] = {r.total_lower, r.total_upper};
    j["total_note"] = estimate_note(r);
  }
  j["results"] = nlohmann::json::array();
  for (const Hit& hit : r.hits) {
    nlohmann::json h{{"rank", hit.rank}, {"id", hit.id}, {"score", std::stod(format_score(hit.score, 6))}};
    h["title"] = hit.title;
    h["date"] = hit.date;
    h["url"] = hit.url;
    h["source"] = hit.source;
    h["snippet"] = highlighted(hit.snippet, kPlainHighlightStart, kPlainHighlightEnd);
    h["entities"] = nlohmann::json::array();
    for (const Entity& e : hit.entities)
      h["entities"].push_back({{"facet", e.facet}, {"id", e.id}, {"name", e.name}, {"mentions", e.mentions}});
    j["results"].push_back(std::move(h));
  }
  if (!r.facets.empty()) {
    j["facets"] = nlohmann::json::object();
    for (const FacetCounts& f : r.facets) {
      nlohmann::json values = nlohmann::json::array();
      for (const FacetValue& v : f.values) values.push_back({{"id", v.id}, {"name", v.name}, {"count", v.count}});
      nlohmann::json counts = {{"distinct", f.distinct}, {"values", values}};
      if (f.date != facets::DateGranularity::none) counts["granularity"] = date_granularity_name(f.date);
      if (f.own_filter_ignored) counts["own_filter_ignored"] = true;
      j["facets"][std::string(facets::counts_name(f))] = std::move(counts);
    }
  }
  if (!r.suggestion.empty()) j["suggestion"] = r.suggestion;
  if (!r.notes.empty()) j["notes"] = r.notes;
  if (!r.explanation.empty()) j["explain"] = r.explanation;
  return j;
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::Table;
  if (name == "json") return Format::Json;
  if (name == "jsonl") return Format::Jsonl;
  if (name == "tsv") return Format::Tsv;
  if (name == "trec") return Format::Trec;
  return std::nullopt;
}

std::string format_score(double score, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, score);
  return buffer;
}

std::string ResultWriter::paint(std::string_view text, const char* code) const {
  if (!options_.color) return std::string(text);
  return code + std::string(text) + kReset;
}

void ResultWriter::write(const std::string& qid, const std::string& query, const SearchResponse& response) {
  switch (options_.format) {
    case Format::Table: table(terminal_text(qid), terminal_text(query), for_terminal(response)); break;
    case Format::Json:
      if (options_.batch) out_ << (written_ ? ",\n" : "[\n");
      out_ << response_json(qid, query, response).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
      if (!options_.batch) out_ << '\n';
      break;
    case Format::Jsonl:
      out_ << response_json(qid, query, response).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
           << '\n';
      break;
    case Format::Tsv:
      if (!written_) out_ << "qid\trank\tid\tscore\tdate\ttitle\n";
      for (const Hit& hit : response.hits)
        out_ << one_field(qid) << '\t' << hit.rank << '\t' << one_field(hit.id) << '\t'
             << format_score(hit.score, 4) << '\t' << one_field(hit.date) << '\t' << one_field(hit.title) << '\n';
      break;
    case Format::Trec:
      for (const Hit& hit : response.hits)
        out_ << one_field(qid) << " Q0 " << one_field(hit.id) << ' ' << hit.rank << ' '
             << format_score(hit.score, 6) << ' ' << options_.run_tag << '\n';
      break;
  }
  ++written_;
}

void ResultWriter::table(const std::string& qid, const std::string& query, const SearchResponse& r) {
  if (options_.batch) out_ << (written_ ? "\n" : "") << paint("# " + qid + ": " + query, kBold) << '\n';
  for (const std::string& line : r.explanation) out_ << paint(line, kDim) << '\n';
  if (!r.suggestion.empty()) out_ << "forse cercavi: " << paint(r.suggestion, kBold) << '\n';
  out_ << (r.total_exact ? "" : "about ") << r.total << (r.total == 1 ? " result" : " results")
       << (r.total_exact ? "" : " (" + estimate_note(r) + ")") << '\n';

  std::size_t rank_width = 1, id_width = 1;
  for (const Hit& hit : r.hits) {
    rank_width = std::max(rank_width, std::to_string(hit.rank).size());
    id_width = std::max(id_width, width(hit.id));
  }
  const std::string indent(rank_width + 2, ' ');
  for (const Hit& hit : r.hits) {
    out_ << '\n'
         << paint(pad_left(std::to_string(hit.rank), rank_width), kDim) << "  "
         << paint(pad(hit.id, id_width), kCyan) << "  " << pad(hit.date.empty() ? "-" : hit.date, 10)
         << "  " << format_score(hit.score, 4) << '\n';
    out_ << indent << paint(hit.title.empty() ? "(no title)" : hit.title, kBold) << '\n';
    if (!hit.snippet.empty()) {
      out_ << indent
           << (options_.color ? highlighted(hit.snippet, kHighlight, kReset)
                              : highlighted(hit.snippet, kPlainHighlightStart, kPlainHighlightEnd))
           << '\n';
    }
    std::map<std::string, std::vector<std::string>> by_facet;
    for (const Entity& e : hit.entities) by_facet[e.facet].push_back(e.name);
    std::string line;
    for (facets::Facet f : facets::kEntityFacets) {
      const std::string facet(facet_name(f));
      auto it = by_facet.find(facet);
      if (it == by_facet.end()) continue;
      if (!line.empty()) line += "; ";
      line += paint(facet + ":", kGreen) + ' ';
      for (std::size_t i = 0; i < it->second.size(); ++i) line += (i ? ", " : "") + it->second[i];
    }
    if (!line.empty()) out_ << indent << line << '\n';
  }
  for (const FacetCounts& f : r.facets) {
    out_ << '\n' << paint(std::string(facets::counts_name(f)), kGreen) << " (" << f.distinct
         << (f.distinct == 1 ? " value" : " values")
         << (f.date != facets::DateGranularity::none ? std::string(", by ") + date_granularity_name(f.date) : "")
         << (f.own_filter_ignored ? ", its own filter ignored" : "") << ")\n";
    std::size_t name_width = 0, count_width = 0;
    for (const FacetValue& v : f.values) {
      name_width = std::max(name_width, width(v.name));
      count_width = std::max(count_width, std::to_string(v.count).size());
    }
    for (const FacetValue& v : f.values)
      out_ << "  " << pad(v.name, name_width) << "  " << pad_left(std::to_string(v.count), count_width)
           << (v.name != v.id ? "  " + paint(v.id, kDim) : std::string()) << '\n';
  }
}

void ResultWriter::write_values(Facet facet, const std::vector<FacetValue>& values) {
  switch (options_.format) {
    case Format::Json:
    case Format::Jsonl: {
      nlohmann::json list = nlohmann::json::array();
      for (const FacetValue& v : values) {
        nlohmann::json item{{"facet", facet_name(facet)}, {"id", v.id}, {"name", v.name}, {"count", v.count}};
        if (options_.format == Format::Jsonl) out_ << item.dump() << '\n';
        else list.push_back(std::move(item));
      }
      if (options_.format == Format::Json) out_ << list.dump(2) << '\n';
      break;
    }
    case Format::Tsv:
    case Format::Trec:
      out_ << "id\tname\tcount\n";
      for (const FacetValue& v : values) out_ << one_field(v.id) << '\t' << one_field(v.name) << '\t' << v.count << '\n';
      break;
    case Format::Table: {
      std::vector<FacetValue> shown = values;
      for (FacetValue& v : shown) v.id = terminal_text(v.id), v.name = terminal_text(v.name);
      std::size_t name_width = 0, count_width = 0;
      for (const FacetValue& v : shown) {
        name_width = std::max(name_width, width(v.name));
        count_width = std::max(count_width, std::to_string(v.count).size());
      }
      for (const FacetValue& v : shown)
        out_ << pad(v.name, name_width) << "  " << pad_left(std::to_string(v.count), count_width)
             << (v.name != v.id ? "  " + paint(v.id, kDim) : std::string()) << '\n';
      break;
    }
  }
}

void ResultWriter::finish() {
  if (options_.format == Format::Json && options_.batch) out_ << (written_ ? "\n]\n" : "[]\n");
}

}  // namespace segugio::search
