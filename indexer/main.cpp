// segugio-index: the process around tool.cpp (signals, the terminal, the environment);
// the work is in pipeline.cpp.
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

#include "tool.h"

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
  catch_interrupts();
  segugio::indexer::ToolEnvironment env;
  if (const char* db = std::getenv("SEGUGIO_DB")) env.segugio_db = db;
  env.stderr_is_tty = isatty(STDERR_FILENO) == 1;
  env.interrupted = &g_interrupted;
  const int status = segugio::indexer::run(argc, argv, std::cout, std::cerr, env);
  std::cout.flush();
  return status;
}
