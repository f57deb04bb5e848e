#include "timeline.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace segugio::serve {
namespace {

// "YYYY-MM", as the date facet names a month.
bool is_month(const std::string& key) {
  if (key.size() != 7 || key[4] != '-') return false;
  for (std::size_t i = 0; i < key.size(); ++i)
    if (i != 4 && !std::isdigit(static_cast<unsigned char>(key[i]))) return false;
  return true;
}

}  // namespace

search::SearchRequest timeline_request(search::SearchRequest request, bool every_period) {
  request.date_facet = facets::DateGranularity::month;
  request.facets.clear();
  request.multi_select = false;
  request.offset = 0;
  request.limit = 0;
  request.snippets = request.spelling = request.explain = false;
  if (every_period) {
    request.filters.from.clear();
    request.filters.to.clear();
  }
  return request;
}

Timeline timeline_of(const search::SearchResponse& response) {
  Timeline timeline;
  auto date = std::find_if(response.facets.begin(), response.facets.end(), [](const search::FacetCounts& c) {
    return c.date == facets::DateGranularity::month;
  });
  if (date == response.facets.end()) return timeline;
  std::vector<MonthCount> sparse;
  for (const search::FacetValue& v : date->values) {
    if (!is_month(v.id)) continue;  // a date slot that is not YYYYMMDD: counted as undated
    sparse.push_back({v.id, v.count});
    timeline.dated += v.count;
  }
  timeline.months = contiguous(sparse);
  timeline.undated = response.total > timeline.dated ? response.total - timeline.dated : 0;
  return timeline;
}

std::vector<MonthCount> contiguous(const std::vector<MonthCount>& sparse) {
  std::vector<MonthCount> out;
  if (sparse.empty()) return out;
  auto parse = [](const std::string& m) { return std::stoi(m.substr(0, 4)) * 12 + std::stoi(m.substr(5, 2)) - 1; };
  const int first = parse(sparse.front().month), last = parse(sparse.back().month);
  std::size_t next = 0;
  for (int m = first; m <= last; ++m) {
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02d", m / 12, m % 12 + 1);
    MonthCount c{key, 0};
    if (next < sparse.size() && sparse[next].month == c.month) c.count = sparse[next++].count;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace segugio::serve
