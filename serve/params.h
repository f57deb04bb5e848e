#pragma once
// The one place where a URL's query parameters become a search: every endpoint and the
// page read their state through parse_state(), and every link the page draws is written
// back by to_query(), so the state in the URL and the search it runs cannot disagree.
//
// Parameters (the names of segugio-query's options):
//   q                                     the query language of query_parser.h
//   person country org place source       filter values, repeatable (a leading - excludes)
//   not_person ... not_source             excluded values, repeatable
//   from to                               YYYY-MM-DD, YYYY-MM or YYYY
//   sort=relevance|date  offset  limit    ordering and paging
//   facets=person,country,...,date  facet_limit   counted facets (search/facet_list.h:
//                                         date, date:year, date:month, date:day) and
//                                         values per facet (0 all)
//   multi_select=0|1                      each facet counted without its own filters
//   snippets=0|1  spelling=0|1  explain=0|1
//   vq_<facet>                            the page's value search box of a facet panel
// A new library option is one more line here.
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "search/facet_list.h"
#include "search/searcher.h"

namespace segugio::serve {

using search::Facet;

// Bounds on what one request may ask for (cli.h sets them from the options).
struct Limits {
  std::size_t max_query_bytes = 1024;
  std::size_t max_page_size = 100;     // limit
  std::size_t max_offset = 10000;
  std::size_t max_facet_limit = 1000;  // facet_limit (0, all values, is allowed too)
  std::size_t max_filter_values = 64;  // facet filter values in one request
};

inline constexpr std::size_t kFacetCount = 5;  // person, country, org, place, source
std::size_t facet_index(Facet facet);

// What a URL says, before it becomes a SearchRequest.
struct State {
  std::string q;
  std::array<std::vector<std::string>, kFacetCount> include;  // as given
  std::array<std::vector<std::string>, kFacetCount> exclude;
  std::string from, to;
  std::string sort = "relevance";
  std::size_t offset = 0;
  std::size_t limit = 10;
  std::optional<search::FacetList> facets;  // unset: the endpoint's default
  std::optional<std::size_t> facet_limit;
  bool multi_select = false;
  bool snippets = true;
  bool spelling = true;
  bool explain = false;
  std::array<std::string, kFacetCount> value_search;  // vq_<facet>

  bool has_filters() const;
};

using Params = std::multimap<std::string, std::string>;

// Throws InputError naming the parameter: an unknown parameter, a number that is not
// one, a value past LIMITS. With PAGE, the page's own parameters (vq_*) are allowed.
State parse_state(const Params& params, const Limits& limits, bool page);

// The SearchRequest a state asks for; FACETS (no date facet) and FACET_LIMIT when the
// state names none.
// Throws InputError for a bad date or facet value.
search::SearchRequest to_request(const State& state, std::span<const Facet> default_facets,
                                 std::size_t default_facet_limit);

// The state as a query string ("q=...&country=RU"), without the leading '?'; only
// what differs from the defaults, so URLs stay short and stable.
std::string to_query(const State& state);

// The same state with one facet value added if absent, removed if present.
State toggled(State state, Facet facet, const std::string& value);

// Percent-encoding of one query-string component (RFC 3986 unreserved kept).
std::string url_encode(std::string_view text);

}  // namespace segugio::serve
