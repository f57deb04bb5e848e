// Fuzzes the query front end with arbitrary bytes as a query: parse_query, then
// QueryBuilder with the shared analyzer and facet values resolved against a small
// in-memory database, then the query is run on that database. Checks: the only
// exception is InputError, whose message starts "query: " or names what was wrong and
// is valid UTF-8; a query that builds runs without any Xapian error.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "error.h"
#include "index/document_builder.h"
#include "input/utf8.h"
#include "search/facet_resolver.h"
#include "search/query_builder.h"
#include "search/query_parser.h"

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_query: invariant broken: %s\n", what);
    std::abort();
  }
}

// Three articles, indexed as segugio-index would (without entities).
Xapian::Database make_database(segugio::analysis::Analyzer& analyzer) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  segugio::index::DocumentBuilder builder(analyzer);
  const char* texts[][3] = {
      {"a-1", "Lavrov a Pyongyang", "Il ministro russo Sergej Lavrov incontra Kim Jong Un."},
      {"a-2", "Armi nucleari", "Dell'Assemblea delle Nazioni Unite, la Corea del Nord e le armi."},
      {"a-3", "", "Elezioni in Italia: il governo e l'opposizione, città per città."},
  };
  for (const auto& t : texts) {
    segugio::index::Article article;
    article.id = t[0];
    article.title = t[1];
    article.text = t[2];
    article.date = "20230915";
    article.source = "seed";
    Xapian::Document document = builder.build(article);
    document.add_boolean_term("Q" + article.id);
    db.add_document(document);
  }
  db.commit();
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace segugio;
  static analysis::Analyzer analyzer;
  static Xapian::Database db = make_database(analyzer);
  static search::DatabaseFacetResolver resolver(db, nullptr);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  search::BuiltQuery built;
  try {
    const search::QueryNode node = search::parse_query(text);
    check(!input::find_invalid_utf8(search::to_string(node)), "the rendered tree is valid UTF-8");
    search::QueryBuilder builder(analyzer, resolver);
    built = builder.build(node, search::Filters{});
  } catch (const InputError& e) {
    check(!input::find_invalid_utf8(e.what()), "the error message is valid UTF-8");
    return 0;
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(built.query);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  check(mset.size() <= 3, "at most every document matches");
  return 0;
}
