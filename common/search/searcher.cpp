#include "search/searcher.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "error.h"
#include "schema.h"
#include "search/multi_select.h"
#include "search/snippet.h"
#include "search/shard_check.h"
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
// BM25 with Robertson's usual k1 = 1.2 and b = 0.75 (Xapian's defaults are 1 and 0.5);
// measured in bench/retrieval.sh.
const Xapian::BM25Weight kWeighting(1.2, 0, 1, 0.75, 0.5);

// A stub database has each of its shards opened and checked on its own (shard_check.h).
Xapian::Database open_database(const std::string& path) { return open_checked(path); }

// A remote shard that went away: Xapian names it in the error's context
// ("remote:tcp(127.0.0.1:33333)").
std::string shard_failure(const std::string& path, const Xapian::NetworkError& e) {
  const std::string& shard = e.get_context();
  return (shard.empty() ? std::string("a shard") : "shard " + shard) + " of " + path +
         " failed: " + e.get_description() + "; the next query connects again";
}

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

// The total order of searcher.h, set on ENQUIRE. Sorts by value only: xapian-tcpsrv
// refuses a KeyMaker.
void set_total_order(Xapian::Enquire& enquire, SortOrder sort) {
  if (sort == SortOrder::Relevance)
    enquire.set_sort_by_relevance_then_value(schema::kSlotId, false);
  else
    enquire.set_sort_by_value(schema::kSlotDateOrder, true);  // newest first, then id (index/sort_keys.h)
}

}  // namespace

Searcher::Searcher(const std::string& path, std::shared_ptr<const FacetLexicon> lexicon)
    : path_(path), lexicon_(std::move(lexicon)) {
  // Opening reads the newest revision, which a commit can overwrite meanwhile: retried
  // like a search.
  std::string analyzer;
  std::string key_fold;
  for (int attempt = 1;; ++attempt) {
    try {
      db_ = open_database(path);
      analyzer = db_.get_metadata(std::string(schema::kMetaAnalyzer));
      key_fold = db_.get_metadata(std::string(schema::kMetaKeyFold));
      break;
    } catch (const Xapian::DatabaseNotFoundError&) {
      throw DatabaseError("no database at " + path + ": build one with segugio-index --db " + path +
                          " INPUT..., or give --db / $SEGUGIO_DB");
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kRetries) throw DatabaseError("cannot open database " + path + ": " + e.get_description());
      pause_before_retry(attempt);
    } catch (const Xapian::NetworkError& e) {
      throw DatabaseError(shard_failure(path, e));
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
  if (key_fold != facets::kKeyFoldId)
    throw DatabaseError(path + " folds facet ids with " + (key_fold.empty() ? "an unnamed key fold" : key_fold) +
                        ", this segugio-query uses " + std::string(facets::kKeyFoldId) + "; " + reindex_hint(path));
}

// Every Xapian call of a search runs inside the try of this loop, the reopening of the
// database included; the handlers only decide, and throw nothing but DatabaseError, so
// no Xapian::Error can leave a search from inside a handler.
SearchResponse Searcher::search(const SearchRequest& request) {
  return with_retries("searching", [&] { return run(request); }, !request.facets.empty());
}

bool Searcher::reopen() {
  try {
    if (!db_.reopen()) return false;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot reopen database " + path_ + ": " + e.get_description());
  }
  names_ = FacetNames(db_);
  vocabulary_.reset();
  state_ = State::kFresh;
  return true;
}

std::vector<FacetValue> Searcher::browse(Facet facet, const std::string& prefix, std::size_t limit) {
  return with_retries("reading", [&] { return browse_facet(db_, facet, prefix, limit); }, false);
}

template <class Work>
auto Searcher::with_retries(const char* doing, Work&& work, bool counts_facets) -> decltype(work()) {
  for (int attempt = 1;; ++attempt) {
    try {
      refresh();
      return work();
    } catch (const Xapian::UnimplementedError& e) {
      // A remote shard cannot run our own match spy: count with built-in ones.
      if (counting_ == FacetCounting::PerSlot || !counts_facets)
        throw DatabaseError(std::string(doing) + " " + path_ + ": " + e.get_description());
      counting_ = FacetCounting::PerSlot;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kRetries)
        throw DatabaseError(std::string("the database kept changing while ") + doing + " " + path_ + " (" +
                            std::to_string(kRetries) + " tries)");
      pause_before_retry(attempt);
      state_ = State::kReopen;
    } catch (const Xapian::NetworkError& e) {
      state_ = State::kReconnect;  // the next search connects again
      throw DatabaseError(shard_failure(path_, e));
    } catch (const Xapian::DatabaseOpeningError& e) {
      state_ = State::kReconnect;
      throw DatabaseError("cannot open database " + path_ + ": " + e.get_description());
    } catch (const Xapian::Error& e) {
      throw DatabaseError(std::string(doing) + " " + path_ + ": " + e.get_description());
    }
  }
}

// Brings the database up to date after a failure; throws Xapian::Error, which the
// caller's loop handles.
void Searcher::refresh() {
  if (state_ == State::kFresh) return;
  if (state_ == State::kReconnect) {
    db_ = open_database(path_);
  } else {
    db_.reopen();
  }
  names_ = FacetNames(db_);
  vocabulary_.reset();
  state_ = State::kFresh;
}

SearchResponse Searcher::run(const SearchRequest& request) {
  SearchResponse response;
  DatabaseFacetResolver resolver(db_, lexicon_);
  WildcardExpander wildcards(db_);
  QueryBuilder builder(analyzer_, resolver, &wildcards);
  QueryNode tree = parse_query(request.query);
  BuiltQuery built = builder.build(tree, request.filters);
  response.notes = built.notes;
  if (request.explain) {
    response.explanation.push_back("parsed: " + to_string(tree));
    for (const std::string& r : built.resolutions) response.explanation.push_back("facet: " + r);
    response.explanation.push_back("xapian: " + built.query.get_description());
  }

  FacetCounter counter(db_, request.facets, counting_, request.date_facet);
  const bool counting = !request.facets.empty() || request.date_facet != facets::DateGranularity::none;
  Xapian::Enquire enquire(db_);
  enquire.set_query(built.query);
  enquire.set_weighting_scheme(kWeighting);
  set_total_order(enquire, request.sort);
  // Over remote shards a match that sorts by value (both orders do: relevance breaks
  // its ties by the id slot) over-counts Xapian's built-in spies, so the facets are
  // counted apart, in a match of their own without a sort.
  const bool count_apart = counting && counting_ == FacetCounting::PerSlot;
  if (!count_apart) counter.attach(enquire);
  const Xapian::doccount all = db_.get_doccount();
  const bool exact = !request.estimate || counting;
  const Xapian::doccount check = exact ? all : static_cast<Xapian::doccount>(request.offset + request.limit);
  Xapian::MSet mset = built.query.empty()
      ? Xapian::MSet()
      : enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                         static_cast<Xapian::doccount>(request.limit), check);
  response.total = mset.get_matches_estimated();
  response.total_lower = mset.get_matches_lower_bound();
  response.total_upper = mset.get_matches_upper_bound();
  response.total_exact = response.total_lower == response.total_upper;
  if (all > 0 && db_.get_value_freq(request.sort == SortOrder::Date ? schema::kSlotDateOrder : schema::kSlotId) < all)
    response.notes.push_back("some articles of " + path_ + " have no sort key, so ties keep the order of the " +
                             "index; " + reindex_hint(path_));
  if (count_apart) counter.count(db_, built.query);
  if (!built.query.empty()) {
    response.facets = counter.results(request.facet_limit, names_);
    if (request.multi_select)
      count_multi_select(db_, builder, {tree, request.filters, request.facet_limit, counting_}, request.facets,
                         names_, response.facets);
  } else {
    for (Facet f : request.facets) response.facets.push_back({f, {}, 0});
    if (request.date_facet != facets::DateGranularity::none)
      response.facets.push_back({Facet::person, {}, 0, request.date_facet});
  }

  std::optional<Snippets> snippets;
  if (request.snippets) snippets.emplace(built.query, built.wildcards, db_, analyzer_);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.docid = *it;
    hit.score = it.get_weight();
    Xapian::Document doc = it.get_document();
    hit.id = id_of(doc);
    if (snippets) fill(hit, doc, *snippets);
    response.hits.push_back(std::move(hit));
  }
  for (std::size_t i = 0; i < response.hits.size(); ++i) response.hits[i].rank = request.offset + i + 1;

  if (request.spelling && !built.words.empty()) {
    // Read on the first word the database does not hold, then kept for the batch.
    auto vocabulary = [this]() -> const Vocabulary& {
      if (!vocabulary_) vocabulary_ = std::make_unique<Vocabulary>(db_);
      return *vocabulary_;
    };
    response.suggestion = suggest_query(db_, vocabulary, request.query, built.words);
  }
  return response;
}

void Searcher::fill(Hit& hit, const Xapian::Document& doc, const Snippets& snippets) const {
  // Only the stored fields that are printed are built (entities' evidence is skipped).
  const nlohmann::json::parser_callback_t printed = [](int depth, nlohmann::json::parse_event_t event,
                                                       nlohmann::json& parsed) {
    if (event != nlohmann::json::parse_event_t::key || depth < 3) return true;
    return parsed == "facet" || parsed == "id" || parsed == "name" || parsed == "mentions";
  };
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), printed, false);
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
  if (auto body = data.find("text"); body != data.end() && body->is_string())
    hit.snippet = snippets.make(body->get_ref<const std::string&>());
  auto entities = data.find("entities");
  if (entities != data.end() && entities->is_array()) {
    for (const auto& e : *entities) {
      if (!e.is_object()) continue;
      Entity entity;
      entity.facet = e.value("facet", "");
      entity.id = e.value("id", "");
      entity.name = e.value("name", entity.id);
      if (e.contains("mentions") && e["mentions"].is_number_integer()) entity.mentions = e["mentions"].get<int>();
      hit.entities.push_back(std::move(entity));
    }
  }
}

}  // namespace segugio::search
