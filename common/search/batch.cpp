#include "search/batch.h"

#include <nlohmann/json.hpp>

#include "error.h"

namespace segugio::search {
namespace {

std::vector<std::string> string_list(const nlohmann::json& value, const std::string& key) {
  std::vector<std::string> out;
  if (value.is_string()) {
    out.push_back(value.get<std::string>());
  } else if (value.is_array()) {
    for (const auto& item : value) {
      if (!item.is_string()) throw InputError("field \"" + key + "\": expected strings");
      out.push_back(item.get<std::string>());
    }
  } else {
    throw InputError("field \"" + key + "\": expected a string or a list of strings");
  }
  return out;
}

BatchQuery parse_json_line(std::string_view text, std::size_t line) {
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a number past a double (1E999)
    std::string what = e.what();
    std::size_t colon = what.find("]: ");
    throw InputError("invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 3)));
  }
  if (!object.is_object()) throw InputError("invalid JSON: expected an object");
  BatchQuery query;
  query.line = line;
  query.qid = std::to_string(line);
  for (const auto& [key, value] : object.items()) {
    if (key == "qid") {
      if (value.is_string()) {
        query.qid = value.get<std::string>();
        if (query.qid.empty()) throw InputError("field \"qid\": empty (as an empty qid before a tab is)");
      }
      else if (value.is_number_integer()) query.qid = std::to_string(value.get<long long>());
      else throw InputError("field \"qid\": expected a string or an integer");
    } else if (key == "query") {
      if (!value.is_string()) throw InputError("field \"query\": expected a string");
      query.query = value.get<std::string>();
    } else if (key == "from" || key == "to") {
      if (!value.is_string()) throw InputError("field \"" + key + "\": expected a date string");
      std::string date = value.get<std::string>();
      parse_date_bound(date, key == "to");  // reject a bad date on its line
      (key == "from" ? query.filters.from : query.filters.to) = date;
    } else if (auto facet = parse_facet(key)) {
      for (const std::string& v : string_list(value, key)) query.filters.facets.push_back(facet_filter(*facet, v));
    } else {
      throw InputError("unknown field \"" + key +
                       "\" (known: qid, query, person, country, org, place, source, from, to)");
    }
  }
  return query;  // no query and no filter: every article, as an empty TSV query or an empty command line
}

}  // namespace

FacetFilter facet_filter(Facet facet, std::string_view value) {
  FacetFilter filter;
  filter.facet = facet;
  filter.negated = !value.empty() && value.front() == '-';
  filter.value = std::string(filter.negated ? value.substr(1) : value);
  if (filter.value.empty())
    throw InputError("empty " + std::string(facet_name(facet)) + " value");
  return filter;
}

BatchQuery parse_batch_line(std::string_view text, std::size_t line) {
  if (!text.empty() && text.front() == '{') return parse_json_line(text, line);
  BatchQuery query;
  query.line = line;
  std::size_t tab = text.find('\t');
  if (tab == std::string_view::npos) {
    query.qid = std::to_string(line);
    query.query = std::string(text);
  } else {
    query.qid = std::string(text.substr(0, tab));
    query.query = std::string(text.substr(tab + 1));
    if (query.qid.empty()) throw InputError("empty qid before the tab");
  }
  return query;
}

bool BatchReader::next(BatchQuery& query, std::string& error) {
  std::string text;
  while (std::getline(in_, text)) {
    ++line_;
    if (line_ == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // byte-order mark
    if (!text.empty() && text.back() == '\r') text.pop_back();
    std::size_t start = text.find_first_not_of(" \t");
    if (start == std::string::npos || text[start] == '#') continue;
    error.clear();
    try {
      query = parse_batch_line(text, line_);
    } catch (const InputError& e) {
      error = diagnostic(name_, line_, e.what());
    }
    return true;
  }
  return false;
}

}  // namespace segugio::search
