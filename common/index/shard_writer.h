#pragma once
// The writer of a Segugio database that may be split into shards (shard_layout.h):
// one IndexWriter per shard, each on its own thread, fed in input order, so every
// shard gets its articles in the same order whatever the thread timing, and the shards
// are the same for the same input. An unsharded database is written as before, by one
// IndexWriter on the caller's thread.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/index_writer.h"

namespace segugio::index {

struct ShardedWriterOptions {
  std::string path;            // the database folder
  std::size_t shards = 0;      // 0: as stored (sharded if PATH is, else one database)
  std::size_t batch_size = 1000;  // changes per committed batch, per shard
};

class ShardWorker;

class ShardedWriter {
 public:
  // Opens or creates the database. Throws DatabaseError when PATH holds a single
  // database and shards > 0, a sharded one with another number of shards, a shard
  // that records another place, or any IndexWriter error (locked, other analyzer).
  explicit ShardedWriter(const ShardedWriterOptions& options);
  // Cancels the batches in progress: call commit() to keep them.
  ~ShardedWriter();
  ShardedWriter(const ShardedWriter&) = delete;
  ShardedWriter& operator=(const ShardedWriter&) = delete;

  // Adds or replaces the article in the shard of its id. Sharded: queued for that
  // shard's thread; an error of an earlier write is thrown here or by commit().
  void put(const std::string& id, Xapian::Document document);
  // Removes the article from the shard of its id; false when there was none.
  bool remove(const std::string& id);
  // Commits every shard's batch in progress, the shards in parallel.
  void commit();

  // Summed over the shards; complete after commit().
  WriteCounts counts() const;
  // 0 for an unsharded database.
  std::size_t shards() const { return workers_.size(); }

 private:
  std::unique_ptr<IndexWriter> single_;
  std::vector<std::unique_ptr<ShardWorker>> workers_;
};

}  // namespace segugio::index
