// segugio-index run in-process (indexer/tool.h): its options, the --db rule, its exit
// codes and its one error line.
#include "tool.h"
#include "cli.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "process.h"

namespace segugio::indexer {
namespace {

namespace fs = std::filesystem;

struct ToolRun {
  int status = -1;
  std::string out;
  std::string err;
};

ToolRun run_tool(std::vector<std::string> args, const ToolEnvironment& env = {}) {
  args.insert(args.begin(), "segugio-index");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  ToolRun r;
  r.status = run(static_cast<int>(argv.size()), argv.data(), out, err, env);
  r.out = out.str();
  r.err = err.str();
  return r;
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

std::vector<std::string> stored_ids(const fs::path& db) {
  Xapian::Database database(db.string());
  std::vector<std::string> ids;
  for (auto t = database.allterms_begin("Q"); t != database.allterms_end("Q"); ++t) ids.push_back((*t).substr(1));
  return ids;
}

nlohmann::json stored(const fs::path& db, const std::string& id) {
  Xapian::Database database(db.string());
  Xapian::PostingIterator p = database.postlist_begin("Q" + id);
  if (p == database.postlist_end("Q" + id)) return nullptr;
  return nlohmann::json::parse(database.get_document(*p).get_data());
}

TEST(IndexTool, DbOptionBeatsTheEnvironmentWhichBeatsTheDefault) {
  test::TempDir dir;
  write(dir / "a.txt", "testo");
  ToolEnvironment env;
  env.segugio_db = (dir / "from-env").string();
  EXPECT_EQ(run_tool({"-q", "--no-entities", (dir / "a.txt").string()}, env).status, kExitOk);
  EXPECT_TRUE(fs::exists(dir / "from-env"));
  EXPECT_EQ(run_tool({"-q", "--no-entities", "--db", (dir / "from-option").string(), (dir / "a.txt").string()}, env)
                .status,
            kExitOk);
  EXPECT_TRUE(fs::exists(dir / "from-option"));
}

TEST(IndexTool, BadOptionsAreOneErrorLineAndExitTwo) {
  ToolRun r = run_tool({"--threads", "0", "x.jsonl"});
  EXPECT_EQ(r.status, kExitError);
  EXPECT_EQ(r.err.rfind("segugio-index: error: --threads: ", 0), 0u) << r.err;
  ToolRun help = run_tool({"--help"});
  EXPECT_EQ(help.status, kExitOk);
  EXPECT_NE(help.out.find("--prefix-ids"), std::string::npos);
}

// "--delete -- -" gave "--" to --delete as an id and warned that no article has it.
TEST(IndexTool, DeleteWithNoIdBeforeDoubleDashIsAnError) {
  test::TempDir dir;
  ToolRun r = run_tool({"--db", (dir / "db").string(), "--delete", "--", "-"});
  EXPECT_EQ(r.status, kExitError);
  EXPECT_EQ(r.err,
            "segugio-index: error: --delete needs an ID before \"--\" (ids that start with '-' go in --delete-file)\n");
  EXPECT_FALSE(fs::exists(dir / "db"));
}

// Two folders holding x.txt: the second one used to replace the first, exit 0.
TEST(IndexTool, SameRelativeIdFromTwoInputsIsAnErrorNamingBoth) {
  test::TempDir dir;
  write(dir / "A/x.txt", "primo articolo");
  write(dir / "B/x.txt", "secondo articolo");
  const std::string db = (dir / "db").string();
  ToolRun r = run_tool({"-q", "--no-entities", "--db", db, (dir / "A").string(), (dir / "B").string()});
  EXPECT_EQ(r.status, kExitSomeFailed);
  EXPECT_EQ(r.err, (dir / "B/x.txt").string() + ": error: id \"x.txt\" is also the id of " +
                       (dir / "A/x.txt").string() +
                       ", which is indexed; give --prefix-ids to name each folder's files by the folder\n"
                       "segugio-index: 1 record failed and skipped\n");
  EXPECT_EQ(stored(db, "x.txt").value("text", ""), "primo articolo");

  const std::string prefixed = (dir / "prefixed").string();
  ToolRun both = run_tool({"-q", "--no-entities", "--prefix-ids", "--db", prefixed, (dir / "A").string(),
                           (dir / "B").string()});
  EXPECT_EQ(both.status, kExitOk) << both.err;
  EXPECT_EQ(stored_ids(prefixed),
            (std::vector<std::string>{(dir / "A/x.txt").string(), (dir / "B/x.txt").string()}));
}

// ln -s .. sub/up indexed 3 files as 102 documents.
TEST(IndexTool, SymlinkLoopIndexesEachFileOnceWithAWarning) {
  test::TempDir dir;
  write(dir / "in/a.txt", "uno");
  write(dir / "in/sub/b.txt", "due");
  write(dir / "in/sub/c.txt", "tre");
  fs::create_symlink("..", dir / "in/sub/up");
  const std::string db = (dir / "db").string();
  ToolRun r = run_tool({"-q", "--no-entities", "--db", db, (dir / "in").string()});
  EXPECT_EQ(r.status, kExitOk);
  EXPECT_EQ(r.err, (dir / "in/sub/up").string() + ": warning: symbolic link loop: leads back to " +
                       (dir / "in").string() + "; not followed\n");
  EXPECT_EQ(stored_ids(db), (std::vector<std::string>{"a.txt", "sub/b.txt", "sub/c.txt"}));
}

// An escaped \u0000 was stored as it is in title and url.
TEST(IndexTool, StoredFieldsNeverKeepNul) {
  test::TempDir dir;
  write(dir / "a.jsonl",
        R"({"id": "n1", "title": "Tito\u0000lo", "url": "http://x\u0000y", "source": "s\u0000", "text": "te\u0000sto"})"
        "\n");
  write(dir / "b.txt", std::string("testo\0nullo", 11));
  const std::string db = (dir / "db").string();
  ASSERT_EQ(run_tool({"-q", "--no-entities", "--db", db, (dir / "a.jsonl").string(), (dir / "b.txt").string()}).status,
            kExitOk);
  nlohmann::json a = stored(db, "n1");
  EXPECT_EQ(a.value("title", ""), "Titolo");
  EXPECT_EQ(a.value("url", ""), "http://xy");
  EXPECT_EQ(a.value("source", ""), "s");
  EXPECT_EQ(a.value("text", ""), "testo");
  EXPECT_EQ(stored(db, (dir / "b.txt").string()).value("text", ""), "testonullo");
}

TEST(IndexTool, OverSizeRecordNamesTheOption) {
  test::TempDir dir;
  write(dir / "a.jsonl", R"({"id": "big", "text": ")" + std::string(200, 'a') + "\"}\n");
  ToolRun r = run_tool({"-q", "--no-entities", "--max-article-bytes", "100", "--db", (dir / "db").string(),
                        (dir / "a.jsonl").string()});
  EXPECT_EQ(r.status, kExitSomeFailed);
  EXPECT_NE(r.err.find("over the limit of 100 (raise it with --max-article-bytes)"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace segugio::indexer
