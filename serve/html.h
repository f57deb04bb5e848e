#pragma once
// Server-rendered HTML: every page is complete without JavaScript (links and forms),
// and the page script only fetches the same HTML to update in place. Every text that
// comes from an article, a query or a URL goes through escape(); nothing else writes
// such text into a page.
#include <string>
#include <string_view>

#include "article.h"
#include "params.h"
#include "search/searcher.h"
#include "timeline.h"

namespace segugio::serve {

// & < > " ' as entities: safe in element text and in quoted attribute values.
std::string escape(std::string_view text);

// A snippet's text escaped, with its highlight marks (searcher.h) as <mark> elements.
std::string snippet_html(std::string_view snippet);

// Only http and https addresses become links (a "javascript:" url stays text).
bool safe_link(std::string_view url);

// The page's frame: head (stylesheet and script from /assets/), the search bar with
// STATE, then BODY. TITLE is plain text.
std::string page_frame(const std::string& title, const State& state, const std::string& body);

struct SearchPage {
  State state;
  search::SearchResponse response;
  Timeline timeline;
};

// The search page: facet panels, summary, timeline, results, pager.
std::string render_search(const SearchPage& page);
// The article page, its entities marked in the text; BACK is the search it came from.
std::string render_article(const Article& article, const State& back);
// A page that says what went wrong (a bad query, a missing article, no database).
std::string render_error(int status, const std::string& message, const State& state);

// The timeline as an SVG element: one bar per month, each a link that filters the
// search to that month.
std::string timeline_svg(const Timeline& timeline, const State& state);

}  // namespace segugio::serve
