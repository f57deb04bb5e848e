#include "cli.h"

#include <algorithm>
#include <ostream>

#include <CLI/CLI.hpp>

#include "error.h"

namespace segugio::query {
namespace {

constexpr const char* kFooter = R"footer(
Query language:
  armi nucleari               words: any of them, best matches first (BM25)
  "Kim Jong Un"               phrase
  +armi -nucleari             required word, excluded word
  armi AND (russia OR corea) NOT missili        operators, in capitals
  Lavrov NEAR Kim, Lavrov NEAR/5 Kim            words at most 10 (5) positions apart
  nucle*                      trailing wildcard: every word starting so (at most
                              5000 words for all the wildcards of a query)
  title:armi, title:"Corea del Nord"            title only
  person:"Kim Jong Un" country:KP org:ONU place:Mosca source:seed  facets
  date:2023-09-01..2023-09-30, date:2023-09, date:..2023-12-31     dates
  Several values of one facet OR together, different facets AND; -country:UA and
  country:-UA exclude. A word starting with - excludes it: segugio-query Modena -armi
  (a query whose first word starts with -: segugio-query -- -armi Modena).
  A query of stop words only (perche) searches them as written, with a note.

Totals are exact: every match is counted, for any --limit (--limit 0 prints only the
total). --count prints just the number. --estimate lets Xapian estimate instead, which
is faster on big collections; the output then says "about N" and gives the range.
Results are ordered by relevance, then article id (--sort date: newest first, then
id), so --limit 5 is always the first 5 of --limit 100, on one database or on shards.

Facet values resolve as indexed: --country RU, --country russia and --country russa
are one filter. A partial name means every value holding its words, with a note that
lists them and their counts: --person Rossi is every Rossi, --place Reggio is Reggio
Emilia, Reggio Calabria and Reggio; an exact place or organisation name stands alone
when it outweighs the longer ones (--place Modena, not Novi di Modena; the note names
them). A value matching nothing gives a note. Exclude with --not-country RU (or
--country=-RU).

Examples:
  segugio-query Lavrov
  segugio-query '"Kim Jong Un"' --facets person,country
  segugio-query --person "Kim Jong Un" --country RU armi
  segugio-query 'country:KP date:2023-09' --sort date --format json
  segugio-query armi --facets date:year                 matches per year, oldest first
  segugio-query armi --country RU --facets country --multi-select
                              the country counts as if no --country were given
  segugio-query --count '"Kim Jong Un"'          the number of matches only
  segugio-query governo --limit 0                the exact total only: "138 results"
  segugio-query governo --estimate               "about 200 results (estimated, as asked:
                                                 between 138 and 251 match)"
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
)footer";

// A count given on the command line: digits only. CLI11 would read "-3" into a
// std::size_t as a huge number (so "--limit -3" printed everything).
const CLI::Validator kCount(
    [](const std::string& value) {
      bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
      return digits ? std::string() : "\"" + value + "\" is not a count: give a whole number, 0 or more";
    },
    "N");

// A query word starting with '-' ("Modena -armi": armi excluded) is not an option.
// After the query's first word, an argument with a single dash that names no option
// is taken out of ARGS and returned with its place among the query's words.
struct DashWord {
  std::size_t position = 0;  // how many query words come before it
  std::string word;
};

std::vector<DashWord> take_dash_words(const CLI::App& app, std::vector<std::string>& args) {
  std::vector<DashWord> words;
  std::vector<std::string> kept;
  std::size_t positionals = 0;
  bool value_next = false, after_double_dash = false;
  for (std::string& arg : args) {
    if (after_double_dash || value_next) {
      positionals += after_double_dash;
      value_next = false;
    } else if (arg == "--") {
      after_double_dash = true;
    } else if (arg.rfind("--", 0) == 0) {
      const CLI::Option* option = app.get_option_no_throw(arg.substr(0, arg.find('=')));
      value_next = option && arg.find('=') == std::string::npos && option->get_type_size() > 0;
    } else if (arg.size() > 1 && arg[0] == '-') {
      if (positionals > 0 && !app.get_option_no_throw(arg.substr(0, 2))) {
        words.push_back({positionals, std::move(arg)});
        continue;
      }
    } else {
      ++positionals;
    }
    kept.push_back(std::move(arg));
  }
  args = std::move(kept);
  return words;
}

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
  app.add_option("--facets", o.facets,
                 "Count these facets over all matches: person,country,org,place,source, and date "
                 "(by month; date:year, date:month, date:day)")
      ->type_name("LIST");
  app.add_flag("--multi-select", o.multi_select,
               "Count each facet without its own filters (--country RU --facets country shows every country)");
  app.add_option("--facet-limit", o.facet_limit, "Values shown per facet (0: all)")
      ->check(kCount)
      ->capture_default_str();
  app.add_option("--browse", o.browse, "List the values of a facet with their article counts")->type_name("FACET");
  app.add_option("--prefix", o.prefix, "With --browse: only values whose id or name has words starting so (\"Sergej L\")")->type_name("P");
  app.add_option("--sort", o.sort, "Order of the results")
      ->check(CLI::IsMember({"relevance", "date"}))
      ->capture_default_str();
  app.add_option("--limit", o.limit, "Results per query (with --browse: values; default all); 0: only the total")
      ->check(kCount)
      ->capture_default_str();
  app.add_option("--offset", o.offset, "Skip this many results first")->check(kCount)->capture_default_str();
  app.add_flag("--count", o.count, "Print only the exact number of matches (exit 0 if any, 1 if none)");
  app.add_flag("--estimate", o.estimate,
               "Let the total be Xapian's estimate (shown as \"about N\", with its range): faster on big databases");
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
  std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  std::vector<DashWord> dash_words = take_dash_words(app, args);
  std::reverse(args.begin(), args.end());  // CLI11 takes a vector in reverse order
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitResults;
  } catch (const CLI::ParseError& e) {
    err << error_line("segugio-query", e.what()) << "\n";
    return kExitError;
  }
  options.limit_given = app.count("--limit") > 0;
  for (std::size_t i = 0; i < dash_words.size(); ++i) {
    auto at = options.query.begin() + static_cast<std::ptrdiff_t>(std::min(dash_words[i].position + i, options.query.size()));
    options.query.insert(at, dash_words[i].word);
  }
  return handle(options, in, out, err, env);
}

}  // namespace segugio::query
