#include "search/query_builder.h"

#include <algorithm>
#include <map>

#include "analysis/fold.h"
#include "error.h"
#include "input/date.h"
#include "schema.h"

namespace segugio::search {
namespace {

using Kind = QueryNode::Kind;

// Weight of the unstemmed form of a free word next to its stem (see text_query).
constexpr double kExactFormWeight = 0.5;
using Occur = QueryNode::Occur;

std::string prefixed(std::string_view prefix, const std::string& term) {
  return std::string(prefix) + term;
}

// Drops empty queries (stop words analyse to nothing) and combines the rest.
Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> kept;
  for (const auto& q : parts)
    if (!q.empty()) kept.push_back(q);
  if (kept.empty()) return Xapian::Query();
  if (kept.size() == 1) return kept.front();
  return Xapian::Query(op, kept.begin(), kept.end());
}

bool is_filter(const QueryNode& node) {
  return node.kind == Kind::FacetValue || node.kind == Kind::Date;
}

std::string quoted(const std::string& s) { return '"' + s + '"'; }

}  // namespace

std::string parse_date_bound(std::string_view text, bool upper) {
  auto day = input::parse_partial_date(text, upper ? input::DateEnd::Last : input::DateEnd::First);
  if (!day)
    throw InputError("bad date \"" + std::string(text) +
                     "\": use YYYY-MM-DD, YYYY-MM or YYYY, naming a day that exists");
  return *day;
}

std::pair<std::string, std::string> parse_date_range(std::string_view text) {
  std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    if (text.empty()) throw InputError("bad date range: empty");
    return {parse_date_bound(text, false), parse_date_bound(text, true)};
  }
  std::string_view lo = text.substr(0, dots), hi = text.substr(dots + 2);
  if (lo.empty() && hi.empty()) throw InputError("bad date range \"..\": give at least one end");
  std::pair<std::string, std::string> range;
  if (!lo.empty()) range.first = parse_date_bound(lo, false);
  if (!hi.empty()) range.second = parse_date_bound(hi, true);
  if (!lo.empty() && !hi.empty() && range.first > range.second)
    throw InputError("bad date range \"" + std::string(text) + "\": it ends before it starts");
  return range;
}

namespace {

Xapian::Query date_query(const std::pair<std::string, std::string>& range) {
  if (range.first.empty())
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, range.second);
  if (range.second.empty())
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, range.first);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, range.first, range.second);
}

}  // namespace

BuiltQuery QueryBuilder::build(const QueryNode& node, const Filters& filters) {
  BuiltQuery out;
  stopwords_.clear();
  Xapian::Query query = node_query(node, out);
  if (query.empty() && !stopwords_.empty()) {
    // Nothing but stop words: they are searched as written (as Xapian's QueryParser
    // keeps them when nothing else is left), and the output says so.
    std::string dropped;
    for (const std::string& w : stopwords_) dropped += (dropped.empty() ? "" : ", ") + quoted(w);
    out = BuiltQuery();
    keep_stopwords_ = true;
    query = node_query(node, out);
    keep_stopwords_ = false;
    out.notes.push_back("only stop words (" + dropped + "), searched for as written");
  }
  if (query.empty() && node.kind == Kind::MatchAll) query = Xapian::Query::MatchAll;

  // Command-line filters: one facet's values OR together, different facets AND.
  std::map<Facet, std::vector<Xapian::Query>> include;
  std::vector<Xapian::Query> exclude;
  for (const FacetFilter& f : filters.facets) {
    Xapian::Query q = facet_query(f.facet, f.value, out);
    (f.negated ? exclude : include[f.facet]).push_back(q);
  }
  std::vector<Xapian::Query> restrict;
  for (auto& [facet, queries] : include) restrict.push_back(Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end()));
  if (!filters.from.empty() || !filters.to.empty()) {
    std::pair<std::string, std::string> range;
    if (!filters.from.empty()) range.first = parse_date_bound(filters.from, false);
    if (!filters.to.empty()) range.second = parse_date_bound(filters.to, true);
    if (!range.first.empty() && !range.second.empty() && range.first > range.second)
      throw InputError("--from " + filters.from + " is after --to " + filters.to);
    restrict.push_back(date_query(range));
  }
  if (!restrict.empty()) {
    if (query.empty() && node.kind != Kind::MatchAll) {
      // The query analysed to nothing (only stop words): nothing matches.
    } else {
      if (query.empty()) query = Xapian::Query::MatchAll;
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, combine(Xapian::Query::OP_AND, restrict));
    }
  }
  if (!exclude.empty() && !query.empty())
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, combine(Xapian::Query::OP_OR, exclude));
  out.query = query;
  return out;
}

Xapian::Query QueryBuilder::node_query(const QueryNode& node, BuiltQuery& out) {
  switch (node.kind) {
    case Kind::Text: return text_query(node, out);
    case Kind::Phrase: return phrase_query(node);
    case Kind::Wildcard: return wildcard_query(node, out);
    case Kind::Near: return near_query(node);
    case Kind::FacetValue:
      return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, facet_query(node.facet, node.text, out), 0.0);
    case Kind::Date: return date_query(parse_date_range(node.text));
    case Kind::MatchAll: return Xapian::Query::MatchAll;
    case Kind::And:
    case Kind::Or: {
      std::vector<Xapian::Query> parts;
      for (const QueryNode& child : node.children) parts.push_back(node_query(child, out));
      return combine(node.kind == Kind::And ? Xapian::Query::OP_AND : Xapian::Query::OP_OR, parts);
    }
    case Kind::Not: {
      Xapian::Query left = node_query(node.children.at(0), out);
      Xapian::Query right = node_query(node.children.at(1), out);
      if (left.empty() || right.empty()) return left;
      return Xapian::Query(Xapian::Query::OP_AND_NOT, left, right);
    }
    case Kind::Sequence: return sequence_query(node, out);
  }
  return Xapian::Query();
}

Xapian::Query QueryBuilder::text_query(const QueryNode& node, BuiltQuery& out) {
  const std::string_view stem_prefix = node.title ? schema::kPrefixTitleStem : schema::kPrefixStem;
  const std::string_view term_prefix = node.title ? schema::kPrefixTitle : "";
  std::vector<Xapian::Query> words;
  for (const analysis::Token& token : analyzer_.analyze(node.text).tokens) {
    if (token.stopword && !keep_stopwords_) {
      if (node.occur != Occur::MustNot) stopwords_.push_back(token.surface);
      continue;
    }
    if (token.stopword || token.stem.empty()) {  // stop words kept, numbers, ...: unstemmed
      words.emplace_back(prefixed(term_prefix, token.term));
      if (token.stopword) continue;
    } else {
      Xapian::Query stem(prefixed(stem_prefix, token.stem));
      if (!token.stem_alt.empty())
        stem = Xapian::Query(Xapian::Query::OP_SYNONYM, stem, Xapian::Query(prefixed(stem_prefix, token.stem_alt)));
      // The word as written also scores, a little: stemming conflates, the exact form
      // is the surer evidence (MRR@10 +0.017 on the SQuAD-it benchmark, bench/).
      Xapian::Query exact(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(prefixed(term_prefix, token.term)),
                          kExactFormWeight);
      words.emplace_back(Xapian::Query::OP_OR, stem, exact);
    }
    if (!token.glue_part && !node.title && node.occur != Occur::MustNot)  // spelling: body words wanted
      out.words.push_back({token.surface, token.term, token.stem, token.stem_alt});
  }
  return combine(Xapian::Query::OP_OR, words);
}

Xapian::Query QueryBuilder::phrase_query(const QueryNode& node) {
  const std::string_view prefix = node.title ? schema::kPrefixTitle : "";
  std::vector<Xapian::Query> terms;
  for (const analysis::Token& token : analyzer_.analyze(node.text).tokens) {
    if (token.glue_whole) continue;  // its parts follow at the positions the document has
    terms.emplace_back(prefixed(prefix, token.term));
  }
  if (terms.size() <= 1) return combine(Xapian::Query::OP_OR, terms);
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                       static_cast<Xapian::termcount>(terms.size()));
}

Xapian::Query QueryBuilder::near_query(const QueryNode& node) {
  std::vector<Xapian::Query> terms;
  for (const QueryNode& operand : node.children)
    for (const analysis::Token& token : analyzer_.analyze(operand.text).tokens)
      if (!token.glue_whole) terms.emplace_back(token.term);
  if (terms.size() <= 1) return combine(Xapian::Query::OP_OR, terms);
  // NEAR/n as in Xapian's QueryParser: n - 1 positions of slack besides the terms'
  // own, so "Kim NEAR/2 Un" matches "Kim Jong Un" (a window of 3 positions).
  const auto window = static_cast<Xapian::termcount>(node.window - 1 + terms.size());
  return Xapian::Query(Xapian::Query::OP_NEAR, terms.begin(), terms.end(), window);
}

Xapian::Query QueryBuilder::wildcard_query(const QueryNode& node, BuiltQuery& out) {
  auto tokens = analyzer_.analyze(node.text).tokens;
  if (tokens.empty()) throw InputError("query: \"" + node.text + "*\": a wildcard needs letters before the *");
  // Elision applies ("dell'Assem*" is "assem*"); the last word is the one that is open.
  std::string pattern = prefixed(node.title ? schema::kPrefixTitle : "", tokens.back().term);
  if (!node.title) out.wildcards.push_back(tokens.back().term);
  if (!wildcards_) {
    return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, kMaxWildcardWords, Xapian::Query::WILDCARD_LIMIT_ERROR,
                         Xapian::Query::OP_SYNONYM);
  }
  std::vector<std::string> words = wildcards_->expand(pattern, node.text + '*');
  // No word: the pattern's own term, which the expansion has just found not indexed
  // (an empty query would vanish when combined, and "+nucle*" match everything).
  if (words.empty()) return Xapian::Query(pattern);
  // OP_OR: each word of the expansion scores with the combined statistics of the
  // shards, exact, so the score is the same on any layout. OP_SYNONYM's would not be:
  // Xapian 1.4 estimates a synonym's frequency from the OR of its words as each shard
  // builds it, and a shard lacking some words builds another. (OP_MAX, the other
  // combiner Xapian offers, crashes 1.4.22 on four local shards.)
  return Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
}

Xapian::Query QueryBuilder::sequence_query(const QueryNode& node, BuiltQuery& out) {
  std::vector<Xapian::Query> must, should, excluded, dates;
  std::map<Facet, std::vector<Xapian::Query>> facets;
  for (const QueryNode& child : node.children) {
    if (child.occur == Occur::MustNot) {
      excluded.push_back(node_query(child, out));
    } else if (child.kind == Kind::FacetValue) {
      facets[child.facet].push_back(facet_query(child.facet, child.text, out));
    } else if (child.kind == Kind::Date) {
      dates.push_back(node_query(child, out));
    } else {
      (child.occur == Occur::Must ? must : should).push_back(node_query(child, out));
    }
  }
  Xapian::Query required = combine(Xapian::Query::OP_AND, must);
  Xapian::Query optional = combine(Xapian::Query::OP_OR, should);
  Xapian::Query query;
  if (!required.empty() && !optional.empty())
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, required, optional);
  else
    query = required.empty() ? optional : required;

  std::vector<Xapian::Query> filters = dates;
  for (auto& [facet, values] : facets) filters.push_back(combine(Xapian::Query::OP_OR, values));
  if (!filters.empty()) {
    bool only_filters = std::all_of(node.children.begin(), node.children.end(),
                                    [](const QueryNode& c) { return is_filter(c) || c.occur == Occur::MustNot; });
    if (query.empty() && !only_filters) return Xapian::Query();  // the words were all stop words
    if (query.empty()) query = Xapian::Query::MatchAll;
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, combine(Xapian::Query::OP_AND, filters));
  }
  Xapian::Query not_wanted = combine(Xapian::Query::OP_OR, excluded);
  if (!not_wanted.empty()) {
    if (query.empty() && must.empty() && should.empty()) query = Xapian::Query::MatchAll;
    if (!query.empty()) query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, not_wanted);
  }
  return query;
}

namespace {

// "\"Vasco Rossi\" (20), \"Mario Rossi\" (15), ... (3 more)": the first ten.
std::string listed(const std::vector<FacetValue>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i == 10) return out + ", ... (" + std::to_string(values.size() - i) + " more)";
    out += (i ? ", " : "") + quoted(values[i].name) + " (" + std::to_string(values[i].count) + ")";
  }
  return out;
}

// "vasco rossi (20), mario rossi (15)": every id, for --explain.
std::string ids_listed(const std::vector<FacetValue>& values) {
  std::string out;
  for (const FacetValue& v : values) out += (out.empty() ? "" : ", ") + v.id + " (" + std::to_string(v.count) + ")";
  return out;
}

}  // namespace

Xapian::Query QueryBuilder::facet_query(Facet facet, const std::string& value, BuiltQuery& out) {
  const Resolution r = resolver_.resolve_value(facet, value);
  const std::string name(facet_name(facet));
  std::string line = name + ' ' + quoted(value) + " = ";
  if (r.used.empty()) {
    out.notes.push_back("no " + name + " matches " + quoted(value) + ": the filter matches no article (see --browse " +
                        name + " --prefix " + quoted(value) + ")");
    out.resolutions.push_back(line + "(nothing)");
    // Not Query::MatchNothing, which is an empty query and would vanish when combined:
    // the term of the value as typed, which the resolver has just found not indexed.
    return Xapian::Query(facet_term(facet, facets::fold_id(facet, value)));
  }
  if (r.used.size() > 1)
    out.notes.push_back(name + ' ' + quoted(value) + " is " + std::to_string(r.used.size()) +
                        " values, all used: " + listed(r.used) + "; give a full name for one");
  if (!r.left_out.empty())
    out.notes.push_back(name + ' ' + quoted(value) + " is " + listed(r.used) + "; left out, names containing it: " +
                        listed(r.left_out) + "; give one to use it");
  line += ids_listed(r.used);
  if (!r.left_out.empty()) line += "; left out: " + ids_listed(r.left_out);
  out.resolutions.push_back(line);
  std::vector<Xapian::Query> terms;
  for (const FacetValue& v : r.used) terms.emplace_back(facet_term(facet, v.id));
  return combine(Xapian::Query::OP_OR, terms);
}

}  // namespace segugio::search
