#pragma once
// Matches per month for the page's timeline and /api/timeline: the searcher's date
// facet (facets/counter.h, DateGranularity::month), exact over every match, turned into
// one bar per month from the first dated match to the last, months without a match
// included.
#include <string>
#include <vector>

#include <xapian.h>

#include "search/searcher.h"

namespace segugio::serve {

struct MonthCount {
  std::string month;  // YYYY-MM
  Xapian::doccount count = 0;
};

struct Timeline {
  std::vector<MonthCount> months;  // every month from the first to the last dated match
  Xapian::doccount dated = 0;      // matches with a date
  Xapian::doccount undated = 0;    // matches without one
};

// REQUEST made to count the timeline only: the date facet by month, no results, no
// other facets, no snippets, spelling or explanation. With EVERY_PERIOD, its from/to
// filters are dropped too, so the months around a chosen period are counted as well.
search::SearchRequest timeline_request(search::SearchRequest request, bool every_period);

// The timeline of RESPONSE, which a request with date_facet = month answered (its
// total is then exact): the months of its date facet, zero-filled; undated, the
// matches the months do not hold. A response without the date facet: no timeline.
Timeline timeline_of(const search::SearchResponse& response);

// Fills the months between two YYYY-MM keys that had no match with zeros.
std::vector<MonthCount> contiguous(const std::vector<MonthCount>& sparse);

}  // namespace segugio::serve
