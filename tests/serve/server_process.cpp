#include "server_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "process.h"

namespace segugio::test {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kStartTimeout = std::chrono::seconds(30);
constexpr auto kStopTimeout = std::chrono::seconds(10);

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// waitpid with a deadline; -1 when the child is still running at the deadline.
int wait_for(pid_t pid, std::chrono::milliseconds within) {
  const auto deadline = Clock::now() + within;
  while (true) {
    int status = 0;
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (r < 0) return -2;
    if (Clock::now() > deadline) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace

ServerProcess::ServerProcess(const std::string& db, const std::vector<std::string>& extra_args) {
  static int counter = 0;
  log_path_ = std::filesystem::temp_directory_path() /
              ("segugio-serve-test-" + std::to_string(getpid()) + "-" + std::to_string(++counter) + ".log");
  std::vector<std::string> args{tool_path("serve", "segugio-serve").string(), "--db", db, "--port", "0",
                                "--host", "127.0.0.1"};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    int fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int null = open("/dev/null", O_RDWR);
    if (fd < 0 || null < 0) _exit(127);
    dup2(null, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    for (const char* name : {"SEGUGIO_DB"}) unsetenv(name);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  const std::regex started(R"(at http://127\.0\.0\.1:(\d+)/)");
  const auto deadline = Clock::now() + kStartTimeout;
  while (Clock::now() < deadline) {
    std::smatch m;
    const std::string text = slurp(log_path_);
    if (std::regex_search(text, m, started)) {
      port_ = std::stoi(m[1].str());
      return;
    }
    if (wait_for(pid_, std::chrono::milliseconds(0)) != -1) {
      pid_ = -1;
      throw std::runtime_error("segugio-serve exited before listening: " + text);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  const std::string text = slurp(log_path_);
  stop();
  throw std::runtime_error("segugio-serve did not start listening in time: " + text);
}

ServerProcess::~ServerProcess() {
  stop();
  std::error_code ec;
  std::filesystem::remove(log_path_, ec);
}

int ServerProcess::stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = wait_for(pid_, std::chrono::duration_cast<std::chrono::milliseconds>(kStopTimeout));
  if (status == -1) {
    kill(pid_, SIGKILL);
    status = wait_for(pid_, std::chrono::milliseconds(5000));
  }
  pid_ = -1;
  return status;
}

std::string ServerProcess::log() const { return slurp(log_path_); }

HttpResponse http_request(int port, const std::string& method, const std::string& target, int timeout_s) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket failed");
  timeval tv{timeout_s, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
  }
  const std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                              (method == "GET" || method == "HEAD" ? "" : "Content-Length: 0\r\n") + "\r\n";
  if (send(fd, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
    close(fd);
    throw std::runtime_error("cannot send the request");
  }
  std::string raw;
  char buffer[65536];
  const auto deadline = Clock::now() + std::chrono::seconds(timeout_s);
  for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
    raw.append(buffer, static_cast<std::size_t>(n));
    if (Clock::now() > deadline) break;
  }
  close(fd);
  HttpResponse response;
  const std::size_t head_end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.", 0) != 0 || head_end == std::string::npos)
    throw std::runtime_error("no HTTP answer to " + method + " " + target + ": \"" + raw.substr(0, 200) + "\"");
  response.status = std::stoi(raw.substr(9, 3));
  std::istringstream head(raw.substr(0, head_end));
  std::string line;
  std::getline(head, line);
  while (std::getline(head, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    response.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
  }
  response.body = raw.substr(head_end + 4);
  return response;
}

std::string encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
    else out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [k, v] : params) out += (out.empty() ? "?" : "&") + k + "=" + encode(v);
  return out;
}

}  // namespace segugio::test
