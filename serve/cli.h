#pragma once
// segugio-serve's options and its handler; main() only sets up signals.
#include <functional>
#include <iosfwd>
#include <string>

#include "server.h"

namespace segugio::serve {

inline constexpr int kExitOk = 0;     // stopped by SIGINT or SIGTERM
inline constexpr int kExitError = 2;  // bad option, or the address cannot be bound

struct Environment {
  std::string segugio_db;  // $SEGUGIO_DB, empty when unset
};

// Parses ARGV into OPTIONS; returns an exit status to stop with (help, bad option)
// or -1 to go on.
int parse(int argc, const char* const* argv, ServerOptions& options, std::ostream& out, std::ostream& err,
          const Environment& env);

// Binds, prints the start-up line on LOG, then calls READY with the server (main()
// uses it to stop the server on a signal) and serves until stopped.
int serve(const ServerOptions& options, std::ostream& log, const std::function<void(Server&)>& ready);

}  // namespace segugio::serve
