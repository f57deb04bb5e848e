#pragma once
// Turns a parsed query and the command-line filters into a Xapian::Query, with the same
// analyzer that indexed the documents and facet values resolved as they were indexed.
//
//   free word    OP_SYNONYM("Z"+stem, "Z"+stem_alt) OR 0.5 * the unstemmed term;
//                stop words dropped, unless the query has nothing else: then they
//                are searched as written, with a note
//   "phrase"     OP_PHRASE of the unprefixed, positional terms; stop words kept
//   a NEAR/n b   OP_NEAR of the unprefixed terms, window n - 1 + the number of terms
//                (Xapian's QueryParser's reading of NEAR/n)
//   nucle*       OP_OR of the unprefixed terms starting so (folded), expanded
//                against the searched database, at most kMaxWildcardWords a query
//   title:...    the same with "ZS" (stems) and "S" (positional)
//   person:...   boolean terms (weight 0): one facet's values OR, different facets AND
//   date:a..b    OP_VALUE_RANGE on the date slot
// Juxtaposed items follow Xapian's QueryParser: optional words OR together (BM25
// ranks them), +words are required, -items excluded, filters restrict.
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/facet_resolver.h"
#include "search/query_parser.h"
#include "search/wildcard.h"

namespace segugio::search {

// One facet filter from the command line; NEGATED excludes the value.
struct FacetFilter {
  Facet facet = Facet::person;
  std::string value;
  bool negated = false;
};

// The filters given as options (or as fields of a batch line).
struct Filters {
  std::vector<FacetFilter> facets;
  std::string from;  // YYYY-MM-DD (or YYYY-MM, YYYY), empty for open
  std::string to;
  bool empty() const { return facets.empty() && from.empty() && to.empty(); }
};

// A free word of the query, for spelling suggestions.
struct QueryWord {
  std::string surface;  // as typed
  std::string term;     // folded
  std::string stem;
  std::string stem_alt;
};

struct BuiltQuery {
  Xapian::Query query;
  std::vector<QueryWord> words;
  // The patterns of the text wildcards ("vladivo" for "Vladivo*"), for highlighting:
  // Xapian expands them only while matching.
  std::vector<std::string> wildcards;
  // How each facet value was resolved: "person \"Lavrov\" = sergei lavrov (3)".
  std::vector<std::string> resolutions;
  // Values that resolve to nothing or to several values, said in words.
  std::vector<std::string> notes;
};

// "2023-09-01..2023-09-30", "2023-09", "..2023-12-31": the inclusive range of
// "YYYYMMDD" date values it covers (an open end is empty). Throws InputError.
std::pair<std::string, std::string> parse_date_range(std::string_view text);
// One bound: "2023-09" is 20230901 as a lower bound and 20230930 as an upper one.
// The calendar check is input/date.h's, the indexer's own: "2023-02-30" is an error.
std::string parse_date_bound(std::string_view text, bool upper);

class QueryBuilder {
 public:
  // WILDCARDS expands "nucle*" against the searched database (wildcard.h); without it
  // the query keeps Xapian's OP_WILDCARD, which each shard expands on its own.
  QueryBuilder(analysis::Analyzer& analyzer, const FacetResolver& resolver, WildcardExpander* wildcards = nullptr)
      : analyzer_(analyzer), resolver_(resolver), wildcards_(wildcards) {}

  // Throws InputError (bad date, empty facet value, ...).
  BuiltQuery build(const QueryNode& node, const Filters& filters);

 private:
  Xapian::Query node_query(const QueryNode& node, BuiltQuery& out);
  Xapian::Query text_query(const QueryNode& node, BuiltQuery& out);
  Xapian::Query phrase_query(const QueryNode& node);
  Xapian::Query near_query(const QueryNode& node);
  Xapian::Query wildcard_query(const QueryNode& node, BuiltQuery& out);
  Xapian::Query sequence_query(const QueryNode& node, BuiltQuery& out);
  Xapian::Query facet_query(Facet facet, const std::string& value, BuiltQuery& out);

  analysis::Analyzer& analyzer_;
  const FacetResolver& resolver_;
  WildcardExpander* wildcards_;
  std::vector<std::string> stopwords_;  // free words dropped as stop words, as typed
  bool keep_stopwords_ = false;         // set when the query has nothing but them
};

}  // namespace segugio::search
