// Readers and writers at the same time (PRODUCT.md section 5): searches that run while
// segugio-index commits see a consistent database, whole batches only, and never an
// error; a second writer is told the database is locked.
#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <xapian.h>

#include "error.h"
#include "index/document_builder.h"
#include "index/index_writer.h"
#include "process.h"
#include "search/searcher.h"
#include "test_data.h"

namespace segugio::test {
namespace {

constexpr int kBatch = 5;

// Articles "c-FROM" .. "c-(TO-1)", each holding the word "comune" (and some bulk, so
// that commits rewrite many blocks).
std::string articles(int from, int to) {
  std::string input;
  for (int i = from; i < to; ++i) {
    input += R"({"id": "c-)" + std::to_string(i) + R"(", "title": "Articolo )" + std::to_string(i) +
             R"(", "text": "comune )";
    for (int w = 0; w < 200; ++w) input += "parola" + std::to_string((i + w) % 97) + " ";
    input += "\"}\n";
  }
  return input;
}

// The hits of segugio-query's TREC output: one line each.
std::size_t hit_lines(const std::string& out) {
  std::size_t n = 0;
  for (char c : out) n += c == '\n';
  return n;
}

// segugio-query runs again and again while segugio-index commits batches of 5. The
// test paces the indexer itself, so that what it proves does not depend on the
// machine's speed: it feeds a slice of articles, then searches until a search shows
// that slice's commits have begun (each slice is several of the indexer's read chunks
// of 64 records, so some of it is always committed before more input arrives). Every
// search must succeed (exit 0), print nothing on stderr (DatabaseModifiedError is
// retried inside, never shown), and count a whole number of batches, never fewer than
// the search before it; with one new state per slice, the searches see at least as
// many states of the database as there are slices. A second segugio-index, started
// while the first still has its input open (so it certainly holds the lock), is
// refused with "database is locked" and exit 2.
TEST(Concurrency, SearchesDuringIndexingSeeWholeBatchesAndNoErrors) {
  TempDir dir;
  const std::string db = (dir / "db").string();
  const std::string index_tool = tool_path("indexer", "segugio-index").string();
  const std::string query_tool = tool_path("query", "segugio-query").string();
  ProcessResult first = run_process({index_tool, "--db", db, "--no-entities", "-"},
                                    {.stdin_data = articles(0, kBatch), .env = {}, .cwd = {}});
  ASSERT_EQ(first.exit_code, 0) << first.err;

  constexpr int kSlice = 320;  // 5 read chunks of 64, 64 batches of 5
  constexpr int kSlices = 5;
  constexpr int kArticles = kBatch + kSlice * kSlices;
  ChildProcess indexer({index_tool, "--db", db, "--no-entities", "--batch-size", std::to_string(kBatch), "-"},
                       {.stdin_data = "", .env = {}, .cwd = {}});

  std::size_t searches = 0, last = kBatch;
  std::set<std::size_t> seen;
  auto search = [&] {
    ProcessResult r = run_process({query_tool, "--db", db, "comune", "--limit", "100000", "--format", "trec"});
    ++searches;
    EXPECT_EQ(r.exit_code, 0) << "search " << searches << ": " << r.err;
    EXPECT_EQ(r.err, "") << "search " << searches;
    const std::size_t hits = hit_lines(r.out);
    EXPECT_EQ(hits % kBatch, 0u) << "search " << searches << " saw part of a batch: " << hits;
    EXPECT_GE(hits, last) << "search " << searches << " saw an older database";
    last = std::max(last, hits);
    seen.insert(hits);
    return hits;
  };

  for (int slice = 0; slice < kSlices; ++slice) {
    const int from = kBatch + slice * kSlice;
    const std::size_t before = last;
    ASSERT_TRUE(indexer.write_stdin(articles(from, from + kSlice))) << "the indexer stopped reading";
    if (slice == 0) {
      ProcessResult second = run_process({index_tool, "--db", db, "-"},
                                         {.stdin_data = articles(9000, 9001), .env = {}, .cwd = {}});
      EXPECT_EQ(second.exit_code, 2) << second.err;
      EXPECT_EQ(second.err, "segugio-index: error: database is locked: " + db + " is being written by another process\n");
    }
    // A bound on waiting, not on speed: far more than any machine needs for one chunk.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    while (search() <= before) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline)
          << "slice " << slice << " was never committed: the indexer reads input in chunks larger than "
          << kSlice << " records, or stalled";
      if (::testing::Test::HasFailure()) return;
    }
    if (::testing::Test::HasFailure()) return;
  }
  indexer.close_stdin();
  ProcessResult indexing = indexer.wait();
  ASSERT_EQ(indexing.exit_code, 0) << indexing.err;
  EXPECT_EQ(search(), static_cast<std::size_t>(kArticles));
  EXPECT_GE(seen.size(), static_cast<std::size_t>(kSlices + 1));
  Xapian::Database final_db(db);
  EXPECT_EQ(final_db.get_doccount(), static_cast<Xapian::doccount>(kArticles));
  EXPECT_FALSE(final_db.term_exists("Qc-9000")) << "the second writer wrote";
}

// In process: a Searcher whose database revision has been overwritten by later commits
// gets DatabaseModifiedError from Xapian inside search(), reopens and answers from the
// newest revision. A plain Xapian reader opened at the same time shows the error is
// real.
TEST(Concurrency, SearcherReopensWhenTheDatabaseChangedUnderIt) {
  TempDir dir;
  const std::string db = (dir / "db").string();
  analysis::Analyzer analyzer;
  index::DocumentBuilder builder(analyzer);
  constexpr int kDocs = 300;
  auto put = [&](index::IndexWriter& writer, int i, const std::string& word) {
    index::Article article;
    article.id = "r-" + std::to_string(i);
    article.text = word + " testo numero " + std::to_string(i) + " " + std::string(2000, "xyz"[i % 3]) + " fine";
    writer.put(article.id, builder.build(article));
  };
  {
    index::IndexWriter writer(db, 1000);
    for (int i = 0; i < kDocs; ++i) put(writer, i, "prima");
    writer.commit();
  }
  search::Searcher searcher(db);
  search::SearchRequest request;
  request.query = "prima";
  request.limit = 1000;
  ASSERT_EQ(searcher.search(request).total, static_cast<Xapian::doccount>(kDocs));
  Xapian::Database stale(db);

  {
    index::IndexWriter writer(db, 1000);
    for (int round = 0; round < 5; ++round) {  // every commit rewrites the blocks of the last one
      for (int i = 0; i < kDocs; ++i) put(writer, i, round == 4 ? "dopo" : "intanto");
      writer.commit();
    }
  }
  bool modified = false;
  try {
    for (Xapian::docid d = 1; d <= stale.get_lastdocid(); ++d) stale.get_document(d).get_data();
    for (auto t = stale.allterms_begin(); t != stale.allterms_end(); ++t) stale.postlist_begin(*t);
  } catch (const Xapian::DatabaseModifiedError&) {
    modified = true;
  }
  ASSERT_TRUE(modified) << "the old revision was still readable: this test would prove nothing";

  search::SearchResponse response;
  ASSERT_NO_THROW(response = searcher.search(request));
  EXPECT_EQ(response.total, 0u) << "answered from the stale revision";
  request.query = "dopo";
  EXPECT_EQ(searcher.search(request).total, static_cast<Xapian::doccount>(kDocs));
}

}  // namespace
}  // namespace segugio::test
