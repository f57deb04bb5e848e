// Readers and writers at the same time (PRODUCT.md section 5): searches that run while
// segugio-index commits see a consistent database, whole batches only, and never an
// error; a second writer is told the database is locked.
#include <atomic>
#include <csignal>
#include <chrono>
#include <set>
#include <sstream>
#include <thread>

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

// segugio-query runs again and again while segugio-index commits a batch of 5 every
// few milliseconds. Every search must succeed (exit 0), print nothing on stderr
// (DatabaseModifiedError is retried inside, never shown), and count a whole number of
// batches, never fewer than the search before it. A second segugio-index started
// meanwhile is refused with "database is locked" and exit 2.
TEST(Concurrency, SearchesDuringIndexingSeeWholeBatchesAndNoErrors) {
  TempDir dir;
  const std::string db = (dir / "db").string();
  const std::string index_tool = tool_path("indexer", "segugio-index").string();
  const std::string query_tool = tool_path("query", "segugio-query").string();
  ProcessResult first = run_process({index_tool, "--db", db, "--no-entities", "-"},
                                    {.stdin_data = articles(0, kBatch), .env = {}, .cwd = {}});
  ASSERT_EQ(first.exit_code, 0) << first.err;

  constexpr int kArticles = 1500;
  ChildProcess indexer({index_tool, "--db", db, "--no-entities", "--batch-size", std::to_string(kBatch), "-"},
                       {.stdin_data = "", .env = {}, .cwd = {}});
  std::atomic<bool> indexing_done{false};
  ProcessResult indexing;
  std::thread feeder([&] {
    // In slices, so that the indexer commits all along instead of in one burst.
    for (int from = kBatch; from < kArticles; from += 50) {
      if (!indexer.write_stdin(articles(from, std::min(from + 50, kArticles)))) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    indexer.close_stdin();
    indexing = indexer.wait();
    indexing_done = true;
  });

  // However the loop below ends, the indexer is stopped and the feeder joined.
  struct Join {
    std::thread& thread;
    ChildProcess& child;
    ~Join() {
      if (thread.joinable()) {
        child.kill(SIGKILL);
        thread.join();
      }
    }
  } join{feeder, indexer};

  bool locked_checked = false;
  std::size_t searches = 0, last = 0;
  std::set<std::size_t> seen;
  while (!indexing_done) {
    ProcessResult r = run_process({query_tool, "--db", db, "comune", "--limit", "100000", "--format", "trec"});
    ++searches;
    ASSERT_EQ(r.exit_code, 0) << "search " << searches << ": " << r.err;
    ASSERT_EQ(r.err, "") << "search " << searches;
    const std::size_t hits = hit_lines(r.out);
    EXPECT_EQ(hits % kBatch, 0u) << "search " << searches << " saw part of a batch: " << hits;
    EXPECT_GE(hits, last) << "search " << searches << " saw an older database";
    last = hits;
    seen.insert(hits);
    if (!locked_checked && !indexing_done) {
      ProcessResult second = run_process({index_tool, "--db", db, "-"},
                                         {.stdin_data = articles(9000, 9001), .env = {}, .cwd = {}});
      if (!indexing_done) {  // else the lock may have been free
        locked_checked = true;
        EXPECT_EQ(second.exit_code, 2) << second.err;
        EXPECT_EQ(second.err, "segugio-index: database is locked: " + db + " is being written by another process\n");
      }
    }
  }
  feeder.join();
  ASSERT_EQ(indexing.exit_code, 0) << indexing.err;
  EXPECT_TRUE(locked_checked) << "the indexer finished before a second writer could be tried";
  // The test proves something only when searches overlapped several commits.
  EXPECT_GE(searches, 5u);
  EXPECT_GE(seen.size(), 3u) << "searches saw too few states of the database to show anything";
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
