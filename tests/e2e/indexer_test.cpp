// segugio-index end to end: the real binary, run into a temporary folder, then the
// database checked through the Xapian API.
#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <gtest/gtest.h>
#include <xapian.h>

#include "database_dump.h"
#include "index/sort_keys.h"
#include "process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

constexpr std::size_t kSampleArticles = 983;  // seed.jsonl (1) + wikinews-it.jsonl (982)

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string data(const std::string& name) { return (source_dir() / "tests/data/index" / name).string(); }
std::string sample() { return (source_dir() / "corpora/sample").string(); }

class IndexerTest : public ::testing::Test {
 protected:
  TempDir dir;
  std::string db = (dir / "db").string();

  ProcessResult index(std::vector<std::string> args, const ProcessOptions& options = {}) {
    args.insert(args.begin(), tool_path("indexer", "segugio-index").string());
    return run_process(args, options);
  }
  // Indexes into `db` and expects success.
  void index_ok(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    ProcessResult r = index(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  Xapian::Database open() const { return Xapian::Database(db); }
};

TEST_F(IndexerTest, SampleCorpusIsIndexedQuietlyOffATerminal) {
  ProcessResult r = index({"--db", db, sample()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), kSampleArticles);
  EXPECT_EQ(database.get_metadata("segugio.analyzer"), "segugio-italian/2");
  EXPECT_EQ(database.get_metadata("segugio.schema"), "2");
  EXPECT_EQ(database.get_metadata("segugio.key_fold"), "segugio-key/1");
}

TEST_F(IndexerTest, SeedArticleTermsValuesAndData) {
  index_ok({sample()});
  Xapian::Database database = open();
  Xapian::Document seed = document_by_id(database, "seed-000");
  const std::string terms = dump_terms(seed);
  // "Sergej LavrovLa porta": the glue's whole form and its first part share position
  // 5 of the body, and the stem is there for ranking.
  EXPECT_TRUE(contains(terms, " lavrov@1000005,1000080,1000131,1000283 ")) << terms;
  EXPECT_TRUE(contains(terms, " lavrovla@1000005 ")) << terms;
  EXPECT_TRUE(contains(terms, " Zlavrov:4 ")) << terms;
  EXPECT_TRUE(contains(terms, " XSRCseed ")) << terms;
  EXPECT_TRUE(contains(terms, " kim@1000031,")) << terms;
  for (auto t = seed.termlist_begin(); t != seed.termlist_end(); ++t)
    EXPECT_NE((*t)[0], 'S') << "the seed has no title: " << *t;
  // No date: no slot 0. The facets fill their slots from the first of each facet, the
  // first country in slot 101 (facets/facet.h).
  const std::string values = dump_values(seed);
  EXPECT_EQ(values.rfind("1=seed 2=seed-000 3=" + index::date_order_key("", "seed-000") + " 100=", 0), 0u) << values;
  for (const char* expected : {"=kim jong un ", "=vladimir putin ", "=sergei lavrov ", "=antony blinken ",
                               "=yuko kamikawa ", "101=RU ", "=KP ", "=US ", "=UA ", "=KR ", "=JP ", "=nazioni unite ",
                               "=consiglio di sicurezza ", "=pyongyang@KP ", "=mosca@RU ", "=new york@US"}) {
    EXPECT_TRUE(contains(values + " ", expected)) << expected << " not in " << values;
  }
  for (const char* expected : {" NKP ", " NRU ", " XPkim jong un ", " XPsergei lavrov ", " XLmosca@RU "}) {
    EXPECT_TRUE(contains(terms, expected)) << expected << " not in " << terms;
  }
  auto stored = nlohmann::json::parse(seed.get_data());
  EXPECT_EQ(stored["id"], "seed-000");
  EXPECT_EQ(stored["source"], "seed");
  EXPECT_EQ(stored["text"].get<std::string>().rfind("Ministro degli Esteri russo, Sergej LavrovLa", 0), 0u);
  EXPECT_FALSE(stored.contains("date"));
  bool putin = false;
  for (const auto& e : stored["entities"]) putin |= e["facet"] == "person" && e["name"] == "Vladimir Putin";
  EXPECT_TRUE(putin) << stored["entities"].dump();
}

TEST_F(IndexerTest, NoEntitiesLeavesOnlyTextTermsAndValues) {
  index_ok({"--no-entities", sample()});
  Xapian::Document seed = document_by_id(open(), "seed-000");
  EXPECT_EQ(dump_values(seed), "1=seed 2=seed-000 3=" + index::date_order_key("", "seed-000"));
  EXPECT_FALSE(contains(dump_terms(seed), " NRU ")) << dump_terms(seed);
  EXPECT_FALSE(nlohmann::json::parse(seed.get_data()).contains("entities"));
}

TEST_F(IndexerTest, WikinewsTitleWordsAreInTheTitleField) {
  index_ok({sample()});
  // "In fiamme l'Istituto Lama Tzong Khapa, monastero buddhista"
  const std::string terms = dump_terms(document_by_id(open(), "kindwn-train-00000"));
  for (const char* expected : {" Sin@1 ", " Sfiamme@2 ", " Sistituto@3 ", " Sbuddhista@8 ", " ZSistit:1 ",
                               " XSRCwikinews-kind "}) {
    EXPECT_TRUE(contains(terms, expected)) << expected << " not in " << terms;
  }
  EXPECT_FALSE(contains(terms, " ZSin:")) << "stop words get no stem";
}

TEST_F(IndexerTest, DatesUrlsSourcesAndIntegerIds) {
  index_ok({"--no-entities", data("articles.jsonl")});
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 4u);
  Xapian::Document art1 = document_by_id(database, "art-1");
  EXPECT_EQ(dump_values(art1), "0=20230915 1=gazzetta di prova 2=art-1 3=" + index::date_order_key("20230915", "art-1"));
  const std::string terms = dump_terms(art1);
  for (const char* expected : {"Qart-1 ", " XN:XSRCgazzetta di prova\tGazzetta di Prova ",
                               " XSRCgazzetta di prova ", " Smodena@4 ",
                               " assemblea@1000006 "}) {
    EXPECT_TRUE(contains(terms, expected)) << expected << " not in " << terms;
  }
  EXPECT_EQ(nlohmann::json::parse(art1.get_data())["url"], "https://example.org/art-1");
  // An integer id, "contents" for the text, a date-time with an offset (the date as written).
  Xapian::Document numeric = document_by_id(database, "42");
  EXPECT_EQ(dump_values(numeric), "0=20211231 1=prova 2=42 3=" + index::date_order_key("20211231", "42"));
  EXPECT_TRUE(contains(dump_terms(numeric), " contents@")) << dump_terms(numeric);
  EXPECT_EQ(nlohmann::json::parse(numeric.get_data())["date"], "2021-12-31");
}

TEST_F(IndexerTest, ReindexingTheSameInputLeavesTheSameDatabase) {
  index_ok({sample()});
  const std::string first = dump_database(db);
  ProcessResult again = index({"--db", db, "--progress", sample()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(contains(again.err, "added 0, replaced 983, deleted 0, failed 0 in ")) << again.err;
  EXPECT_EQ(dump_database(db), first);
}

TEST_F(IndexerTest, ReindexingAnIdReplacesTheArticle) {
  index_ok({"--no-entities", data("articles.jsonl")});
  ProcessResult r = index({"--db", db, "--progress", "--no-entities", data("articles-v2.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "added 1, replaced 1, deleted 0, failed 0")) << r.err;
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 5u);
  EXPECT_EQ(database.get_termfreq("Qart-1"), 1u);
  Xapian::Document art1 = document_by_id(database, "art-1");
  const std::string terms = dump_terms(art1);
  EXPECT_TRUE(contains(terms, " bologna@")) << terms;
  EXPECT_FALSE(contains(terms, "sindaco")) << "old text still indexed: " << terms;
  EXPECT_FALSE(contains(terms, "Scitta")) << "old title still indexed: " << terms;
  EXPECT_EQ(dump_values(art1), "0=20240102 1=gazzetta di prova 2=art-1 3=" + index::date_order_key("20240102", "art-1"));
  EXPECT_EQ(database.get_termfreq("sindaco"), 0u);
}

TEST_F(IndexerTest, DeleteRemovesIds) {
  index_ok({data("articles.jsonl")});
  ProcessResult r = index({"--db", db, "--progress", "--delete", "art-1", "42"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "added 0, replaced 0, deleted 2, failed 0")) << r.err;
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 2u);
  EXPECT_FALSE(database.term_exists("Qart-1"));
  EXPECT_FALSE(database.term_exists("Q42"));
  EXPECT_FALSE(database.term_exists("sindaco"));
  EXPECT_TRUE(database.term_exists("Qart-3"));
}

TEST_F(IndexerTest, DeleteFileAndUnknownIds) {
  index_ok({data("articles.jsonl")});
  ProcessResult r = index({"--db", db, "--delete-file", data("delete-ids.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "segugio-index: warning: --delete: no article with id \"missing-id\"\n");
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 3u);
  EXPECT_FALSE(database.term_exists("Qart-3"));
}

TEST_F(IndexerTest, EachBadRecordIsReportedSkippedAndCounted) {
  const std::string file = data("bad-records.jsonl");
  ProcessResult r = index({"--db", db, file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            file + ":2: error: malformed JSON: column 47: syntax error while parsing object - unexpected end of "
                   "input; expected '}'\n" +
                file + ":3: error: field \"id\": missing\n" +
                file + ":4: error: field \"title\": invalid UTF-8 at byte 34\n" +
                file + ":5: error: field \"id\": expected a string or an integer, got an array\n" +
                file + ":6: error: field \"title\": expected a string, got an integer\n" +
                file + ":7: error: empty article: no title and no text\n" +
                file + ":8: error: field \"date\": \"2023-02-30\" is not an ISO 8601 date (YYYY-MM-DD or "
                       "YYYY-MM-DDThh:mm:ss)\n" +
                file + ":9: error: record is an array, not a JSON object\n"
                       "segugio-index: 8 records failed and skipped\n");
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 2u);
  EXPECT_TRUE(database.term_exists("Qok-1"));
  EXPECT_TRUE(database.term_exists("Qok-2"));
}

// The over-long record (100 MB) and its memory bound: bad_input_test.cpp.

TEST_F(IndexerTest, StopAtTheFirstBadRecordKeepsWhatCameBefore) {
  ProcessResult r = index({"--db", db, "--on-error=stop", data("bad-records.jsonl")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "bad-records.jsonl:2: error: malformed JSON")) << r.err;
  EXPECT_FALSE(contains(r.err, ":3: error")) << r.err;
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 1u);
  EXPECT_TRUE(database.term_exists("Qok-1"));
}

TEST_F(IndexerTest, BadRecordsNeverLoseWhatWasCommittedBefore) {
  index_ok({sample()});
  ProcessResult r = index({"--db", db, "--on-error=stop", data("bad-records.jsonl")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(open().get_doccount(), kSampleArticles + 1);  // + ok-1
}

TEST_F(IndexerTest, DamagedGzipStopsWithTwoAndKeepsTheRecordsBeforeIt) {
  const std::string gz = read_file(data("compressed.jsonl.gz"));
  const std::string cut = (dir / "cut.jsonl.gz").string();
  { std::ofstream(cut, std::ios::binary) << gz.substr(0, gz.size() - 8); }  // no CRC/size trailer
  ProcessResult r = index({"--db", db, data("articles.jsonl"), cut});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "segugio-index: " + cut + ":3: error: cannot read: unexpected end of file (truncated gzip?)\n");
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 6u);  // articles.jsonl, and the two lines before the damage
  EXPECT_TRUE(database.term_exists("Qgz-2"));
}

TEST_F(IndexerTest, InvalidUtf8InATextFileIsABadRecord) {
  std::filesystem::create_directories(dir / "docs");
  { std::ofstream(dir / "docs/good.txt") << "Un testo buono.\n"; }
  { std::ofstream(dir / "docs/latin1.txt") << "Prima riga.\nCaff\xe8 corretto.\n"; }
  ProcessResult r = index({"--db", db, (dir / "docs").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, (dir / "docs/latin1.txt").string() + ":2: error: invalid UTF-8 at byte 17 of the file\n"
                   "segugio-index: 1 record failed and skipped\n");
  EXPECT_EQ(open().get_doccount(), 1u);
}

TEST_F(IndexerTest, SecondWriterGetsDatabaseIsLocked) {
  index_ok({data("articles.jsonl")});
  Xapian::WritableDatabase holder(db, Xapian::DB_OPEN);
  ProcessResult r = index({"--db", db, data("articles-v2.jsonl")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "segugio-index: error: database is locked: " + db + " is being written by another process\n");
  EXPECT_EQ(holder.get_doccount(), 4u);
}

TEST_F(IndexerTest, ThreadCountAndBatchSizeDoNotChangeTheDatabase) {
  const std::string db1 = (dir / "one").string(), db2 = (dir / "two").string();
  ProcessResult one = index({"--db", db1, "--threads", "1", sample(), data("bad-records.jsonl")});
  ProcessResult two = index({"--db", db2, "--threads", "2", "--batch-size", "7", sample(), data("bad-records.jsonl")});
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_EQ(two.exit_code, 1);
  EXPECT_EQ(one.err, two.err) << "diagnostics must come in input order";
  const std::string dump = dump_database(db1);
  EXPECT_TRUE(contains(dump, "doccount 985\n"));
  EXPECT_EQ(dump, dump_database(db2));
}

TEST_F(IndexerTest, TextFoldersGzipAndStandardInput) {
  const std::string lines = R"({"id": "in-1", "text": "Dallo standard input."})" "\n";
  ProcessResult r = index({"--db", db, data("text"), data("compressed.jsonl.gz"), "-"}, {.stdin_data = lines, .env = {}, .cwd = {}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Xapian::Database database = open();
  EXPECT_EQ(database.get_doccount(), 5u);
  // Folders are read in sorted order, hidden entries skipped, ids relative to the folder.
  EXPECT_EQ(*database.postlist_begin("Qb.txt"), 1u);
  EXPECT_EQ(*database.postlist_begin("Qsub/a.txt"), 2u);
  EXPECT_EQ(*database.postlist_begin("Qgz-1"), 3u);
  EXPECT_EQ(*database.postlist_begin("Qin-1"), 5u);
  EXPECT_TRUE(database.term_exists("perche"));
  EXPECT_FALSE(database.term_exists("nascosto"));
}

TEST_F(IndexerTest, DatabaseLocationFromEnvironmentOrDefault) {
  ProcessResult from_env = index({data("articles.jsonl")}, {.stdin_data = {}, .env = {{"SEGUGIO_DB", (dir / "env-db").string()}}, .cwd = {}});
  ASSERT_EQ(from_env.exit_code, 0) << from_env.err;
  EXPECT_EQ(Xapian::Database((dir / "env-db").string()).get_doccount(), 4u);
  ProcessResult fallback = index({data("articles.jsonl")}, {.stdin_data = {}, .env = {}, .cwd = dir.path()});
  ASSERT_EQ(fallback.exit_code, 0) << fallback.err;
  EXPECT_EQ(Xapian::Database((dir / "segugio-db").string()).get_doccount(), 4u);
}

TEST_F(IndexerTest, CommandLineErrorsExitWithTwo) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--no-such-option", data("articles.jsonl")},
           {"--threads", "0", data("articles.jsonl")},
           {"--on-error=maybe", data("articles.jsonl")},
           {"--db", db},
           {"--progress", "--quiet", data("articles.jsonl")}}) {
    ProcessResult r = index(args);
    EXPECT_EQ(r.exit_code, 2) << args[0];
    EXPECT_EQ(r.err.rfind("segugio-index: error: ", 0), 0u) << r.err;
  }
  ProcessResult missing = index({"--db", db, (dir / "nope.jsonl").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "segugio-index: " + (dir / "nope.jsonl").string() +
                             ": error: cannot open: No such file or directory\n");
  EXPECT_FALSE(std::filesystem::exists(db)) << "no database is created for a run that cannot start";
}

TEST_F(IndexerTest, HelpShowsExamplesAndExitCodes) {
  ProcessResult r = index({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "Examples:\n  segugio-index corpora/sample")) << r.out;
  EXPECT_TRUE(contains(r.out, "Exit codes:\n  0  every record was indexed")) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(IndexerTest, AnalyzePrintsTheTokenTable) {
  ProcessResult r = index({"--analyze", "Sergej LavrovLa"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "span        bytes  pos  term      stem     stop  note\n"
            "\"Sergej\"    0-6    0    sergej    sergej\n"
            "\"LavrovLa\"  7-15   1    lavrovla  lavrovl        glue,glue-whole\n"
            "\"Lavrov\"    7-13   1    lavrov    lavrov         glue,glue-part\n"
            "\"La\"        13-15  2    la        -        stop  glue,glue-part\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "segugio-db"));
}

// A kill in the middle of a run leaves a database that opens, holds exactly the
// articles of the last committed batch and answers queries; running the same command
// again ends with the database an uninterrupted run makes.
TEST_F(IndexerTest, KillDuringIndexingKeepsCommittedBatches) {
  std::string input;
  // 100 articles of 26 kB: several chunks of work reach the writer while stdin stays open.
  constexpr int kArticles = 100;
  for (int i = 0; i < kArticles; ++i) {
    input += R"({"id": "k-)" + std::to_string(i) + R"(", "text": ")";
    for (int w = 0; w < 3000; ++w) input += "parola" + std::to_string(w % 50) + " ";
    input += "\"}\n";
  }
  const std::string tool = tool_path("indexer", "segugio-index").string();
  {
    ChildProcess child({tool, "--db", db, "--batch-size", "10", "-"}, {.stdin_data = "", .env = {}, .cwd = {}});
    ASSERT_TRUE(child.write_stdin(input));  // stdin stays open: the indexer waits for more
    Xapian::doccount committed = 0;
    for (int tries = 0; tries < 600 && committed < 10; ++tries) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      try {
        committed = Xapian::Database(db).get_doccount();
      } catch (const Xapian::DatabaseOpeningError&) {  // not created yet
      }
    }
    ASSERT_GE(committed, 10u) << "no batch was committed";
    child.kill(SIGKILL);
    EXPECT_EQ(child.wait().exit_code, 128 + SIGKILL);
  }
  // It opens, and holds whole batches: the first `survived` articles, nothing else.
  Xapian::Database killed(db);
  const Xapian::doccount survived = killed.get_doccount();
  EXPECT_GE(survived, 10u);
  EXPECT_LT(survived, static_cast<Xapian::doccount>(kArticles)) << "the kill came too late to test anything";
  EXPECT_EQ(survived % 10, 0u) << "a batch was committed in part";
  for (Xapian::doccount i = 0; i < survived; ++i) {
    EXPECT_TRUE(killed.term_exists("Qk-" + std::to_string(i))) << "k-" << i << " is missing";
  }
  EXPECT_EQ(killed.get_lastdocid(), survived) << "documents of an uncommitted batch are visible";
  // It searches: a query finds every article committed.
  Xapian::Enquire enquire(killed);
  enquire.set_query(Xapian::Query("parola7"));
  EXPECT_EQ(enquire.get_mset(0, kArticles).size(), survived);
  killed.close();

  ProcessResult rerun = index({"--db", db, "--batch-size", "10", "--progress", "-"},
                              {.stdin_data = input, .env = {}, .cwd = {}});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_TRUE(contains(rerun.err, "added " + std::to_string(kArticles - survived) + ", replaced " +
                                      std::to_string(survived) + ",")) << rerun.err;
  const std::string uninterrupted = (dir / "uninterrupted").string();
  ProcessResult whole = index({"--db", uninterrupted, "--batch-size", "10", "-"}, {.stdin_data = input, .env = {}, .cwd = {}});
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  const std::string dump = dump_database(db);
  EXPECT_TRUE(contains(dump, "doccount " + std::to_string(kArticles) + "\n")) << dump.substr(0, 200);
  EXPECT_EQ(dump, dump_database(uninterrupted)) << "the re-run did not end where an uninterrupted run does";
}

// Ctrl-C: reading stops, what was read is committed, exit 130.
TEST_F(IndexerTest, InterruptCommitsWhatWasReadAndExits130) {
  auto articles = [](int from, int to) {
    std::string input;
    for (int i = from; i < to; ++i) {
      input += R"({"id": "i-)" + std::to_string(i) + R"(", "text": ")";
      for (int w = 0; w < 3000; ++w) input += "parola" + std::to_string(w % 50) + " ";
      input += "\"}\n";
    }
    return input;
  };
  const std::string input = articles(0, 100);
  ChildProcess child({tool_path("indexer", "segugio-index").string(), "--db", db, "--batch-size", "10", "--progress", "-"},
                     {.stdin_data = "", .env = {}, .cwd = {}});
  ASSERT_TRUE(child.write_stdin(input));
  Xapian::doccount committed = 0;
  for (int tries = 0; tries < 600 && committed < 10; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    try {
      committed = Xapian::Database(db).get_doccount();
    } catch (const Xapian::DatabaseOpeningError&) {
    }
  }
  ASSERT_GE(committed, 10u);
  child.kill(SIGINT);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // Articles sent after the interrupt are not read (but for the one a blocked read
  // may be returning), and the end of input unblocks the reader. The indexer may have
  // finished already: then the write fails, which is as good.
  child.write_stdin(articles(100, 200));
  child.close_stdin();
  ProcessResult r = child.wait();
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_TRUE(contains(r.err, "segugio-index: interrupted; every article read so far is committed\n")) << r.err;
  const Xapian::doccount kept = Xapian::Database(db).get_doccount();
  EXPECT_GE(kept, committed);
  EXPECT_LE(kept, 101u) << "the interrupt did not stop reading";
  EXPECT_TRUE(contains(r.err, "added " + std::to_string(kept) + ", replaced 0,")) << r.err;
}

}  // namespace
}  // namespace segugio::test
