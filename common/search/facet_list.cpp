#include "search/facet_list.h"

#include <string>

#include "error.h"

namespace segugio::search {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

std::optional<facets::DateGranularity> parse_date_facet(const std::string& name) {
  using facets::DateGranularity;
  const std::string folded = facets::fold_key(name);
  if (folded == "date" || folded == "date:month") return DateGranularity::month;
  if (folded == "date:year") return DateGranularity::year;
  if (folded == "date:day") return DateGranularity::day;
  return std::nullopt;
}

}  // namespace

FacetList parse_facet_list(std::string_view list) {
  FacetList out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = list.find(',', start);
    const std::string name = trimmed(list.substr(start, comma == std::string_view::npos ? list.npos : comma - start));
    if (!name.empty()) {
      if (auto facet = parse_facet(name)) {
        out.facets.push_back(*facet);
      } else if (auto date = parse_date_facet(name)) {
        out.date = *date;
      } else {
        throw InputError("unknown facet \"" + name + "\" (known: " + facets::facet_names_list() +
                         ", date, date:year, date:month, date:day)");
      }
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace segugio::search
