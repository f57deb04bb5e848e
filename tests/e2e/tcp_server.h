#pragma once
// One xapian-tcpsrv serving a database read-only on 127.0.0.1, on a free port, for
// end-to-end tests. It is stopped by its process id when the object goes away, and dies
// with the test process however that ends (PR_SET_PDEATHSIG), so no server outlives a
// test that crashed or was timed out.
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace segugio::test {

class TcpServer {
 public:
  // Starts the server and waits (at most 10 s) until it accepts connections; throws
  // std::runtime_error when it cannot (xapian-tcpsrv missing, the database unreadable).
  explicit TcpServer(const std::filesystem::path& database);
  ~TcpServer();
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  unsigned port() const { return port_; }
  // The stub database line that names this server: "remote 127.0.0.1:PORT".
  std::string stub_line() const { return "remote 127.0.0.1:" + std::to_string(port_); }

 private:
  bool start(const std::filesystem::path& database);
  void stop();

  pid_t pid_ = -1;
  unsigned port_ = 0;
};

}  // namespace segugio::test
