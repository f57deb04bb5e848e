// segugio-serve: a faceted search page and a JSON API over a Segugio database. Options
// and serving are in cli.cpp; this file blocks SIGINT and SIGTERM in every thread and
// waits for them on one of its own, which stops the server.
#include <pthread.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "cli.h"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a client that goes away is not an error
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);  // inherited by every thread started below

  segugio::serve::Environment env;
  if (const char* db = std::getenv("SEGUGIO_DB")) env.segugio_db = db;
  segugio::serve::ServerOptions options;
  int status = segugio::serve::parse(argc, argv, options, std::cout, std::cerr, env);
  if (status >= 0) return status;

  std::thread waiter;
  status = segugio::serve::serve(options, std::cerr, [&](segugio::serve::Server& server) {
    waiter = std::thread([&server, stop_signals] {
      int signal = 0;
      sigwait(&stop_signals, &signal);
      server.stop();
    });
  });
  if (waiter.joinable()) {
    // listen() returned: after a signal (the waiter is done), or because it failed, and
    // then the waiter still waits; a signal of our own ends it either way.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
  }
  return status;
}
