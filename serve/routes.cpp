#include "routes.h"

#include <sys/stat.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <sstream>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "article.h"
#include "assets.h"
#include "error.h"
#include "html.h"
#include "schema.h"
#include "search/output.h"
#include "timeline.h"

namespace segugio::serve {
namespace {

using search::Facet;

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr std::size_t kPageFacetLimit = 10;
constexpr std::size_t kBrowseDefaultLimit = 10;

// An article id that is not in the database.
class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

Params params_of(const httplib::Request& req) { return Params(req.params.begin(), req.params.end()); }

std::string error_json(int status, const std::string& message) {
  return nlohmann::json{{"error", message}, {"status", status}}.dump(-1, ' ', false,
                                                                     nlohmann::json::error_handler_t::replace) + "\n";
}

// Runs BODY; maps the library's exceptions to statuses: bad input 400, unknown id 404,
// an unusable database 503 (with Retry-After), anything else 500. JSON for the API,
// a page otherwise.
template <typename Body>
void answer(Context& context, const httplib::Request& req, httplib::Response& res, bool json, Body body) {
  int status = 200;
  std::string message;
  try {
    body();
    return;
  } catch (const InputError& e) {
    status = 400;
    message = e.what();
  } catch (const NotFound& e) {
    status = 404;
    message = e.what();
  } catch (const DatabaseError& e) {
    status = 503;
    message = e.what();
    context.handles.drop();  // the next request opens it afresh
    res.set_header("Retry-After", "1");
  } catch (const std::exception& e) {
    status = 500;
    message = e.what();
    context.handles.drop();
  }
  res.status = status;
  if (json) {
    res.set_content(error_json(status, message), kJson);
  } else {
    State state;
    try {
      state = parse_state(params_of(req), context.limits, true);
    } catch (const std::exception&) {
      // the error page shows an empty search bar
    }
    res.set_content(render_error(status, message, state), kHtml);
  }
}

std::string search_json(const search::SearchRequest& request, const search::SearchResponse& response) {
  std::ostringstream out;
  search::OutputOptions options;
  options.format = search::Format::Json;
  search::ResultWriter writer(out, options);
  writer.write("1", request.query, response);
  writer.finish();
  return out.str();
}

// The newest modification time of the database's files (a stub: the stub file), as
// ISO 8601 UTC; empty when there is nothing local to look at (a remote database).
std::string last_update(const std::string& path) {
  std::error_code ec;
  std::time_t newest = 0;
  auto consider = [&](const std::filesystem::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode)) newest = std::max(newest, st.st_mtime);
  };
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) consider(entry.path());
  } else {
    consider(path);
  }
  if (newest == 0) return "";
  std::tm tm{};
  gmtime_r(&newest, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

void api_search(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, true, [&] {
    State state = parse_state(params_of(req), c.limits, false);
    search::SearchRequest request = to_request(state, {}, 10);
    search::SearchResponse response = c.handles.local().searcher.search(request);
    res.set_content(search_json(request, response), kJson);
  });
}

void api_suggest(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, true, [&] {
    State state = parse_state(params_of(req), c.limits, false);
    search::SearchRequest request = to_request(state, {}, 10);
    request.limit = 0;
    request.snippets = false;
    request.spelling = true;
    request.facets.clear();
    request.date_facet = facets::DateGranularity::none;
    search::SearchResponse response = c.handles.local().searcher.search(request);
    res.set_content(search_json(request, response), kJson);
  });
}

void api_facets(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, true, [&] {
    auto facet = search::parse_facet(req.matches[1].str());
    if (!facet) throw NotFound("unknown facet \"" + req.matches[1].str() + "\" (known: person, country, org, place, source)");
    std::string prefix;
    std::size_t limit = kBrowseDefaultLimit;
    for (const auto& [name, value] : req.params) {
      if (name == "prefix") {
        if (value.size() > c.limits.max_query_bytes) throw InputError("parameter prefix: too long");
        prefix = value;
      } else if (name == "limit") {
        State s = parse_state({{"facet_limit", value}}, c.limits, false);
        limit = *s.facet_limit;
      } else {
        throw InputError("unknown parameter \"" + name + "\"");
      }
    }
    auto values = c.handles.local().searcher.browse(*facet, prefix, limit);
    std::ostringstream out;
    search::OutputOptions options;
    options.format = search::Format::Json;
    search::ResultWriter(out, options).write_values(*facet, values);
    res.set_content(out.str(), kJson);
  });
}

void api_timeline(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, true, [&] {
    State state = parse_state(params_of(req), c.limits, false);
    search::SearchRequest request = timeline_request(to_request(state, {}, 10), false);
    Timeline t = timeline_of(c.handles.local().searcher.search(request));
    nlohmann::json months = nlohmann::json::array();
    for (const MonthCount& m : t.months) months.push_back({{"month", m.month}, {"count", m.count}});
    res.set_content(nlohmann::json{{"query", state.q}, {"dated", t.dated}, {"undated", t.undated}, {"months", months}}
                            .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                    kJson);
  });
}

std::string article_id(const httplib::Request& req) {
  if (!req.has_param("id") || req.get_param_value("id").empty()) throw InputError("parameter id: missing");
  return req.get_param_value("id");
}

// The article route's own parameter (id) besides the search state it came from.
Params without_id(const httplib::Request& req) {
  Params params = params_of(req);
  params.erase("id");
  return params;
}

void api_article(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, true, [&] {
    const std::string id = article_id(req);
    if (req.params.size() != 1) throw InputError("parameter id: give only the id");
    auto article = find_article(c.handles.local().searcher.database(), id);
    if (!article) throw NotFound("no article with id \"" + id + "\"");
    res.set_content(article_json(*article).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", kJson);
  });
}

void api_status(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, true, [&] {
    if (!req.params.empty()) throw InputError("unknown parameter \"" + req.params.begin()->first + "\"");
    const Xapian::Database& db = c.handles.local().searcher.database();
    nlohmann::json j{{"articles", db.get_doccount()},
                     {"analyzer", db.get_metadata(std::string(schema::kMetaAnalyzer))},
                     {"schema", db.get_metadata(std::string(schema::kMetaSchema))},
                     {"key_fold", db.get_metadata(std::string(schema::kMetaKeyFold))},
                     {"revision", db.get_revision()},
                     {"last_update", last_update(c.handles.path())}};
    res.set_content(j.dump(2) + "\n", kJson);
  });
}

void page_search(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, false, [&] {
    SearchPage page;
    page.state = parse_state(params_of(req), c.limits, true);
    search::SearchRequest request = to_request(page.state, search::kAllFacets, kPageFacetLimit);
    // The timeline shows every period of the matches, the chosen one marked: without a
    // chosen period the search's own date facet counts it, else a count without it.
    const bool chosen_period = !request.filters.from.empty() || !request.filters.to.empty();
    request.date_facet = chosen_period ? facets::DateGranularity::none : facets::DateGranularity::month;
    search::Searcher& searcher = c.handles.local().searcher;
    page.response = searcher.search(request);
    page.timeline = timeline_of(chosen_period ? searcher.search(timeline_request(request, true)) : page.response);
    // The panels are the entity and source facets; the timeline drew the dates.
    std::erase_if(page.response.facets,
                  [](const search::FacetCounts& counts) { return counts.date != facets::DateGranularity::none; });
    // A panel's value search lists every value of that facet in the matches.
    for (Facet f : search::kAllFacets) {
      if (page.state.value_search[facet_index(f)].empty()) continue;
      search::SearchRequest all = request;
      all.limit = 0;
      all.snippets = all.spelling = all.explain = false;
      all.facets = {f};
      all.date_facet = facets::DateGranularity::none;
      all.facet_limit = 0;
      search::SearchResponse counted = searcher.search(all);
      for (auto& counts : page.response.facets)
        if (counts.facet == f && !counted.facets.empty()) counts = counted.facets.front();
    }
    res.set_content(render_search(page), kHtml);
  });
}

void page_article(Context& c, const httplib::Request& req, httplib::Response& res) {
  answer(c, req, res, false, [&] {
    const std::string id = article_id(req);
    State back = parse_state(without_id(req), c.limits, true);
    auto article = find_article(c.handles.local().searcher.database(), id);
    if (!article) throw NotFound("no article with id \"" + id + "\"");
    res.set_content(render_article(*article, back), kHtml);
  });
}

}  // namespace

void add_routes(httplib::Server& server, Context& c) {
  using Handler = void (*)(Context&, const httplib::Request&, httplib::Response&);
  auto bind = [&c](Handler h) { return [&c, h](const httplib::Request& req, httplib::Response& res) { h(c, req, res); }; };
  server.Get("/", bind(page_search));
  server.Get("/article", bind(page_article));
  server.Get("/api/search", bind(api_search));
  server.Get("/api/suggest", bind(api_suggest));
  server.Get(R"(/api/facets/([a-z]+))", bind(api_facets));
  server.Get("/api/timeline", bind(api_timeline));
  server.Get("/api/article", bind(api_article));
  server.Get("/api/status", bind(api_status));
  server.Get(R"(/assets/([a-z0-9.]+))", [](const httplib::Request& req, httplib::Response& res) {
    const Asset* asset = find_asset(req.matches[1].str());
    if (!asset) return;  // 404 from the error handler
    res.set_header("Cache-Control", "public, max-age=300");
    res.set_content(asset->bytes.data(), asset->bytes.size(), asset->content_type);
  });
  // Unknown paths, and any status without a body: JSON under /api/, a page elsewhere.
  server.set_error_handler([&c](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const bool api = req.path.rfind("/api/", 0) == 0;
    const std::string message = res.status == 404   ? "no such page: " + req.path
                                : res.status == 405 ? "only GET and HEAD are served"
                                : res.status == 413 ? "request too large"
                                : res.status == 414 ? "address too long"
                                                    : "bad request (HTTP " + std::to_string(res.status) + ")";
    if (api) res.set_content(error_json(res.status, message), kJson);
    else res.set_content(render_error(res.status, message, State{}), kHtml);
  });
  // Nothing changes state: other methods are refused.
  auto refuse = [](const httplib::Request&, httplib::Response& res) { res.status = 405; };
  server.Post(".*", refuse);
  server.Put(".*", refuse);
  server.Patch(".*", refuse);
  server.Delete(".*", refuse);
}

}  // namespace segugio::serve
