#pragma once
// segugio-serve's HTTP server over cpp-httplib: routes (routes.h), limits, security
// headers, one log line per request. Binds where it is told (127.0.0.1 by default).
#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "params.h"

namespace httplib {
class Server;
}

namespace segugio::serve {

struct ServerOptions {
  std::string db;                  // the database (a folder, a stub file)
  std::string host = "127.0.0.1";  // loopback only unless told otherwise
  int port = 8080;                 // 0: any free port
  std::size_t threads = 8;         // httplib's thread pool: one connection per thread at a time
  Limits limits;
  int read_timeout_s = 5;          // per read of a request (httplib's set_read_timeout)
  int write_timeout_s = 5;         // per write of a response
  int keep_alive_s = 2;            // an idle keep-alive connection gives its thread back after this
  std::size_t max_body_bytes = 16 * 1024;  // request bodies (the API takes none)
  bool log_requests = true;
};

class Server {
 public:
  // LOG receives the start-up line and one line per request; it must outlive the server.
  Server(ServerOptions options, std::ostream& log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds; false (with a message in ERROR) when the address is taken or invalid.
  bool bind(std::string& error);
  // The port bound (after bind()).
  int port() const { return port_; }
  // Serves until stop(); call after bind().
  bool listen();
  // From any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace segugio::serve
