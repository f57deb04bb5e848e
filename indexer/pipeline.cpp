#include "pipeline.h"

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <ostream>
#include <thread>
#include <vector>

#include "analysis/analyzer.h"
#include "error.h"
#include "index/shard_writer.h"
#include "input/record_reader.h"
#include "progress.h"

namespace segugio::indexer {
namespace {

constexpr std::size_t kChunkRecords = 64;
constexpr std::size_t kChunkBytes = 1 << 20;

// What the reading thread hands to the analysis threads, numbered in input order.
struct Chunk {
  std::uint64_t seq = 0;
  std::vector<input::RawRecord> records;
  bool last = false;    // nothing follows
  std::string fatal;    // the input failed after these records (last is true)
};

// One record's outcome, made by an analysis thread.
struct Result {
  std::string id;
  Xapian::Document document;
  std::string error;    // a complete diagnostic when the record is bad
};

struct Analysed {
  std::vector<Result> results;
  bool last = false;
  std::string fatal;
};

// The queues between the threads, under one lock: chunks are coarse, so contention is low.
class Stages {
 public:
  explicit Stages(std::size_t max_in_flight) : max_in_flight_(max_in_flight) {}

  // Reading thread: blocks while too many chunks are in flight (bounded memory).
  bool push_work(Chunk chunk) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return in_flight_ < max_in_flight_ || stopped_; });
    if (stopped_) return false;
    ++in_flight_;
    reading_done_ = chunk.last;
    work_.push_back(std::move(chunk));
    work_ready_.notify_one();
    return true;
  }

  // Analysis threads: false when there is no more work.
  bool pop_work(Chunk& chunk) {
    std::unique_lock lock(mutex_);
    work_ready_.wait(lock, [&] { return !work_.empty() || reading_done_ || stopped_; });
    if (work_.empty() || stopped_) return false;
    chunk = std::move(work_.front());
    work_.pop_front();
    return true;
  }

  void push_done(std::uint64_t seq, Analysed analysed) {
    std::lock_guard lock(mutex_);
    done_.emplace(seq, std::move(analysed));
    done_ready_.notify_all();
  }

  // Writer: the results of chunk `seq`, in order whatever thread finished first.
  Analysed pop_done(std::uint64_t seq) {
    std::unique_lock lock(mutex_);
    done_ready_.wait(lock, [&] { return done_.count(seq) > 0; });
    Analysed analysed = std::move(done_[seq]);
    done_.erase(seq);
    --in_flight_;
    space_.notify_one();
    return analysed;
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    space_.notify_all();
    work_ready_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable space_, work_ready_, done_ready_;
  std::deque<Chunk> work_;
  std::map<std::uint64_t, Analysed> done_;
  std::size_t in_flight_ = 0;
  std::size_t max_in_flight_;
  bool reading_done_ = false;
  bool stopped_ = false;
};

void read_records(input::RecordReader& reader, Stages& stages, std::atomic<std::uint64_t>& consumed,
                  const std::atomic<bool>* interrupted) {
  for (std::uint64_t seq = 0;; ++seq) {
    Chunk chunk;
    chunk.seq = seq;
    std::size_t bytes = 0;
    try {
      input::RawRecord record;
      while (chunk.records.size() < kChunkRecords && bytes < kChunkBytes) {
        if (interrupted && interrupted->load()) {
          chunk.last = true;
          break;
        }
        if (!reader.next(record)) {
          chunk.last = true;
          break;
        }
        bytes += record.payload.size();
        chunk.records.push_back(std::move(record));
      }
    } catch (...) {
      chunk.last = true;
      chunk.fatal = current_error_message();
    }
    consumed = reader.consumed_bytes();
    const bool last = chunk.last;
    if (!stages.push_work(std::move(chunk)) || last) return;
  }
}

void analyse_records(Stages& stages, const Environment& env) {
  analysis::Analyzer analyzer;
  std::unique_ptr<index::EntityAnnotator> annotator = env.make_annotator ? env.make_annotator() : nullptr;
  index::DocumentBuilder builder(analyzer, annotator.get());
  Chunk chunk;
  while (stages.pop_work(chunk)) {
    Analysed analysed;
    analysed.last = chunk.last;
    analysed.fatal = std::move(chunk.fatal);
    analysed.results.resize(chunk.records.size());
    for (std::size_t i = 0; i < chunk.records.size(); ++i) {
      Result& result = analysed.results[i];
      try {
        index::Article article = input::parse_record(chunk.records[i]);
        // The article holds what the record said: its bytes need not wait for the chunk.
        std::string().swap(chunk.records[i].payload);
        result.document = builder.build(article);
        result.id = std::move(article.id);
      } catch (const InputError& e) {
        result.error = e.what();
      } catch (...) {  // a Xapian::Error too: nothing may escape a thread
        result.error = diagnostic(chunk.records[i].origin, chunk.records[i].line, current_error_message());
      }
    }
    stages.push_done(chunk.seq, std::move(analysed));
  }
}

std::vector<std::string> ids_to_delete(const Options& options) {
  std::vector<std::string> ids = options.delete_ids;
  if (!options.delete_file.empty()) {
    std::ifstream in(options.delete_file);
    if (!in) throw InputError(diagnostic(options.delete_file, 0, "cannot open"));
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) ids.push_back(line);
    }
  }
  return ids;
}

// The threads of one run, joined however the run ends.
class Workers {
 public:
  explicit Workers(Stages& stages) : stages_(stages) {}
  ~Workers() {
    stages_.stop();
    for (auto& thread : threads_) thread.join();
  }
  template <class F>
  void start(F&& f) { threads_.emplace_back(std::forward<F>(f)); }

 private:
  Stages& stages_;
  std::vector<std::thread> threads_;
};

// "segugio-index: added 983, replaced 0, deleted 0, failed 0 in 0.71 s (1,377 articles/s)"
void print_summary(std::ostream& err, const index::WriteCounts& counts, std::uint64_t failed, double seconds) {
  const auto articles = static_cast<double>(counts.added + counts.replaced);
  char rate[64];
  std::snprintf(rate, sizeof rate, "%.2f s (%s articles/s)", seconds,
                with_thousands(static_cast<std::uint64_t>(seconds > 0 ? articles / seconds : 0)).c_str());
  err << "segugio-index: added " << with_thousands(counts.added) << ", replaced " << with_thousands(counts.replaced)
      << ", deleted " << with_thousands(counts.deleted) << ", failed " << with_thousands(failed) << " in " << rate
      << '\n';
}

}  // namespace

int run_index(const Options& options, const Environment& env) {
  std::ostream& err = env.err;
  const bool show = !options.quiet && (options.progress || env.terminal);
  Progress progress(err, show, env.terminal);
  std::uint64_t failed = 0;
  int status = kExitOk;

  try {
    const std::vector<std::string> deletions = ids_to_delete(options);
    input::InputList inputs = input::list_inputs(options.inputs, {options.format, options.prefix_ids});
    for (const std::string& warning : inputs.warnings) err << warning << '\n';
    auto files = std::move(inputs.files);
    index::ShardedWriter writer({options.db, options.shards, options.batch_size});

    for (const std::string& id : deletions) {
      if (!writer.remove(id)) err << "segugio-index: warning: --delete: no article with id \"" << id << "\"\n";
    }

    if (!files.empty()) {
      input::RecordReader reader(std::move(files), options.max_article_bytes);
      const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
      Stages stages(2 * threads + 2);
      std::atomic<std::uint64_t> consumed{0};
      Workers workers(stages);
      workers.start([&] { read_records(reader, stages, consumed, env.interrupted); });
      for (unsigned t = 0; t < threads; ++t) workers.start([&] { analyse_records(stages, env); });

      std::uint64_t applied = 0;
      for (std::uint64_t seq = 0;; ++seq) {
        Analysed analysed = stages.pop_done(seq);
        for (Result& result : analysed.results) {
          if (!result.error.empty()) {
            progress.clear();
            err << result.error << '\n';
            ++failed;
            if (options.on_error == OnError::kStop) {
              status = kExitError;
              break;
            }
            continue;
          }
          writer.put(result.id, result.document);
          ++applied;
        }
        progress.update(applied + failed, consumed.load(), reader.total_bytes());
        if (status == kExitError) break;
        if (!analysed.fatal.empty()) {
          progress.clear();
          err << error_line("segugio-index", analysed.fatal) << '\n';
          status = kExitError;
        }
        if (analysed.last) break;
      }
    }
    writer.commit();
    progress.clear();

    if (env.interrupted && env.interrupted->load()) {
      err << "segugio-index: interrupted; every article read so far is committed\n";
      status = kExitInterrupted;
    }
    if (status == kExitOk && failed > 0) status = kExitSomeFailed;
    if (show) {
      print_summary(err, writer.counts(), failed, progress.elapsed_seconds());
    } else if (failed > 0) {
      err << "segugio-index: " << with_thousands(failed) << (failed == 1 ? " record" : " records")
          << (options.on_error == OnError::kStop ? " failed; stopped\n" : " failed and skipped\n");
    }
  } catch (...) {  // the tool's one error line (error.h), after the progress bar is gone
    progress.clear();
    err << error_line("segugio-index", current_error_message()) << '\n';
    return kExitError;
  }
  return status;
}

}  // namespace segugio::indexer
