#pragma once
// The query language of segugio-query, parsed into a syntax tree (no analysis here:
// query_builder.h turns the tree into a Xapian::Query with the shared analyzer).
//
//   armi nucleari              words (OR, ranked by BM25)
//   "Kim Jong Un"              phrase (stop words kept)
//   +armi -nucleari            required / excluded
//   armi AND (russia OR corea) NOT missili      boolean operators, upper case
//   Lavrov NEAR Kim   Lavrov NEAR/5 Kim         proximity, as Xapian's QueryParser: the
//                              words at most 10 (or 5) positions apart, in any order
//   nucle*                     trailing wildcard
//   title:armi  title:"Corea del Nord"          title field
//   person:"Kim Jong Un" country:KP org:ONU place:Mosca source:seed   facets
//   -country:RU  country:-RU    a facet value excluded (either sign placement)
//   date:2023-09-01..2023-09-30  date:2023-09  date:..2023-12-31      date ranges
//
// Precedence, loosest first: OR, AND, NOT, then the implicit sequence of words.
#include <string>
#include <string_view>
#include <vector>

#include "search/facet.h"

namespace segugio::search {

struct QueryNode {
  enum class Kind {
    Text,      // a free word as typed (may analyse to several tokens, or to none)
    Phrase,    // "quoted words"
    Wildcard,  // text before the trailing '*'
    Near,      // children: Text operands; window
    FacetValue,  // facet + text
    Date,      // text: the range as typed after "date:"
    And,
    Or,
    Not,       // children[0] AND NOT children[1]; children[0] may be MatchAll
    MatchAll,
    Sequence,  // juxtaposed items, each with its occur
  };
  enum class Occur { Should, Must, MustNot };

  Kind kind = Kind::Text;
  Occur occur = Occur::Should;
  std::string text;
  bool title = false;           // under "title:"
  Facet facet = Facet::person;  // FacetValue only
  unsigned window = 0;          // Near only
  std::vector<QueryNode> children;
};

// Longest query accepted, and deepest nesting of parentheses: past them a query is
// not something a person typed, and would cost time (every word is a subquery) or
// stack (every level a recursion).
inline constexpr std::size_t kMaxQueryBytes = 8192;
inline constexpr std::size_t kMaxDepth = 32;
// Widest NEAR/n window.
inline constexpr unsigned kMaxNearWindow = 999;

// Parses QUERY; throws InputError ("query: ...") on a syntax error, invalid UTF-8, an
// unknown field ("foo:bar"), a query over kMaxQueryBytes or parentheses nested past
// kMaxDepth. An empty query gives a MatchAll node.
QueryNode parse_query(std::string_view query);

// A compact, deterministic rendering of the tree, for --explain and for tests:
//   AND(text:armi, phrase:"Kim Jong Un", person:"Kim Jong Un", -text:missili)
std::string to_string(const QueryNode& node);

}  // namespace segugio::search
