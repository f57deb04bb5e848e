// Runs parsed options: one query, a batch, or a facet listing.
#include <fstream>
#include <iostream>
#include <optional>

#include "cli.h"
#include "database_path.h"
#include "error.h"
#include "search/batch.h"
#include "search/facet_list.h"
#include "search/output.h"
#include "search/searcher.h"

namespace segugio::query {
namespace {

using namespace segugio::search;

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}


Filters option_filters(const Options& o) {
  Filters filters;
  auto add = [&](Facet facet, const std::vector<std::string>& values, bool negated) {
    for (const std::string& v : values) {
      FacetFilter f = facet_filter(facet, v);
      f.negated = f.negated != negated;
      filters.facets.push_back(std::move(f));
    }
  };
  add(Facet::person, o.person, false);
  add(Facet::country, o.country, false);
  add(Facet::organisation, o.org, false);
  add(Facet::place, o.place, false);
  add(Facet::source, o.source, false);
  add(Facet::person, o.not_person, true);
  add(Facet::country, o.not_country, true);
  add(Facet::organisation, o.not_org, true);
  add(Facet::place, o.not_place, true);
  add(Facet::source, o.not_source, true);
  filters.from = o.from;
  filters.to = o.to;
  if (!o.from.empty()) parse_date_bound(o.from, false);  // reject bad dates before any search
  if (!o.to.empty()) parse_date_bound(o.to, true);
  return filters;
}

int run_batch(const Options& o, Searcher& searcher, const SearchRequest& base, ResultWriter& writer,
              std::istream& in, std::ostream& out, std::ostream& err) {
  std::ifstream file;
  std::istream* input = &in;
  std::string name = "<stdin>";
  if (o.batch != "-") {
    file.open(o.batch);
    if (!file) throw InputError("cannot read batch file " + o.batch);
    input = &file;
    name = o.batch;
  }
  BatchReader reader(*input, name);
  BatchQuery query;
  std::string error;
  std::size_t answered = 0, failed = 0, with_results = 0;
  while (out && reader.next(query, error)) {
    if (!error.empty()) {
      err << error << '\n';
      ++failed;
      continue;
    }
    SearchRequest request = base;
    request.query = query.query;
    request.filters.facets.insert(request.filters.facets.end(), query.filters.facets.begin(),
                                  query.filters.facets.end());
    if (!query.filters.from.empty()) request.filters.from = query.filters.from;
    if (!query.filters.to.empty()) request.filters.to = query.filters.to;
    try {
      SearchResponse response = searcher.search(request);
      for (const std::string& note : response.notes) err << name << ':' << query.line << ": note: " << note << '\n';
      writer.write(query.qid, query.query, response);
      out.flush();  // each answer as soon as it is made, for a program that waits for it
      ++answered;
      if (response.total > 0) ++with_results;
    } catch (...) {  // input, database and network errors alike: this line failed, the next may not
      err << diagnostic(name, query.line, current_error_message()) << '\n';
      ++failed;
    }
  }
  writer.finish();
  if (failed) {
    err << error_line("segugio-query", std::to_string(failed) + " of " + std::to_string(answered + failed) +
                                           " queries failed") << '\n';
    return kExitError;
  }
  return with_results ? kExitResults : kExitNoResults;
}

}  // namespace

int handle(const Options& o, std::istream& in, std::ostream& out, std::ostream& err, const Environment& env) {
  return run_or_report("segugio-query", err, kExitError, [&] {
    const std::string db = database_path(o.db, env.segugio_db);
    OutputOptions output;
    output.format = parse_format(o.format).value_or(Format::Table);
    output.color = env.stdout_is_tty && !o.no_color && !env.no_color_env && output.format == Format::Table;
    output.batch = !o.batch.empty();
    output.run_tag = o.run_tag;

    SearchRequest base;
    base.query = join(o.query);
    base.filters = option_filters(o);
    base.sort = o.sort == "date" ? SortOrder::Date : SortOrder::Relevance;
    base.offset = o.offset;
    base.limit = o.limit;
    const FacetList facet_list = parse_facet_list(o.facets);
    base.facets = facet_list.facets;
    base.date_facet = facet_list.date;
    base.multi_select = o.multi_select;
    base.facet_limit = o.facet_limit;
    base.snippets = ResultWriter::shows_details(output.format);
    base.spelling = output.format == Format::Table || output.format == Format::Json || output.format == Format::Jsonl;
    base.explain = o.explain;
    base.estimate = o.estimate;
    if (o.count) {
      if (o.estimate) throw InputError("--count prints the exact number: leave out --estimate");
      if (!o.batch.empty() || !o.browse.empty()) throw InputError("--count counts one query: not with --batch or --browse");
      base.limit = 0;
      base.snippets = base.spelling = false;
    }

    std::optional<Facet> browse;
    if (!o.browse.empty()) {
      browse = parse_facet(o.browse);
      if (!browse) throw InputError("unknown facet \"" + o.browse + "\" (known: person, country, org, place, source)");
      if (!o.batch.empty() || !o.query.empty()) throw InputError("--browse lists a facet: give it no query or --batch");
    } else if (!o.prefix.empty()) {
      throw InputError("--prefix goes with --browse FACET");
    }
    if (!o.batch.empty() && !o.query.empty()) throw InputError("give either a QUERY or --batch, not both");

    Searcher searcher(db);
    ResultWriter writer(out, output);
    if (browse) {
      auto values = searcher.browse(*browse, o.prefix, o.limit_given ? o.limit : 0);
      writer.write_values(*browse, values);
      return values.empty() ? kExitNoResults : kExitResults;
    }
    if (!o.batch.empty()) return run_batch(o, searcher, base, writer, in, out, err);

    SearchResponse response = searcher.search(base);
    for (const std::string& note : response.notes) err << "segugio-query: note: " << note << '\n';
    if (o.count) {
      out << response.total << '\n';
      return response.total > 0 ? kExitResults : kExitNoResults;
    }
    if (output.format == Format::Tsv || output.format == Format::Trec)
      for (const std::string& line : response.explanation) err << line << '\n';
    writer.write("1", base.query, response);
    writer.finish();
    return response.total > 0 ? kExitResults : kExitNoResults;
  });
}

}  // namespace segugio::query
