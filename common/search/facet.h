#pragma once
// The facets module (facets/) as the search layer names it: the facet enum and its
// names, terms, key fold, display names and counting, defined there, used here.
#include "facets/counter.h"
#include "facets/facet.h"
#include "facets/key_fold.h"
#include "facets/names.h"

namespace segugio::search {

using facets::Facet;
using facets::kAllFacets;
using facets::kEntityFacets;
using facets::facet_name;
using facets::facet_prefix;
using facets::facet_term;
using facets::parse_facet;
using facets::FacetCounter;
using facets::FacetCounting;
using facets::FacetCounts;
using facets::FacetNames;
using facets::FacetValue;

}  // namespace segugio::search
