// The routing hash and the stored layout of sharded databases (index/shard_layout.h).
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "error.h"
#include "index/shard_layout.h"
#include "process.h"

namespace segugio::index {
namespace {

// The published FNV-1a 64 test vectors (Fowler, Noll, Vo: "FNV hash" test suite).
TEST(ShardLayout, Fnv1a64MatchesThePublishedVectors) {
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
}

// The shard of an id is part of the on-disk format: these must never change.
TEST(ShardLayout, ShardOfAnIdIsStable) {
  EXPECT_EQ(shard_of("dice-57", 4), fnv1a64("dice-57") % 4);
  EXPECT_EQ(shard_of("anything", 1), 0u);
  std::size_t counts[3] = {0, 0, 0};
  for (int i = 0; i < 3000; ++i) ++counts[shard_of("kindwn-train-" + std::to_string(i), 3)];
  for (std::size_t c : counts) EXPECT_NEAR(static_cast<double>(c), 1000.0, 100.0);
}

TEST(ShardLayout, StubWrittenIsReadBack) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "db");
  EXPECT_EQ(read_stored_layout((dir / "db").string()).kind, StoredKind::kNothing);
  EXPECT_EQ(read_stored_layout((dir / "missing").string()).kind, StoredKind::kNothing);
  write_stub((dir / "db").string(), 5);
  StoredLayout layout = read_stored_layout((dir / "db").string());
  EXPECT_EQ(layout.kind, StoredKind::kSharded);
  EXPECT_EQ(layout.shards, 5u);
}

TEST(ShardLayout, StubNotWrittenBySegugioIndexIsRefused) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "db");
  std::ofstream(dir / "db" / "XAPIANDB") << "auto shard-000\nremote 10.0.0.1:4000\n";
  try {
    read_stored_layout((dir / "db").string());
    ADD_FAILURE() << "a stub with a remote shard was accepted for writing";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("XAPIANDB:2: error:"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace segugio::index
