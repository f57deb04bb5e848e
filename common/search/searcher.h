#pragma once
// Opens a Segugio database and answers queries: parse, build, match, page, sort,
// snippets, entities, exact facet counts, spelling suggestions.
//
// The order is total and decided by Xapian: relevance, then article id (value slot
// schema::kSlotId); with SortOrder::Date, newest first, then id. So any page of any
// limit is a slice of one ranking, the same on one database and on its shards.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/facet.h"
#include "search/facet_resolver.h"
#include "search/query_builder.h"
#include "search/snippet.h"
#include "search/spelling.h"

namespace segugio::search {

enum class SortOrder { Relevance, Date };

struct SearchRequest {
  std::string query;  // the query language of query_parser.h; empty: every article
  Filters filters;
  SortOrder sort = SortOrder::Relevance;
  std::size_t offset = 0;
  std::size_t limit = 10;
  // Totals are exact (every match counted) unless ESTIMATE asks for Xapian's estimate,
  // which stops matching early: cheaper on big databases, and a range, not a count.
  // Facet counts need every match, so with facets the total is exact anyway.
  bool estimate = false;
  std::vector<Facet> facets;  // count these over all matches
  std::size_t facet_limit = 10;
  facets::DateGranularity date_facet = facets::DateGranularity::none;  // count matches per period
  // Multi-select: a facet's counts ignore that facet's own filters (multi_select.h).
  bool multi_select = false;
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
  Xapian::doccount total = 0;  // matches: exact unless SearchRequest::estimate
  bool total_exact = true;
  Xapian::doccount total_lower = 0, total_upper = 0;  // the estimate's bounds (equal when exact)
  std::vector<Hit> hits;
  std::vector<FacetCounts> facets;
  std::string suggestion;                 // corrected query, or empty
  std::vector<std::string> notes;         // facet values that match nothing
  std::vector<std::string> explanation;   // parsed query, resolutions, Xapian query
};

class Searcher {
 public:
  // Throws DatabaseError when PATH cannot be opened or was analysed or key-folded
  // otherwise.
  explicit Searcher(const std::string& path,
                    std::shared_ptr<const FacetLexicon> lexicon = default_lexicon());

  // Throws InputError for a bad query or filter, DatabaseError for a database that
  // fails (never a Xapian::Error). When the database changed under it
  // (Xapian::DatabaseModifiedError) it reopens the newest revision and runs again, up
  // to a bounded number of times; when a remote shard fails (Xapian::NetworkError) it
  // reports it, naming the shard, and the next call connects again.
  SearchResponse search(const SearchRequest& request);

  // Every value of FACET (by word prefix), with counts over the whole database; fails
  // and retries as search() does.
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
  template <class Work>
  auto with_retries(const char* doing, Work&& work, bool counts_facets) -> decltype(work());
  void refresh();

  // What the database needs before the next search: nothing, a reopen (it changed), or
  // opening again (a remote shard failed).
  enum class State { kFresh, kReopen, kReconnect };
  State state_ = State::kFresh;
  void fill(Hit& hit, const Xapian::Document& doc, const Snippets& snippets) const;

  std::string path_;
  Xapian::Database db_;
  std::unique_ptr<Vocabulary> vocabulary_;
  FacetNames names_{Xapian::Database()};  // set to db_ once it is open
  // Dense until a remote database refuses our own match spy (facets/counter.h).
  FacetCounting counting_ = FacetCounting::Dense;  // read on the first suggestion, dropped on reopen
  analysis::Analyzer analyzer_;
  std::shared_ptr<const FacetLexicon> lexicon_;
};

}  // namespace segugio::search
