// segugio-query: search a Segugio database. Everything but the process set-up is in
// cli.cpp (options) and handler.cpp (running them), testable in-process.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe ("| head") ends output quietly
  std::ios::sync_with_stdio(false);
  segugio::query::Environment env;
  if (const char* db = std::getenv("SEGUGIO_DB")) env.segugio_db = db;
  env.stdout_is_tty = isatty(STDOUT_FILENO) == 1;
  env.no_color_env = std::getenv("NO_COLOR") != nullptr;
  int status = segugio::query::run(argc, argv, std::cin, std::cout, std::cerr, env);
  std::cout.flush();
  return status;
}
