// A remote shard that dies in the middle of a batch (issue: the batch ended after 282 of
// 700 lines with no line number). Two real xapian-tcpsrv shards on 127.0.0.1, each on
// a free port, started and killed by the test by PID; every process is killed when the
// test ends, and CTest's timeout bounds the whole test.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

namespace fs = std::filesystem;
constexpr auto kWait = std::chrono::seconds(30);

// A port nobody listens on now: the kernel's choice for a socket bound to port 0.
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (fd >= 0) close(fd);
    return -1;
  }
  close(fd);
  return ntohs(address.sin_port);
}

fs::path slice(const TempDir& dir, const std::string& name, std::size_t begin, std::size_t end) {
  auto lines = read_lines(source_dir() / "corpora/sample/wikinews-it.jsonl");
  std::ofstream out(dir / name);
  for (std::size_t i = begin; i < std::min(end, lines.size()); ++i) out << lines[i] << '\n';
  return dir / name;
}

// xapian-tcpsrv serving one database, ready once it says "Listening...". The shard to
// be killed serves its one connection itself (--one-shot), so that killing its PID
// ends the connection: a forked server would outlive it.
std::unique_ptr<ChildProcess> serve(const fs::path& db, int port, bool one_shot) {
  std::vector<std::string> argv{"/usr/bin/xapian-tcpsrv", "--interface", "127.0.0.1", "--port",
                                std::to_string(port), "--timeout", "20000", db.string()};
  if (one_shot) argv.insert(argv.begin() + 1, "--one-shot");
  auto server = std::make_unique<ChildProcess>(argv);
  if (!server->read_stdout_until("Listening...", kWait)) return nullptr;
  return server;
}

std::string batch_lines(int from, int to) {
  std::string lines;
  for (int i = from; i <= to; ++i) lines += "q" + std::to_string(i) + (i % 2 ? "\tgoverno\n" : "\t\n");
  return lines;
}

TEST(ShardFailure, KilledShardMidBatchGivesPerLineErrorsNamingItAndExitTwo) {
  TempDir dir;
  const std::string index_tool = tool_path("indexer", "segugio-index").string();
  for (auto [name, begin, end] : {std::tuple{"one", 0, 400}, std::tuple{"two", 400, 800}}) {
    ProcessResult r = run_process({index_tool, "--db", (dir / name).string(), "--no-entities",
                                   slice(dir, std::string(name) + ".jsonl", begin, end).string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const int port1 = free_port(), port2 = free_port();
  ASSERT_GT(port1, 0);
  ASSERT_GT(port2, 0);
  ASSERT_NE(port1, port2);
  auto shard1 = serve(dir / "one", port1, false);
  auto shard2 = serve(dir / "two", port2, true);
  ASSERT_TRUE(shard1 && shard2) << "xapian-tcpsrv did not start";
  std::ofstream(dir / "stub") << "remote 127.0.0.1:" << port1 << "\nremote 127.0.0.1:" << port2 << "\n";

  constexpr int kBefore = 20, kLines = 60;
  ChildProcess query({tool_path("query", "segugio-query").string(), "--db", (dir / "stub").string(), "--batch", "-",
                      "--format", "trec", "--limit", "2", "--run-tag", "t"},
                     {.stdin_data = "", .env = {}, .cwd = {}});
  ASSERT_TRUE(query.write_stdin(batch_lines(1, kBefore)));
  ASSERT_TRUE(query.read_stdout_until("q" + std::to_string(kBefore) + " Q0 ", kWait))
      << "the first lines were not answered while both shards ran";
  shard2->kill(SIGKILL);
  shard2->wait();
  ASSERT_TRUE(query.write_stdin(batch_lines(kBefore + 1, kLines)));
  query.close_stdin();
  ProcessResult r = query.wait();

  EXPECT_EQ(r.exit_code, 2) << r.err;  // never 134 (SIGABRT)
  std::map<std::string, int> answers;  // qid -> result lines
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) ++answers[line.substr(0, line.find(' '))];
  // A failed line names the dead shard, whether it failed mid-search or on reopening.
  const std::string shard = "127.0.0.1:" + std::to_string(port2);
  const std::string live = "127.0.0.1:" + std::to_string(port1);
  int failed = 0;
  for (int i = 1; i <= kLines; ++i) {
    const std::string qid = "q" + std::to_string(i);
    const std::string error = "<stdin>:" + std::to_string(i) + ": error: ";
    const std::size_t at = r.err.find(error);
    if (at == std::string::npos) {
      EXPECT_EQ(answers[qid], 2) << qid << " neither answered whole nor reported\n" << r.err;
      continue;
    }
    ++failed;
    EXPECT_GE(i, kBefore + 1) << qid << " failed while both shards ran: " << r.err;
    EXPECT_EQ(answers.count(qid), 0u) << qid << " both answered and reported";
    const std::string message = r.err.substr(at, r.err.find('\n', at) - at);
    EXPECT_NE(message.find(shard), std::string::npos) << message;
    EXPECT_EQ(message.find(live), std::string::npos) << message;
  }
  EXPECT_GE(failed, 1);
  EXPECT_NE(r.err.find("segugio-query: error: " + std::to_string(failed) + " of " + std::to_string(kLines) +
                       " queries failed\n"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace segugio::test
