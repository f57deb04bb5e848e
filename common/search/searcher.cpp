#include "search/searcher.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>

#include "error.h"
#include "schema.h"
#include "search/spelling.h"

namespace segugio::search {
namespace {

// A search that reads a revision the indexer has since overwritten gets
// DatabaseModifiedError; it reopens the newest revision and runs again. An indexer
// committing small batches back to back can overwrite a few revisions in a row, so the
// search tries up to kRetries times, pausing a little longer each time (at most some
// 0.2 s in all) to slip between two commits.
constexpr int kRetries = 20;

void pause_before_retry(int attempt) { std::this_thread::sleep_for(std::chrono::milliseconds(attempt)); }
constexpr std::size_t kSnippetBytes = 240;
// BM25 with Robertson's usual k1 = 1.2 and b = 0.75 (Xapian's defaults are 1 and 0.5);
// measured in bench/retrieval.sh.
const Xapian::BM25Weight kWeighting(1.2, 0, 1, 0.75, 0.5);

std::string reindex_hint(const std::string& path) {
  return "re-index it with: segugio-index --db " + path + " INPUT...";
}

std::string format_date(const std::string& value) {
  if (value.size() != 8) return value;
  return value.substr(0, 4) + '-' + value.substr(4, 2) + '-' + value.substr(6, 2);
}

// The article id from its "Q" term (cheaper than parsing the stored JSON).
std::string id_of(const Xapian::Document& doc) {
  auto t = doc.termlist_begin();
  t.skip_to(std::string(schema::kPrefixId));
  if (t != doc.termlist_end() && (*t).rfind(schema::kPrefixId, 0) == 0) return (*t).substr(1);
  return {};
}

// Xapian's snippet tokenizer keeps "dell’Assemblea" as one word, so the elided word
// would never be highlighted. A separator (U+001F, which never reaches the index) after
// an apostrophe between letters splits it for the snippet, and is removed afterwards.
constexpr char kSplit = '\x1f';

bool letter_byte(unsigned char c) { return std::isalpha(c) || c >= 0x80; }

std::string split_elisions(const std::string& text) {
  static const std::string curly = "\u2019";
  std::string out;
  out.reserve(text.size() + 64);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = text[i] == '\'' ? 1 : text.compare(i, curly.size(), curly) == 0 ? curly.size() : 0;
    if (len == 0) {
      out += text[i++];
      continue;
    }
    bool before = i > 0 && letter_byte(static_cast<unsigned char>(text[i - 1]));
    bool after = i + len < text.size() && letter_byte(static_cast<unsigned char>(text[i + len]));
    out.append(text, i, len);
    if (before && after) out += kSplit;
    i += len;
  }
  return out;
}

}  // namespace

std::string unescape_html(std::string_view text) {
  static const std::pair<std::string_view, char> entities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : entities) {
        if (text.substr(i, entity.size()) == entity) {
          out += c;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

Searcher::Searcher(const std::string& path, std::shared_ptr<const FacetLexicon> lexicon)
    : path_(path), lexicon_(std::move(lexicon)) {
  // Opening reads the newest revision, which a commit can overwrite meanwhile: retried
  // like a search.
  std::string analyzer;
  for (int attempt = 1;; ++attempt) {
    try {
      db_ = Xapian::Database(path);
      analyzer = db_.get_metadata(std::string(schema::kMetaAnalyzer));
      break;
    } catch (const Xapian::DatabaseNotFoundError&) {
      throw DatabaseError("no database at " + path + ": build one with segugio-index --db " + path +
                          " INPUT..., or give --db / $SEGUGIO_DB");
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kRetries) throw DatabaseError("cannot open database " + path + ": " + e.get_description());
      pause_before_retry(attempt);
    } catch (const Xapian::Error& e) {
      throw DatabaseError("cannot open database " + path + ": " + e.get_description());
    }
  }
  names_ = FacetNames(db_);
  if (analyzer.empty())
    throw DatabaseError(path + " is not a Segugio database (it records no analyzer); " + reindex_hint(path));
  if (analyzer != analysis::Analyzer::id())
    throw DatabaseError(path + " was analysed with " + analyzer + ", this segugio-query uses " +
                        analysis::Analyzer::id() + "; " + reindex_hint(path));
}

SearchResponse Searcher::search(const SearchRequest& request) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::UnimplementedError& e) {
      // A remote shard cannot run our own match spy: count with built-in ones.
      if (counting_ == FacetCounting::PerSlot || request.facets.empty())
        throw DatabaseError("searching " + path_ + ": " + e.get_description());
      counting_ = FacetCounting::PerSlot;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kRetries) throw DatabaseError("the database kept changing while searching " + path_);
      pause_before_retry(attempt);
      db_.reopen();
      vocabulary_.reset();
      names_.clear();
    } catch (const Xapian::Error& e) {
      throw DatabaseError("searching " + path_ + ": " + e.get_description());
    }
  }
}

bool Searcher::reopen() {
  try {
    if (!db_.reopen()) return false;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot reopen database " + path_ + ": " + e.get_description());
  }
  vocabulary_.reset();
  names_.clear();
  return true;
}

std::vector<FacetValue> Searcher::browse(Facet facet, const std::string& prefix, std::size_t limit) {
  for (int attempt = 1;; ++attempt) {
    try {
      return browse_facet(db_, facet, prefix, limit);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kRetries) throw DatabaseError("the database kept changing while reading " + path_);
      pause_before_retry(attempt);
      db_.reopen();
    }
  }
}

SearchResponse Searcher::run(const SearchRequest& request) {
  SearchResponse response;
  DatabaseFacetResolver resolver(db_, lexicon_);
  QueryBuilder builder(analyzer_, resolver);
  QueryNode tree = parse_query(request.query);
  BuiltQuery built = builder.build(tree, request.filters);
  response.notes = built.notes;
  if (request.explain) {
    response.explanation.push_back("parsed: " + to_string(tree));
    for (const std::string& r : built.resolutions) response.explanation.push_back("facet: " + r);
    response.explanation.push_back("xapian: " + built.query.get_description());
  }

  FacetCounter counter(db_, request.facets, counting_);
  Xapian::Enquire enquire(db_);
  enquire.set_query(built.query);
  enquire.set_weighting_scheme(kWeighting);
  if (request.sort == SortOrder::Date)
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
  counter.attach(enquire);
  const Xapian::doccount all = db_.get_doccount();
  const Xapian::doccount check = request.facets.empty()
      ? static_cast<Xapian::doccount>(request.offset + request.limit)
      : all;
  Xapian::MSet mset = built.query.empty()
      ? Xapian::MSet()
      : enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                         static_cast<Xapian::doccount>(request.limit), check);
  response.total = mset.get_matches_estimated();
  response.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  if (!built.query.empty()) response.facets = counter.results(request.facet_limit, names_);
  else for (Facet f : request.facets) response.facets.push_back({f, {}, 0});

  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.docid = *it;
    hit.score = it.get_weight();
    Xapian::Document doc = it.get_document();
    hit.id = id_of(doc);
    if (request.snippets) fill(hit, mset, doc);
    response.hits.push_back(std::move(hit));
  }
  // Ties in relevance are broken by article id, so runs do not depend on docids.
  if (request.sort == SortOrder::Relevance)
    std::stable_sort(response.hits.begin(), response.hits.end(), [](const Hit& a, const Hit& b) {
      return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
  for (std::size_t i = 0; i < response.hits.size(); ++i) response.hits[i].rank = request.offset + i + 1;

  if (request.spelling && !built.words.empty()) {
    if (!vocabulary_) vocabulary_ = std::make_unique<Vocabulary>(db_);
    response.suggestion = suggest_query(db_, *vocabulary_, request.query, built.words);
  }
  return response;
}

void Searcher::fill(Hit& hit, const Xapian::MSet& mset, const Xapian::Document& doc) const {
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
  hit.date = format_date(doc.get_value(schema::kSlotDate));
  if (!data.is_object()) return;
  auto text = [&](const char* key) {
    auto it = data.find(key);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (hit.id.empty()) hit.id = text("id");
  hit.title = text("title");
  hit.url = text("url");
  hit.source = text("source");
  if (hit.date.empty()) hit.date = text("date").substr(0, 10);
  std::string body = text("text");
  if (!body.empty()) {
    std::string snippet = mset.snippet(split_elisions(body), kSnippetBytes, stemmer_,
                                       Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                       std::string(1, kHighlightStart), std::string(1, kHighlightEnd), "...");
    hit.snippet = unescape_html(snippet);
    std::replace(hit.snippet.begin(), hit.snippet.end(), '\n', ' ');
    hit.snippet.erase(std::remove(hit.snippet.begin(), hit.snippet.end(), kSplit), hit.snippet.end());
  }
  auto entities = data.find("entities");
  if (entities != data.end() && entities->is_array()) {
    for (const auto& e : *entities) {
      if (!e.is_object()) continue;
      Entity entity;
      entity.facet = e.value("facet", "");
      // The indexer stores "organisation"; the query side names facets as its options do.
      if (auto facet = parse_facet(entity.facet)) entity.facet = std::string(facet_name(*facet));
      entity.id = e.value("id", "");
      entity.name = e.value("name", entity.id);
      if (e.contains("mentions") && e["mentions"].is_number_integer()) entity.mentions = e["mentions"].get<int>();
      hit.entities.push_back(std::move(entity));
    }
  }
}

}  // namespace segugio::search
