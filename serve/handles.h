#pragma once
// One database handle per server thread. httplib runs each connection on a thread of
// its pool; a thread's first request opens its own Searcher (Xapian handles are not
// shared between threads), and every request first moves it to the newest committed
// revision, so the page sees the indexer's commits. A database that cannot be opened
// is a DatabaseError (the server answers 503), and the next request tries again.
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "search/searcher.h"

namespace segugio::serve {

struct Worker {
  explicit Worker(const std::string& path) : searcher(path) {}
  search::Searcher searcher;
};

class Handles {
 public:
  explicit Handles(std::string path) : path_(std::move(path)) {}

  // This thread's worker, on the newest revision. Throws DatabaseError.
  Worker& local();
  // Drops this thread's worker (after an error that may have left it unusable).
  void drop();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::mutex mutex_;
  std::unordered_map<std::thread::id, std::unique_ptr<Worker>> workers_;
};

}  // namespace segugio::serve
