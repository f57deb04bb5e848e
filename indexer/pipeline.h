#pragma once
// The indexing path: read -> analyse in N threads -> one writer, in input order.
#include <atomic>
#include <functional>
#include <iosfwd>
#include <memory>

#include "cli.h"
#include "index/document_builder.h"

namespace segugio::indexer {

struct Environment {
  std::ostream& err;
  bool terminal = false;                          // stderr is a terminal
  const std::atomic<bool>* interrupted = nullptr;  // set by SIGINT/SIGTERM: stop reading, commit, exit
  // Makes one entity annotator per analysis thread; empty = no entity extraction.
  std::function<std::unique_ptr<index::EntityAnnotator>()> make_annotator;
};

// Runs deletions, then indexes every input. Returns the exit code (cli.h) after
// printing diagnostics, progress and the summary to env.err.
int run_index(const Options& options, const Environment& env);

}  // namespace segugio::indexer
