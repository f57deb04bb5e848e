#pragma once
// A real segugio-serve for end-to-end tests: started on a free port of 127.0.0.1
// (--port 0; the port is read from its start-up line), its log in a file, stopped by
// PID with SIGTERM (then SIGKILL) when the object goes away. Every wait is bounded.
#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace segugio::test {

class ServerProcess {
 public:
  // Throws std::runtime_error when the server does not say it is listening in time.
  explicit ServerProcess(const std::string& db, const std::vector<std::string>& extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  pid_t pid() const { return pid_; }
  // Everything it wrote so far (start-up line, one line per request).
  std::string log() const;
  // SIGTERM and wait (at most a few seconds); returns the exit status.
  int stop();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::filesystem::path log_path_;
};

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
};

// One request over a fresh connection to 127.0.0.1:PORT, TARGET sent exactly as given
// (no normalisation), answer read to the end; at most TIMEOUT_S seconds. Throws
// std::runtime_error when the server does not answer.
HttpResponse http_request(int port, const std::string& method, const std::string& target, int timeout_s = 20);
inline HttpResponse http_get(int port, const std::string& target) { return http_request(port, "GET", target); }

// Percent-encoding of one query-string component (RFC 3986 unreserved kept).
std::string encode(const std::string& text);
// "?k=v&k2=v2", each part encoded; empty for no parameters.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace segugio::test
