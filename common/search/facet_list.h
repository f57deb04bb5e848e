#pragma once
// The facets a user asks to count, as written on the command line or in a batch line:
// "person,country,date:month".
#include <string_view>
#include <vector>

#include "search/facet.h"

namespace segugio::search {

struct FacetList {
  std::vector<Facet> facets;
  facets::DateGranularity date = facets::DateGranularity::none;  // "date[:year|month|day]"
};

// Comma-separated facet names (facets::parse_facet) and "date", "date:year",
// "date:month", "date:day" ("date" alone counts by month). Throws InputError naming
// the unknown entry and the known ones.
FacetList parse_facet_list(std::string_view list);

}  // namespace segugio::search
