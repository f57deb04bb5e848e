#pragma once
// Matches per month for the page's timeline, counted exactly over every match: the
// request's query and filters are built as the Searcher builds them (the same parser,
// builder and resolver of common/search), and one built-in Xapian::ValueCountMatchSpy
// on the date slot (schema.h: "YYYYMMDD") counts the days of all matches, summed by
// month. Until the library counts a date facet itself, this is the server's own.
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
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

// The timeline of REQUEST's matches (its paging, sort and facets are ignored). Throws
// InputError as a search would; retries when the database changes under it.
Timeline count_months(Xapian::Database db, analysis::Analyzer& analyzer, const search::SearchRequest& request);

// Fills the months between two YYYY-MM keys that had no match with zeros.
std::vector<MonthCount> contiguous(const std::vector<MonthCount>& sparse);

}  // namespace segugio::serve
