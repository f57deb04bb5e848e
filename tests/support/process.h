#pragma once
// Runs a program the way a user would, for end-to-end tests: argv, optional standard
// input, captured stdout and stderr, the exit code. The child's environment is the
// test's own minus every SEGUGIO_* variable (so a developer's SEGUGIO_DB cannot leak
// into a test), plus whatever the test sets.
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace segugio::test {

struct ProcessResult {
  int exit_code = -1;   // the exit status, or 128 + signal number when killed
  std::string out;      // everything written to stdout
  std::string err;      // everything written to stderr
  long max_rss_kb = 0;  // the child's peak resident memory
};

struct ProcessOptions {
  std::optional<std::string> stdin_data;       // none: stdin is /dev/null
  std::map<std::string, std::string> env;      // added to the cleaned environment
  std::filesystem::path cwd;                   // empty: the test's working folder
};

// Runs argv[0] (a path, not searched in PATH) to completion.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// A running child whose standard input stays open until close_stdin(), for tests that
// must act while it runs (kill it halfway, for instance). Output is collected in wait().
class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});
  ~ChildProcess();  // kills and reaps the child if wait() was not called
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // False when the child no longer reads its input (it closed it or exited).
  bool write_stdin(const std::string& data);
  void close_stdin();
  // Reads the child's stdout (and stderr, kept for wait()) until stdout holds NEEDLE
  // or TIMEOUT passes; true when it was found. What was read stays in wait()'s result.
  bool read_stdout_until(const std::string& needle, std::chrono::milliseconds timeout);
  void kill(int signal);
  pid_t pid() const { return pid_; }
  ProcessResult wait();

 private:
  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, err_ = -1;
  std::string pending_stdin_;
  std::string early_out_, early_err_;  // read by read_stdout_until()
  bool waited_ = false;
};

// The path of a tool built in this build tree: binary_dir()/<folder>/<name>.
std::filesystem::path tool_path(const std::string& folder, const std::string& name);

// A fresh folder under the system's temporary folder, removed with its contents when
// the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace segugio::test
