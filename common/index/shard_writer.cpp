#include "index/shard_writer.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

#include "error.h"
#include "index/shard_layout.h"
#include "schema.h"

namespace segugio::index {

// One shard's IndexWriter and the thread that applies its queue of changes. The
// caller's thread only touches the writer while the queue is empty and the thread idle.
class ShardWorker {
 public:
  ShardWorker(const std::string& path, std::size_t batch_size, std::size_t shard, std::size_t count)
      : writer_(path, batch_size) {
    const std::string label = shard_label(shard, count);
    const std::string recorded = writer_.metadata(std::string(schema::kMetaShard));
    if (!recorded.empty() && recorded != label) {
      throw DatabaseError(path + " records that it is shard " + recorded + ", but the stub lists it as shard " +
                          label + ": the folder's shards were moved or mixed; re-index into a new folder");
    }
    const std::string hash = writer_.metadata(std::string(schema::kMetaShardHash));
    if (!hash.empty() && hash != kShardHash) {
      throw DatabaseError(path + " routes ids by " + hash + ", this segugio-index by " + std::string(kShardHash) +
                          ": re-index into a new folder");
    }
    if (recorded.empty() || hash.empty()) {
      writer_.set_metadata(std::string(schema::kMetaShard), label);
      writer_.set_metadata(std::string(schema::kMetaShardHash), std::string(kShardHash));
      writer_.commit();
    }
    thread_ = std::thread([this] { run(); });
  }

  ~ShardWorker() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

  void put(std::string id, Xapian::Document document) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < kMaxQueued || error_; });
    if (error_) std::rethrow_exception(error_);
    queue_.push_back({Op::kPut, std::move(id), std::move(document)});
    changed_.notify_all();
  }

  void start_commit() {
    std::lock_guard lock(mutex_);
    queue_.push_back({Op::kCommit, {}, {}});
    changed_.notify_all();
  }

  // Runs f(writer) on the caller's thread once every queued change is applied.
  template <class F>
  auto when_idle(F&& f) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return (queue_.empty() && !busy_) || error_; });
    if (error_) std::rethrow_exception(error_);
    return f(writer_);
  }

 private:
  enum class Op { kPut, kCommit };
  struct Change {
    Op op;
    std::string id;
    Xapian::Document document;
  };
  // Enough to keep the thread busy while the caller routes the other shards' changes,
  // few enough to bound memory (a news article's document is some tens of KB).
  static constexpr std::size_t kMaxQueued = 64;

  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return !queue_.empty() || stop_; });
      if (stop_) return;
      Change change = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
      lock.unlock();
      std::exception_ptr error;
      try {
        if (change.op == Op::kPut) writer_.put(change.id, std::move(change.document));
        else writer_.commit();
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      busy_ = false;
      if (error) {
        error_ = error;
        queue_.clear();
      }
      changed_.notify_all();
    }
  }

  IndexWriter writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Change> queue_;
  bool busy_ = false;
  bool stop_ = false;
  std::exception_ptr error_;
  std::thread thread_;
};

namespace {

std::string resharding_hint() { return "re-index into a new folder (docs/SCALING.md, \"Resharding\")"; }

}  // namespace

ShardedWriter::ShardedWriter(const ShardedWriterOptions& options) {
  const StoredLayout stored = read_stored_layout(options.path);
  if (stored.kind == StoredKind::kSingle && options.shards > 0) {
    throw DatabaseError(options.path + " is a single database, not " + std::to_string(options.shards) +
                        " shards: leave out --shards to write it, or " + resharding_hint());
  }
  if (stored.kind == StoredKind::kSharded && options.shards > 0 && options.shards != stored.shards) {
    throw DatabaseError(options.path + " has " + std::to_string(stored.shards) + " shards, not " +
                        std::to_string(options.shards) +
                        ": the shard of an id depends on the number of shards; give --shards " +
                        std::to_string(stored.shards) + " (or leave it out), or " + resharding_hint());
  }
  const std::size_t count = stored.kind == StoredKind::kSharded ? stored.shards : options.shards;
  if (count == 0) {
    single_ = std::make_unique<IndexWriter>(options.path, options.batch_size);
    return;
  }
  if (stored.kind == StoredKind::kNothing) {
    std::error_code ec;
    std::filesystem::create_directories(options.path, ec);
    if (ec) throw DatabaseError("cannot create " + options.path + ": " + ec.message());
    // The stub first: a run stopped before every shard exists resumes as sharded.
    write_stub(options.path, count);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::string path = (std::filesystem::path(options.path) / shard_folder(i)).string();
    workers_.push_back(std::make_unique<ShardWorker>(path, options.batch_size, i, count));
  }
}

ShardedWriter::~ShardedWriter() = default;

void ShardedWriter::put(const std::string& id, Xapian::Document document) {
  if (single_) {
    single_->put(id, std::move(document));
    return;
  }
  workers_[shard_of(id, workers_.size())]->put(id, std::move(document));
}

bool ShardedWriter::remove(const std::string& id) {
  if (single_) return single_->remove(id);
  return workers_[shard_of(id, workers_.size())]->when_idle([&](IndexWriter& w) { return w.remove(id); });
}

void ShardedWriter::commit() {
  if (single_) {
    single_->commit();
    return;
  }
  for (auto& worker : workers_) worker->start_commit();
  for (auto& worker : workers_) worker->when_idle([](IndexWriter&) { return 0; });
}

WriteCounts ShardedWriter::counts() const {
  if (single_) return single_->counts();
  WriteCounts sum;
  for (const auto& worker : workers_) {
    const WriteCounts c = worker->when_idle([](IndexWriter& w) { return w.counts(); });
    sum.added += c.added;
    sum.replaced += c.replaced;
    sum.deleted += c.deleted;
    sum.not_found += c.not_found;
  }
  return sum;
}

}  // namespace segugio::index
