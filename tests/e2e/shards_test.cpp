// Facet counts over shards: the bundled sample split into two databases, searched
// together through a stub database. The results and the exact facet counts must be
// those of one database holding everything.
#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>
#include <xapian.h>

#include "process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

// The sample's lines [begin, end) as a JSON Lines file.
std::filesystem::path slice(const TempDir& dir, const std::string& name, std::size_t begin, std::size_t end) {
  auto lines = read_lines(source_dir() / "corpora/sample/wikinews-it.jsonl");
  std::ofstream out(dir / name);
  for (std::size_t i = begin; i < std::min(end, lines.size()); ++i) out << lines[i] << '\n';
  return dir / name;
}

void index_into(const std::filesystem::path& db, const std::vector<std::filesystem::path>& inputs) {
  std::vector<std::string> argv{tool_path("indexer", "segugio-index").string(), "--db", db.string()};
  for (const auto& p : inputs) argv.push_back(p.string());
  ProcessResult r = run_process(argv);
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

ProcessResult query(const std::filesystem::path& db, std::vector<std::string> args) {
  args.insert(args.begin(), {tool_path("query", "segugio-query").string(), "--db", db.string()});
  return run_process(args);
}

// Facet lines ("  Display Name   12  canonical id") without the display name: the name
// shown is taken from one of the articles holding the value, which may differ when the
// articles sit in other shards (Benedetto XVI / Joseph Ratzinger share an id), while
// the count and the id must not.
std::string without_display_names(const std::string& output) {
  std::string out;
  std::size_t pos = 0;
  while (pos < output.size()) {
    std::size_t nl = output.find('\n', pos);
    if (nl == std::string::npos) nl = output.size();
    std::string line = output.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.rfind("  ", 0) == 0) {
      std::size_t name_end = line.find("  ", 2);
      if (name_end != std::string::npos) line = line.substr(name_end + line.substr(name_end).find_first_not_of(' '));
    }
    out += line + '\n';
  }
  return out;
}

class Shards : public ::testing::Test {
 protected:
  void SetUp() override {
    auto first = slice(dir_, "first.jsonl", 0, 450);
    auto second = slice(dir_, "second.jsonl", 450, 100000);
    index_into(dir_ / "shard1", {first});
    index_into(dir_ / "shard2", {source_dir() / "corpora/sample/seed.jsonl", second});
    index_into(dir_ / "whole", {first, source_dir() / "corpora/sample/seed.jsonl", second});
  }

  // The same queries on the whole database and on `stub`: identical output, so
  // identical matches, ranks and facet counts.
  void expect_same_answers(const std::filesystem::path& stub) {
    const std::vector<std::vector<std::string>> queries = {
        {"--facets", "person,country,org,place", "--facet-limit", "1000", "--limit", "0", "governo"},
        {"--facets", "person,country", "--facet-limit", "1000", "--limit", "0", "--country", "US"},
        {"--facets", "country,org", "--facet-limit", "1000", "--limit", "0", "--person", "Kim Jong Un"},
        {"--format", "tsv", "--limit", "20", "elezioni presidenziali"},
    };
    for (const auto& q : queries) {
      ProcessResult whole = query(dir_ / "whole", q);
      ProcessResult sharded = query(stub, q);
      ASSERT_EQ(whole.exit_code, 0) << whole.err;
      EXPECT_EQ(sharded.exit_code, 0) << sharded.err;
      EXPECT_EQ(without_display_names(sharded.out), without_display_names(whole.out)) << "query: " << q.back();
      EXPECT_GT(std::count(whole.out.begin(), whole.out.end(), '\n'), 3) << "too little to compare: " << whole.out;
    }
  }

  TempDir dir_;
};

TEST_F(Shards, TwoLocalShardsCountLikeOneDatabase) {
  std::ofstream(dir_ / "local.stub") << "glass " << (dir_ / "shard1").string() << "\nglass "
                                     << (dir_ / "shard2").string() << "\n";
  expect_same_answers(dir_ / "local.stub");
}

}  // namespace
}  // namespace segugio::test
