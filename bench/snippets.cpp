// segugio-bench-snippets DB QUERIES.tsv [--limit N]
//
// Snippet building alone, three ways, on the top 10 results of each query (one
// "id<TAB>question" per line; the question is run as a free-text query):
//   xapian     Xapian::MSet::snippet with its own Italian stemmer (how snippets were
//              made before), on the stored text;
//   segugio    search::Snippets: the stored text analysed again, one pass per result,
//              query terms weighed once per query;
//   positions  the least a snippet built from offsets stored at index time would read:
//              the position list of every query term in every result (no analysis, no
//              offset table decoded), to compare re-analysing with.
// Prints the seconds of each and the ratios. Exit codes: 0 success, 2 error.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/facet_resolver.h"
#include "search/query_builder.h"
#include "search/query_parser.h"
#include "search/snippet.h"

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// A resolver for free-text questions: they name no facet value.
class NoFacets : public segugio::search::FacetResolver {
 public:
  segugio::search::Resolution resolve_value(segugio::search::Facet, std::string_view) const override { return {}; }
};

int run(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: segugio-bench-snippets DB QUERIES.tsv [--limit N]\n";
    return 2;
  }
  std::size_t limit = 1000;
  if (argc == 5 && std::string(argv[3]) == "--limit") limit = std::stoul(argv[4]);
  Xapian::Database db(argv[1]);
  std::ifstream in(argv[2]);
  if (!in) throw std::runtime_error(std::string(argv[2]) + ": cannot read");
  std::vector<std::string> queries;
  for (std::string line; queries.size() < limit && std::getline(in, line);) {
    auto tab = line.find('\t');
    if (tab != std::string::npos) queries.push_back(line.substr(tab + 1));
  }

  segugio::analysis::Analyzer analyzer;
  NoFacets resolver;
  segugio::search::QueryBuilder builder(analyzer, resolver);
  Xapian::Stem stemmer("italian");
  Xapian::Enquire enquire(db);
  double xapian = 0, segugio = 0, positions = 0;
  std::size_t results = 0, xapian_marks = 0, segugio_marks = 0;
  std::size_t position_reads = 0;
  for (const std::string& q : queries) {
    segugio::search::BuiltQuery built;
    try {
      built = builder.build(segugio::search::parse_query(q), {});
    } catch (const std::exception&) {
      continue;  // a question the query language refuses
    }
    if (built.query.empty()) continue;
    enquire.set_query(built.query);
    Xapian::MSet mset = enquire.get_mset(0, 10);
    std::vector<std::string> texts;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto data = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
      texts.push_back(data.is_object() ? data.value("text", "") : "");
    }
    results += texts.size();

    auto start = Clock::now();
    for (const std::string& text : texts) {
      std::string s = mset.snippet(text, 240, stemmer,
                                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                   "\x01", "\x02", "...");
      xapian_marks += static_cast<std::size_t>(std::count(s.begin(), s.end(), '\x01'));
    }
    xapian += since(start);

    start = Clock::now();
    segugio::search::Snippets snippets(built.query, built.wildcards, db, analyzer);
    for (const std::string& text : texts) {
      std::string s = snippets.make(text);
      segugio_marks += static_cast<std::size_t>(std::count(s.begin(), s.end(), '\x01'));
    }
    segugio += since(start);

    start = Clock::now();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      for (auto t = built.query.get_unique_terms_begin(); t != built.query.get_unique_terms_end(); ++t) {
        if (!(*t).empty() && (*t)[0] >= 'A' && (*t)[0] <= 'Z') continue;  // stems and prefixed terms have no positions
        for (auto p = db.positionlist_begin(*it, *t); p != db.positionlist_end(*it, *t); ++p) ++position_reads;
      }
    }
    positions += since(start);
  }
  std::cout << queries.size() << " queries, " << results << " results\n"
            << "xapian     " << xapian << " s  (" << xapian_marks << " highlights)\n"
            << "segugio    " << segugio << " s  (" << segugio_marks << " highlights)\n"
            << "positions  " << positions << " s  (" << position_reads << " positions read)\n"
            << "xapian / segugio    " << (segugio > 0 ? xapian / segugio : 0) << "\n"
            << "segugio / positions " << (positions > 0 ? segugio / positions : 0) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const Xapian::Error& e) {
    std::cerr << "segugio-bench-snippets: error: " << e.get_description() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "segugio-bench-snippets: error: " << e.what() << "\n";
  }
  return 2;
}
