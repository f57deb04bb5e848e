#pragma once
// Multi-select facets (Elasticsearch's post_filter, Meilisearch's disjunctive facets):
// the counts of a facet that has filters of its own are taken over the matches of the
// query without those filters, so a user who picked one country still sees how many
// articles every other country would give. The other facets' filters still apply.
#include <vector>

#include <xapian.h>

#include "search/facet.h"
#include "search/query_builder.h"
#include "search/query_parser.h"

namespace segugio::search {

struct MultiSelect {
  const QueryNode& tree;       // the parsed query
  const Filters& filters;      // the filters given as options or batch fields
  std::size_t facet_limit = 10;
  FacetCounting counting = FacetCounting::Dense;
};

// Replaces, in COUNTS (one per facet of FACETS, in order), the counts of every facet
// that FILTERS restrict (its values included or excluded) by counts without those
// filters, marked own_filter_ignored. Facet values written in the query text are part
// of the query and stay.
void count_multi_select(const Xapian::Database& db, QueryBuilder& builder, const MultiSelect& how,
                        const std::vector<Facet>& facets, FacetNames& names, std::vector<FacetCounts>& counts);

}  // namespace segugio::search
