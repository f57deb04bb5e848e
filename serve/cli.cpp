#include "cli.h"

#include <ostream>

#include <CLI/CLI.hpp>

#include "error.h"
#include "search/searcher.h"

namespace segugio::serve {
namespace {

constexpr const char* kFooter = R"(
Pages: / (search with facets and a timeline), /article?id=ID.
API (JSON): /api/search, /api/facets/FACET?prefix=P, /api/suggest?q=Q, /api/timeline,
/api/article?id=ID, /api/status. The search parameters are segugio-query's options:
q, person, country, org, place, source (repeatable; not_person ... to exclude), from, to,
sort, offset, limit, facets (person,country,...,date or date:year|month|day), facet_limit,
multi_select, snippets, spelling, explain.

Examples:
  segugio-serve --db ./segugio-db                  http://127.0.0.1:8080/
  segugio-serve --port 9000 --threads 16
  curl 'http://127.0.0.1:8080/api/search?q=Lavrov&country=RU&facets=person,country'

It binds to 127.0.0.1 unless --host says otherwise, opens the database read-only and
serves nothing from the file system. While the database cannot be opened, requests get
503 and the next request tries again. Stop it with Ctrl-C (or SIGTERM).

Exit codes:
  0  stopped by a signal
  2  bad option, or the address cannot be bound
)";

}  // namespace

int parse(int argc, const char* const* argv, ServerOptions& o, std::ostream& out, std::ostream& err,
          const Environment& env) {
  CLI::App app{"Serve a Segugio database: a faceted search page and a JSON API.", "segugio-serve"};
  app.footer(kFooter);
  bool quiet = false;
  app.add_option("--db", o.db, "Database path (default: $SEGUGIO_DB, else ./segugio-db)");
  app.add_option("--host", o.host, "Address to listen on (0.0.0.0: every interface)")->capture_default_str();
  app.add_option("--port", o.port, "Port (0: any free port)")->check(CLI::Range(0, 65535))->capture_default_str();
  app.add_option("--threads", o.threads, "Request threads, each with its own database handle")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  app.add_option("--max-query-bytes", o.limits.max_query_bytes, "Longest query (and filter value) accepted")
      ->check(CLI::Range(1, 8192))
      ->capture_default_str();
  app.add_option("--max-page-size", o.limits.max_page_size, "Most results per page (limit)")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  app.add_option("--timeout", o.read_timeout_s, "Seconds a client may take to send a request or read an answer")
      ->check(CLI::Range(1, 600))
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "No line per request (the start-up line and errors only)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "segugio-serve: " << e.what() << "\n";
    return kExitError;
  }
  if (o.db.empty()) o.db = !env.segugio_db.empty() ? env.segugio_db : "./segugio-db";
  o.write_timeout_s = o.read_timeout_s;
  o.log_requests = !quiet;
  return -1;
}

int serve(const ServerOptions& options, std::ostream& log, const std::function<void(Server&)>& ready) {
  Server server(options, log);
  std::string error;
  if (!server.bind(error)) {
    log << "segugio-serve: " << error << std::endl;
    return kExitError;
  }
  // Open once to say what is served; a database that is not there yet is no reason
  // not to start (requests get 503 until it can be opened).
  std::string state;
  try {
    search::Searcher searcher(options.db);
    state = std::to_string(searcher.database().get_doccount()) + " articles";
  } catch (const std::exception& e) {
    state = std::string("not available yet: ") + e.what();
  }
  const std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  log << "segugio-serve: serving " << options.db << " (" << state << ") at http://" << host << ':' << server.port()
      << "/ with " << options.threads << " threads" << std::endl;
  ready(server);
  server.listen();
  log << "segugio-serve: stopped" << std::endl;
  return kExitOk;
}

}  // namespace segugio::serve
