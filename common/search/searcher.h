#pragma once
// Opens a Segugio database and answers queries: parse, build, match, page, sort,
// snippets, entities, exact facet counts, spelling suggestions.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/facet_counter.h"
#include "search/facet_resolver.h"
#include "search/query_builder.h"
#include "search/spelling.h"

namespace segugio::search {

// Marks around the highlighted words of a snippet; the output module renders them.
inline constexpr char kHighlightStart = '\x01';
inline constexpr char kHighlightEnd = '\x02';

enum class SortOrder { Relevance, Date };

struct SearchRequest {
  std::string query;  // the query language of query_parser.h; empty: every article
  Filters filters;
  SortOrder sort = SortOrder::Relevance;
  std::size_t offset = 0;
  std::size_t limit = 10;
  std::vector<Facet> facets;  // count these over all matches
  std::size_t facet_limit = 10;
  bool snippets = true;   // snippet, title, date, entities of each hit
  bool spelling = true;   // suggest corrections for unknown words
  bool explain = false;
};

struct Entity {
  std::string facet;
  std::string id;
  std::string name;
  int mentions = 0;
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first match (offset included)
  Xapian::docid docid = 0;
  std::string id;
  double score = 0;
  // Filled when SearchRequest::snippets:
  std::string title;
  std::string date;  // YYYY-MM-DD or empty
  std::string url;
  std::string source;
  std::string snippet;  // plain text with kHighlightStart/End around matched words
  std::vector<Entity> entities;
};

struct SearchResponse {
  Xapian::doccount total = 0;  // matches (exact when facets were counted)
  bool total_exact = false;
  std::vector<Hit> hits;
  std::vector<FacetCounts> facets;
  std::string suggestion;                 // corrected query, or empty
  std::vector<std::string> notes;         // facet values that match nothing
  std::vector<std::string> explanation;   // parsed query, resolutions, Xapian query
};

class Searcher {
 public:
  // Throws DatabaseError when PATH cannot be opened or was analysed otherwise.
  explicit Searcher(const std::string& path,
                    std::shared_ptr<const FacetLexicon> lexicon = default_lexicon());

  // Throws InputError for a bad query or filter; retries after the database changed
  // under it (Xapian::DatabaseModifiedError).
  SearchResponse search(const SearchRequest& request);

  // Every value of FACET (by word prefix), with counts over the whole database.
  std::vector<FacetValue> browse(Facet facet, const std::string& prefix, std::size_t limit);

  const Xapian::Database& database() const { return db_; }

  // Moves to the newest committed revision, dropping what was read from the old one
  // (spelling vocabulary, display names); false when it already was the newest. For a
  // long-lived searcher (one per server thread) that must see the indexer's commits.
  bool reopen();

  // How facets are counted; Dense by default, PerSlot forced for tests and remotes.
  void set_facet_counting(FacetCounting how) { counting_ = how; }

 private:
  SearchResponse run(const SearchRequest& request);
  void fill(Hit& hit, const Xapian::MSet& mset, const Xapian::Document& doc) const;

  std::string path_;
  Xapian::Database db_;
  std::unique_ptr<Vocabulary> vocabulary_;
  FacetNames names_{Xapian::Database()};  // set to db_ once it is open
  // Dense until a remote database refuses our own match spy (facet_counter.h).
  FacetCounting counting_ = FacetCounting::Dense;  // read on the first suggestion, dropped on reopen
  analysis::Analyzer analyzer_;
  std::shared_ptr<const FacetLexicon> lexicon_;
  Xapian::Stem stemmer_{"italian"};
};

// Xapian's snippet() escapes for HTML; this undoes it (&amp; &lt; &gt; &quot; &#39;).
std::string unescape_html(std::string_view text);

}  // namespace segugio::search
