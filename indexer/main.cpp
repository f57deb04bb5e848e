// segugio-index: options in, exit code out; the work is in pipeline.cpp.
#include <atomic>
#include <csignal>
#include <iostream>
#include <unistd.h>

#include "analysis/analyzer.h"
#include "analysis/explain.h"
#include "entities/extractor.h"
#include "index/entity_annotator.h"
#include "cli.h"
#include "pipeline.h"

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_signal(int) { g_interrupted = true; }

// The first Ctrl-C stops reading and commits what was read; a second one kills.
void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace segugio;
  indexer::Options options;
  if (auto exit_code = indexer::parse_command_line(argc, argv, options, std::cout, std::cerr)) return *exit_code;
  if (options.analyze) {
    analysis::Analyzer analyzer;
    std::cout << analysis::explain_analysis(*options.analyze, analyzer.analyze(*options.analyze));
    return indexer::kExitOk;
  }
  if (options.explain_entities) {
    std::cout << entities::explain_entities(*options.explain_entities);
    return indexer::kExitOk;
  }
  catch_interrupts();
  indexer::Environment env{std::cerr, isatty(STDERR_FILENO) == 1, &g_interrupted, {}};
  if (options.entities) {
    auto extractor = std::make_shared<const entities::Extractor>();
    env.make_annotator = [extractor] { return std::make_unique<index::ExtractorAnnotator>(extractor); };
  }
  return indexer::run_index(options, env);
}
