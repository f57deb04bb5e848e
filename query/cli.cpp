#include "cli.h"

#include <ostream>

#include <CLI/CLI.hpp>

#include "error.h"

namespace segugio::query {
namespace {

constexpr const char* kFooter = R"(
Query language:
  armi nucleari               words: any of them, best matches first (BM25)
  "Kim Jong Un"               phrase
  +armi -nucleari             required word, excluded word
  armi AND (russia OR corea) NOT missili        operators, in capitals
  Lavrov NEAR Kim, Lavrov NEAR/5 Kim            words close to each other
  nucle*                      trailing wildcard
  title:armi, title:"Corea del Nord"            title only
  person:"Kim Jong Un" country:KP org:ONU place:Mosca source:seed  facets
  date:2023-09-01..2023-09-30, date:2023-09, date:..2023-12-31     dates
  Several values of one facet OR together, different facets AND; -country:UA excludes.

Facet values resolve as indexed: --country RU, --country russia and --country russa
are one filter; --person Lavrov finds Sergej Lavrov; an ambiguous value lists what it
could mean. Exclude a value with --not-country RU (or --country=-RU).

Examples:
  segugio-query Lavrov
  segugio-query '"Kim Jong Un"' --facets person,country
  segugio-query --person "Kim Jong Un" --country RU armi
  segugio-query 'country:KP date:2023-09' --sort date --format json
  segugio-query --browse person --prefix Lav
  segugio-query --batch queries.tsv --format trec --limit 100 --run-tag segugio
  printf 'q1\tarmi\n' | segugio-query --batch - --format jsonl

Batch files: one query per line, "qid<TAB>query", or JSON Lines
{"qid": "q1", "query": "armi", "country": ["RU"], "from": "2023-09-01"}.
A bad line is reported as FILE:LINE: error: ... and the others are still answered.

Exit codes:
  0  results found (batch: every line answered, at least one with results)
  1  no results (batch: every line answered, none with results)
  2  error (bad option, query or database; batch: at least one line failed)
)";

}  // namespace

void register_options(CLI::App& app, Options& o) {
  app.description("Search a Segugio database of Italian news articles.");
  app.footer(kFooter);
  app.add_option("query", o.query, "Query (see the query language below); omitted: every article");
  app.add_option("--db", o.db, "Database path (default: $SEGUGIO_DB, else ./segugio-db)");
  app.add_option("--person", o.person, "Only articles about this person (repeatable)")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--country", o.country, "Only articles about this country: code, name or demonym")->allow_extra_args(false)->type_name("C");
  app.add_option("--org", o.org, "Only articles about this organisation")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--place", o.place, "Only articles about this place")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--source", o.source, "Only articles from this source")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--not-person", o.not_person, "Exclude articles about this person")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--not-country", o.not_country, "Exclude articles about this country")->allow_extra_args(false)->type_name("C");
  app.add_option("--not-org", o.not_org, "Exclude articles about this organisation")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--not-place", o.not_place, "Exclude articles about this place")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--not-source", o.not_source, "Exclude articles from this source")->allow_extra_args(false)->type_name("NAME");
  app.add_option("--from", o.from, "Articles dated on or after this day")->type_name("YYYY-MM-DD");
  app.add_option("--to", o.to, "Articles dated on or before this day")->type_name("YYYY-MM-DD");
  app.add_option("--facets", o.facets, "Count these facets over all matches: person,country,org,place,source")
      ->type_name("LIST");
  app.add_option("--facet-limit", o.facet_limit, "Values shown per facet (0: all)")->capture_default_str();
  app.add_option("--browse", o.browse, "List the values of a facet with their article counts")->type_name("FACET");
  app.add_option("--prefix", o.prefix, "With --browse: only values with a word starting so")->type_name("P");
  app.add_option("--sort", o.sort, "Order of the results")
      ->check(CLI::IsMember({"relevance", "date"}))
      ->capture_default_str();
  app.add_option("--limit", o.limit, "Results per query (with --browse: values; default all)")
      ->capture_default_str();
  app.add_option("--offset", o.offset, "Skip this many results first")->capture_default_str();
  app.add_option("--format", o.format, "Output format")
      ->check(CLI::IsMember({"table", "json", "jsonl", "tsv", "trec"}))
      ->capture_default_str();
  app.add_option("--run-tag", o.run_tag, "Last column of TREC lines")->capture_default_str();
  app.add_option("--batch", o.batch, "Run the queries of FILE (- for standard input)")->type_name("FILE");
  app.add_flag("--explain", o.explain, "Show the parsed query and the Xapian query");
  app.add_flag("--no-color", o.no_color, "No colours, even on a terminal");
}

int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err,
        const Environment& env) {
  CLI::App app{"segugio-query", "segugio-query"};
  Options options;
  register_options(app, options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitResults;
  } catch (const CLI::ParseError& e) {
    err << error_line("segugio-query", e.what()) << "\n";
    return kExitError;
  }
  options.limit_given = app.count("--limit") > 0;
  return handle(options, in, out, err, env);
}

}  // namespace segugio::query
