#include "params.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "error.h"
#include "search/batch.h"
#include "search/query_builder.h"

namespace segugio::serve {
namespace {

using search::kAllFacets;
using search::facet_name;

std::size_t number(const std::string& name, const std::string& text, std::size_t max) {
  std::size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    throw InputError("parameter " + name + ": not a number: \"" + text + "\"");
  if (value > max) throw InputError("parameter " + name + ": at most " + std::to_string(max));
  return value;
}

bool flag(const std::string& name, const std::string& text) {
  if (text == "1" || text == "true" || text == "yes") return true;
  if (text == "0" || text == "false" || text == "no") return false;
  throw InputError("parameter " + name + ": give 1 or 0, not \"" + text + "\"");
}

// The library's parser (segugio-query's --facets), each facet counted once.
search::FacetList facet_list(const std::string& list) {
  search::FacetList parsed = search::parse_facet_list(list);
  std::vector<Facet> once;
  for (Facet f : parsed.facets)
    if (std::find(once.begin(), once.end(), f) == once.end()) once.push_back(f);
  parsed.facets = std::move(once);
  return parsed;
}

std::string date_facet_name(facets::DateGranularity date) {
  switch (date) {
    case facets::DateGranularity::year: return "date:year";
    case facets::DateGranularity::month: return "date";  // parse_facet_list's "date"
    case facets::DateGranularity::day: return "date:day";
    case facets::DateGranularity::none: break;
  }
  return "";
}

std::string joined(const search::FacetList& list) {
  std::string out;
  for (Facet f : list.facets) out += (out.empty() ? "" : ",") + std::string(facet_name(f));
  if (list.date != facets::DateGranularity::none) out += (out.empty() ? "" : ",") + date_facet_name(list.date);
  return out;
}

}  // namespace

std::size_t facet_index(Facet facet) { return static_cast<std::size_t>(facet); }

bool State::has_filters() const {
  for (std::size_t i = 0; i < kFacetCount; ++i)
    if (!include[i].empty() || !exclude[i].empty()) return true;
  return !from.empty() || !to.empty();
}

State parse_state(const Params& params, const Limits& limits, bool page) {
  State s;
  std::size_t values = 0;
  for (const auto& [name, value] : params) {
    if (name == "q") {
      if (value.size() > limits.max_query_bytes)
        throw InputError("query: longer than " + std::to_string(limits.max_query_bytes) + " bytes");
      s.q = value;
    } else if (name == "from") {
      s.from = value;
    } else if (name == "to") {
      s.to = value;
    } else if (name == "sort") {
      if (value != "relevance" && value != "date")
        throw InputError("parameter sort: relevance or date, not \"" + value + "\"");
      s.sort = value;
    } else if (name == "offset") {
      s.offset = number(name, value, limits.max_offset);
    } else if (name == "limit") {
      s.limit = number(name, value, limits.max_page_size);
    } else if (name == "facets") {
      s.facets = facet_list(value);
    } else if (name == "facet_limit") {
      s.facet_limit = number(name, value, limits.max_facet_limit);
    } else if (name == "multi_select") {
      s.multi_select = flag(name, value);
    } else if (name == "snippets") {
      s.snippets = flag(name, value);
    } else if (name == "spelling") {
      s.spelling = flag(name, value);
    } else if (name == "explain") {
      s.explain = flag(name, value);
    } else {
      bool known = false;
      for (Facet f : kAllFacets) {
        const std::string facet(facet_name(f));
        const bool include = name == facet, exclude = name == "not_" + facet;
        if (include || exclude) {
          known = true;
          if (value.empty()) break;  // an empty form field: no filter
          if (value.size() > limits.max_query_bytes)
            throw InputError("parameter " + name + ": longer than " + std::to_string(limits.max_query_bytes) + " bytes");
          if (++values > limits.max_filter_values)
            throw InputError("at most " + std::to_string(limits.max_filter_values) + " filter values");
          auto& list = include ? s.include[facet_index(f)] : s.exclude[facet_index(f)];
          if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
          break;
        }
        if (page && name == "vq_" + facet) {
          if (value.size() > limits.max_query_bytes) throw InputError("parameter " + name + ": too long");
          s.value_search[facet_index(f)] = value;
          known = true;
          break;
        }
      }
      if (!known) throw InputError("unknown parameter \"" + name + "\"");
    }
  }
  return s;
}

search::SearchRequest to_request(const State& s, std::span<const Facet> default_facets,
                                 std::size_t default_facet_limit) {
  search::SearchRequest r;
  r.query = s.q;
  for (Facet f : kAllFacets) {
    for (const std::string& v : s.include[facet_index(f)]) r.filters.facets.push_back(search::facet_filter(f, v));
    for (const std::string& v : s.exclude[facet_index(f)]) {
      search::FacetFilter filter = search::facet_filter(f, v);
      filter.negated = !filter.negated;
      r.filters.facets.push_back(std::move(filter));
    }
  }
  r.filters.from = s.from;
  r.filters.to = s.to;
  if (!s.from.empty()) search::parse_date_bound(s.from, false);  // a bad date is a 400 before any search
  if (!s.to.empty()) search::parse_date_bound(s.to, true);
  r.sort = s.sort == "date" ? search::SortOrder::Date : search::SortOrder::Relevance;
  r.offset = s.offset;
  r.limit = s.limit;
  r.facets = s.facets ? s.facets->facets : std::vector<Facet>(default_facets.begin(), default_facets.end());
  r.date_facet = s.facets ? s.facets->date : facets::DateGranularity::none;
  r.facet_limit = s.facet_limit.value_or(default_facet_limit);
  r.multi_select = s.multi_select;
  r.snippets = s.snippets;
  r.spelling = s.spelling;
  r.explain = s.explain;
  return r;
}

std::string url_encode(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string to_query(const State& s) {
  std::string out;
  auto add = [&](std::string_view name, std::string_view value) {
    out += (out.empty() ? "" : "&") + std::string(name) + "=" + url_encode(value);
  };
  if (!s.q.empty()) add("q", s.q);
  for (Facet f : kAllFacets) {
    const std::string facet(facet_name(f));
    for (const std::string& v : s.include[facet_index(f)]) add(facet, v);
    for (const std::string& v : s.exclude[facet_index(f)]) add("not_" + facet, v);
  }
  if (!s.from.empty()) add("from", s.from);
  if (!s.to.empty()) add("to", s.to);
  if (s.sort != "relevance") add("sort", s.sort);
  if (s.offset) add("offset", std::to_string(s.offset));
  if (s.limit != 10) add("limit", std::to_string(s.limit));
  if (s.facets) add("facets", joined(*s.facets));
  if (s.facet_limit) add("facet_limit", std::to_string(*s.facet_limit));
  if (s.multi_select) add("multi_select", "1");
  if (!s.snippets) add("snippets", "0");
  if (!s.spelling) add("spelling", "0");
  if (s.explain) add("explain", "1");
  for (Facet f : kAllFacets)
    if (!s.value_search[facet_index(f)].empty()) add("vq_" + std::string(facet_name(f)), s.value_search[facet_index(f)]);
  return out;
}

State toggled(State s, Facet facet, const std::string& value) {
  auto& list = s.include[facet_index(facet)];
  auto it = std::find(list.begin(), list.end(), value);
  if (it != list.end()) list.erase(it);
  else list.push_back(value);
  s.offset = 0;  // a new filter starts at the first page
  return s;
}

}  // namespace segugio::serve
