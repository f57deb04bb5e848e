// segugio-query refuses a stub whose shards were not indexed alike, or that it cannot
// fully reach, and names the shard at fault.
#include <fstream>
#include <memory>

#include <gtest/gtest.h>
#include <xapian.h>

#include "index/shard_layout.h"
#include "process.h"
#include "tcp_server.h"
#include "test_data.h"

namespace segugio::test {
namespace {

namespace fs = std::filesystem;

ProcessResult query_tool(const fs::path& db, std::vector<std::string> args) {
  args.insert(args.begin(), {tool_path("query", "segugio-query").string(), "--db", db.string()});
  return run_process(args);
}

class ShardCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    ProcessResult r = run_process({tool_path("indexer", "segugio-index").string(), "--db", db().string(), "--shards",
                                   "3", (source_dir() / "corpora/sample/seed.jsonl").string(),
                                   (source_dir() / "tests/data/index/articles.jsonl").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ProcessResult ok = query_tool(db(), {"Lavrov"});
    ASSERT_EQ(ok.exit_code, 0) << ok.err;
  }
  fs::path db() const { return dir_ / "db"; }
  fs::path shard(std::size_t i) const { return db() / index::shard_folder(i); }
  void set_metadata(std::size_t i, const std::string& key, const std::string& value) {
    Xapian::WritableDatabase w(shard(i).string(), Xapian::DB_OPEN);
    w.set_metadata(key, value);
    w.commit();
  }
  void expect_refused(const fs::path& stub, const std::vector<std::string>& words) {
    ProcessResult r = query_tool(stub, {"Lavrov"});
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_TRUE(r.out.empty()) << r.out;
    for (const auto& w : words) EXPECT_NE(r.err.find(w), std::string::npos) << "no \"" << w << "\" in: " << r.err;
  }
  TempDir dir_;
};

TEST_F(ShardCheck, ShardAnalysedDifferentlyIsRefusedByName) {
  set_metadata(1, "segugio.analyzer", "segugio-italian/0");
  expect_refused(db(), {"shard 2 of 3 (auto shard-001)", "segugio-italian/0"});
  // The same shard served remotely is named by its server.
  std::vector<std::unique_ptr<TcpServer>> servers;
  std::ofstream stub(dir_ / "remote.stub");
  for (std::size_t i = 0; i < 3; ++i) {
    servers.push_back(std::make_unique<TcpServer>(shard(i)));
    stub << servers.back()->stub_line() << '\n';
  }
  stub.close();
  expect_refused(dir_ / "remote.stub", {"shard 2 of 3 (" + servers[1]->stub_line() + ")", "segugio-italian/0"});
}

TEST_F(ShardCheck, ShardWithAnotherKeyFoldIsRefusedByName) {
  set_metadata(2, "segugio.key_fold", "segugio-key/0");
  expect_refused(db(), {"shard 3 of 3 (auto shard-002)", "segugio-key/0"});
}

TEST_F(ShardCheck, ShardWithAnotherSharedKeyIsRefusedByName) {
  // Any "segugio." key but the per-shard ones must agree, one a later version adds too.
  set_metadata(0, "segugio.future_setting", "a");
  set_metadata(1, "segugio.future_setting", "a");
  set_metadata(2, "segugio.future_setting", "b");
  expect_refused(db(), {"shard 3 of 3 (auto shard-002)", "segugio.future_setting", "\"b\"", "\"a\""});
}

TEST_F(ShardCheck, UnreachableShardIsAnErrorNamingIt) {
  std::unique_ptr<TcpServer> first = std::make_unique<TcpServer>(shard(0));
  std::unique_ptr<TcpServer> gone = std::make_unique<TcpServer>(shard(1));
  const std::string gone_line = gone->stub_line();
  gone.reset();  // stopped: its port now refuses connections
  std::ofstream(dir_ / "remote.stub") << first->stub_line() << '\n' << gone_line << "\nauto " << shard(2).string() << '\n';
  expect_refused(dir_ / "remote.stub", {"shard 2", gone_line, "remote.stub:2"});
}

TEST_F(ShardCheck, StubMissingAShardIsRefused) {
  std::ofstream(dir_ / "partial.stub") << "auto " << shard(0).string() << "\nauto " << shard(2).string() << '\n';
  expect_refused(dir_ / "partial.stub", {"2 shards of a database of 3", "missing: shard 1"});
  std::ofstream(dir_ / "twice.stub") << "auto " << shard(0).string() << "\nauto " << shard(1).string() << "\nauto "
                                     << shard(1).string() << '\n';
  expect_refused(dir_ / "twice.stub", {"shard 3 of 3", "shard 2 of 3", "lists one shard twice"});
}

}  // namespace
}  // namespace segugio::test
