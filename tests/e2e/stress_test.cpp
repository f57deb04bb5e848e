// Searches under a writer that commits every article (issue: segugio-query aborted with
// DatabaseModifiedError, SIGABRT, and batches stopped at the first database error).
// segugio-index runs with --batch-size 1 while two batch processes and a loop of single
// queries search. What is asserted is what happened, never how much work fitted in a
// time: no process is killed by a signal, every answer is whole (the results listed
// are the total counted, so one revision answered), a batch never sees the database
// go back, and every line is answered or reported with its line number.
#include <atomic>
#include <set>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "process.h"

namespace segugio::test {
namespace {

std::string articles(int from, int to) {
  std::string input;
  for (int i = from; i < to; ++i) {
    input += R"({"id": "s-)" + std::to_string(i) + R"(", "title": "Stress )" + std::to_string(i) +
             R"(", "text": "comune )";
    for (int w = 0; w < 100; ++w) input += "parola" + std::to_string((i * 7 + w) % 89) + " ";
    input += "\"}\n";
  }
  return input;
}

// The ids of TREC answers, by qid, in the order answered.
std::vector<std::pair<std::string, std::set<std::string>>> answers_of(const std::string& out) {
  std::vector<std::pair<std::string, std::set<std::string>>> answers;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string qid, q0, id;
    fields >> qid >> q0 >> id;
    if (answers.empty() || answers.back().first != qid) answers.push_back({qid, {}});
    answers.back().second.insert(id);
  }
  return answers;
}

// A whole state of the database: the indexer applies articles in input order, so a
// committed revision holds exactly s-0 .. s-(n-1).
bool whole(const std::set<std::string>& ids) {
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!ids.count("s-" + std::to_string(i))) return false;
  return true;
}

// Checks one batch's answers and stderr; returns the number of lines answered.
int check_batch(const ProcessResult& r, int lines, const std::string& name) {
  EXPECT_LT(r.exit_code, 128) << name << " was killed by a signal: " << r.err;
  std::size_t last = 0;
  std::vector<bool> seen(static_cast<std::size_t>(lines) + 1, false);
  int answered = 0;
  for (const auto& [qid, ids] : answers_of(r.out)) {
    EXPECT_TRUE(whole(ids)) << name << " line " << qid << " saw " << ids.size() << " articles, not a whole state";
    EXPECT_GE(ids.size(), last) << name << ": the database went back at line " << qid;
    last = ids.size();
    seen.at(std::stoul(qid)) = true;
    ++answered;
  }
  int failed = 0;
  for (int i = 1; i <= lines; ++i) {
    const bool reported = r.err.find("<stdin>:" + std::to_string(i) + ": error: ") != std::string::npos;
    EXPECT_NE(seen[static_cast<std::size_t>(i)], reported) << name << " line " << i << ": " << r.err;
    failed += reported;
  }
  EXPECT_EQ(r.exit_code, failed ? 2 : 0) << r.err;
  return answered;
}

TEST(Stress, IndexerCommittingEveryArticleBesideBatchesAndSingleQueries) {
  TempDir dir;
  const std::string db = (dir / "db").string();
  const std::string index_tool = tool_path("indexer", "segugio-index").string();
  const std::string query_tool = tool_path("query", "segugio-query").string();
  ASSERT_EQ(run_process({index_tool, "--db", db, "--no-entities", "-"}, {.stdin_data = articles(0, 10), .env = {}, .cwd = {}})
                .exit_code,
            0);

  ChildProcess indexer({index_tool, "--db", db, "--no-entities", "--batch-size", "1", "-"},
                       {.stdin_data = "", .env = {}, .cwd = {}});
  std::atomic<bool> stop{false};
  std::atomic<int> written{10};
  // The indexer is fed in slices for as long as the searches run (at most 512 more).
  std::thread feeder([&] {
    while (!stop && written < 522) {
      if (!indexer.write_stdin(articles(written, written + 64))) break;
      written += 64;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  int singles = 0;
  std::thread single_queries([&] {
    std::size_t last = 0;
    while (!stop) {
      ProcessResult r = run_process({query_tool, "--db", db, "--format", "trec", "--limit", "100000", "comune"});
      ++singles;
      EXPECT_LT(r.exit_code, 128) << "single query " << singles << " killed by a signal: " << r.err;
      if (r.exit_code != 0) {
        EXPECT_EQ(r.exit_code, 2) << r.err;
        EXPECT_EQ(r.err.rfind("segugio-query: error: ", 0), 0u) << r.err;
        continue;
      }
      auto answers = answers_of(r.out);
      ASSERT_EQ(answers.size(), 1u) << r.out;
      EXPECT_TRUE(whole(answers[0].second)) << "single query " << singles;
      EXPECT_GE(answers[0].second.size(), last);
      last = answers[0].second.size();
    }
  });

  constexpr int kLines = 100;
  std::string lines;
  for (int i = 1; i <= kLines; ++i) lines += (i % 2 ? "comune\n" : R"({"query": "comune"})" "\n");
  const std::vector<std::string> batch_argv{query_tool, "--db", db, "--batch", "-", "--format", "trec",
                                            "--limit", "100000"};
  ChildProcess batch1(batch_argv, {.stdin_data = lines, .env = {}, .cwd = {}});
  ChildProcess batch2(batch_argv, {.stdin_data = lines, .env = {}, .cwd = {}});
  ProcessResult r1 = batch1.wait();
  ProcessResult r2 = batch2.wait();
  stop = true;
  feeder.join();
  single_queries.join();
  indexer.close_stdin();
  ProcessResult indexing = indexer.wait();

  EXPECT_EQ(indexing.exit_code, 0) << indexing.err;
  EXPECT_GT(check_batch(r1, kLines, "batch 1"), 0);
  EXPECT_GT(check_batch(r2, kLines, "batch 2"), 0);
  EXPECT_GT(singles, 0);
}

}  // namespace
}  // namespace segugio::test
