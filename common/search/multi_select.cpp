#include "search/multi_select.h"

#include <algorithm>

namespace segugio::search {

void count_multi_select(const Xapian::Database& db, QueryBuilder& builder, const MultiSelect& how,
                        const std::vector<Facet>& facets, FacetNames& names, std::vector<FacetCounts>& counts) {
  for (std::size_t i = 0; i < facets.size() && i < counts.size(); ++i) {
    const Facet facet = facets[i];
    Filters others = how.filters;
    std::erase_if(others.facets, [facet](const FacetFilter& f) { return f.facet == facet; });
    if (others.facets.size() == how.filters.facets.size()) continue;  // no filter of its own
    const BuiltQuery without = builder.build(how.tree, others);
    FacetCounter counter(db, {facet}, how.counting);
    counter.count(db, without.query);
    std::vector<FacetCounts> own = counter.results(how.facet_limit, names);
    if (own.empty()) continue;
    own.front().own_filter_ignored = true;
    counts[i] = std::move(own.front());
  }
}

}  // namespace segugio::search
