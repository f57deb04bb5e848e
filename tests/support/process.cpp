#include "process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_data.h"

extern char** environ;

namespace segugio::test {
namespace {

std::vector<std::string> child_environment(const std::map<std::string, std::string>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "SEGUGIO_", 8) != 0) env.emplace_back(*e);
  }
  for (const auto& [name, value] : extra) env.push_back(name + "=" + value);
  return env;
}

void make_pipe(int fds[2]) {
  if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const ProcessOptions& options) {
  if (argv.empty()) throw std::invalid_argument("run_process: empty argv");
  signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test
  int in[2], out[2], err[2];
  make_pipe(in);
  make_pipe(out);
  make_pipe(err);

  // Everything the child needs is prepared before fork(): no allocation after it.
  std::vector<std::string> env = child_environment(options.env);
  std::vector<char*> argv_c, env_c;
  for (const auto& a : argv) argv_c.push_back(const_cast<char*>(a.c_str()));
  argv_c.push_back(nullptr);
  for (const auto& e : env) env_c.push_back(const_cast<char*>(e.c_str()));
  env_c.push_back(nullptr);
  const std::string cwd = options.cwd.string();
  const bool feed_stdin = options.stdin_data.has_value();

  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid_ == 0) {
    if (feed_stdin) {
      dup2(in[0], STDIN_FILENO);
    } else {
      int null = open("/dev/null", O_RDONLY);
      dup2(null, STDIN_FILENO);
    }
    dup2(out[1], STDOUT_FILENO);
    dup2(err[1], STDERR_FILENO);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(127);
    execve(argv_c[0], argv_c.data(), env_c.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);
  out_ = out[0];
  err_ = err[0];
  if (feed_stdin) {
    in_ = in[1];
    pending_stdin_ = *options.stdin_data;
  } else {
    close(in[1]);
  }
}

ChildProcess::~ChildProcess() {
  if (!waited_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  for (int fd : {in_, out_, err_}) {
    if (fd >= 0) close(fd);
  }
}

bool ChildProcess::write_stdin(const std::string& data) {
  if (in_ < 0) throw std::logic_error("ChildProcess: stdin is closed");
  // The test's own writes go straight through: the child reads as we write.
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(in_, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EPIPE) return false;
    if (n < 0) throw std::runtime_error(std::string("write to child: ") + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void ChildProcess::close_stdin() {
  if (in_ >= 0) close(in_);
  in_ = -1;
}

void ChildProcess::kill(int signal) { ::kill(pid_, signal); }

bool ChildProcess::read_stdout_until(const std::string& needle, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (early_out_.find(needle) == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || (out_ < 0 && err_ < 0)) return false;
    std::vector<pollfd> fds;
    if (out_ >= 0) fds.push_back({out_, POLLIN, 0});
    if (err_ >= 0) fds.push_back({err_, POLLIN, 0});
    if (poll(fds.data(), fds.size(), static_cast<int>(left.count())) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (const pollfd& p : fds) {
      if (p.revents == 0) continue;
      char buf[65536];
      ssize_t n = read(p.fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        (p.fd == out_ ? early_out_ : early_err_).append(buf, static_cast<std::size_t>(n));
      } else {
        close(p.fd);
        (p.fd == out_ ? out_ : err_) = -1;
      }
    }
  }
  return true;
}

ProcessResult ChildProcess::wait() {
  ProcessResult result;
  result.out = std::move(early_out_);
  result.err = std::move(early_err_);
  std::size_t stdin_done = 0;
  // Data given up front is fed here; a stdin opened for write_stdin() (empty
  // stdin_data) stays open until close_stdin().
  while (out_ >= 0 || err_ >= 0) {
    std::vector<pollfd> fds;
    if (out_ >= 0) fds.push_back({out_, POLLIN, 0});
    if (err_ >= 0) fds.push_back({err_, POLLIN, 0});
    const bool feeding = in_ >= 0 && stdin_done < pending_stdin_.size();
    if (feeding) fds.push_back({in_, POLLOUT, 0});
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (const pollfd& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == in_) {
        const std::size_t chunk = std::min<std::size_t>(pending_stdin_.size() - stdin_done, 65536);
        ssize_t n = ::write(in_, pending_stdin_.data() + stdin_done, chunk);
        if (n > 0) stdin_done += static_cast<std::size_t>(n);
        if (n < 0 || stdin_done == pending_stdin_.size()) close_stdin();
        continue;
      }
      char buf[65536];
      ssize_t n = read(p.fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      std::string& sink = p.fd == out_ ? result.out : result.err;
      if (n > 0) {
        sink.append(buf, static_cast<std::size_t>(n));
      } else {
        close(p.fd);
        (p.fd == out_ ? out_ : err_) = -1;
      }
    }
    if (in_ >= 0 && !pending_stdin_.empty() && stdin_done == pending_stdin_.size()) close_stdin();
  }
  close_stdin();
  int status = 0;
  struct rusage usage {};
  while (wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  waited_ = true;
  result.max_rss_kb = usage.ru_maxrss;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
  ChildProcess child(argv, options);
  if (options.stdin_data && options.stdin_data->empty()) child.close_stdin();
  return child.wait();
}

std::filesystem::path tool_path(const std::string& folder, const std::string& name) {
  return binary_dir() / folder / name;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "segugio-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace segugio::test
