#pragma once
// What each path answers. API under /api/ (JSON, errors as {"error","status"}), pages
// at / and /article, embedded assets under /assets/; anything else is 404. Nothing is
// ever read from the file system.
//
//   GET /api/search?...        segugio-query --format json for the same options (params.h)
//   GET /api/facets/FACET?prefix=P&limit=N
//                              segugio-query --browse FACET --prefix P --format json
//   GET /api/suggest?q=...     the search JSON with only the spelling suggestion asked for
//   GET /api/timeline?...      matches per month of the search: its date facet (timeline.h)
//   GET /api/article?id=ID     the stored article with its entities' spans (article.h)
//   GET /api/status            articles, analyzer, schema, key fold, revision, last update
#include <ostream>

#include "handles.h"
#include "params.h"

namespace httplib {
class Server;
}

namespace segugio::serve {

struct Context {
  Handles& handles;
  Limits limits;
};

void add_routes(httplib::Server& server, Context& context);

}  // namespace segugio::serve
