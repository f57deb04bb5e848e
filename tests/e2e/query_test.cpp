// segugio-query end to end: the real segugio-index builds a database of the bundled
// sample (corpora/sample: the seed + Italian Wikinews) in a temporary folder, the real
// segugio-query runs on it, and its output is diffed against plain-text golden files in
// tests/golden/query/. To regenerate them after an intended change, run
//   SEGUGIO_UPDATE_GOLDEN=1 ctest --test-dir build -R QueryGolden
// and review the diff with git.
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

class Sample {
 public:
  static Sample& get() {
    static Sample sample;
    return sample;
  }
  const std::string& db() const { return db_; }
  const ProcessResult& indexing() const { return indexing_; }

 private:
  // Under ctest the fixture e2e_index_sample has indexed the sample once for every test
  // (SEGUGIO_TEST_SAMPLE_DB); a test binary run by hand indexes it itself.
  Sample() {
    if (const char* shared = std::getenv("SEGUGIO_TEST_SAMPLE_DB"); shared && *shared) {
      db_ = shared;
      indexing_.exit_code = std::filesystem::exists(db_ + "/iamglass") ? 0 : 2;
      indexing_.err = "the shared sample database " + db_ + " is missing";
      return;
    }
    db_ = (dir_ / "db").string();
    indexing_ = run_process({tool_path("indexer", "segugio-index").string(), "--db", db_,
                             (source_dir() / "corpora/sample").string()});
  }
  TempDir dir_;
  std::string db_;
  ProcessResult indexing_;
};

// Whether segugio-index annotated entities (it records the facet slots it used): the
// facet tests below need them, and fail, not skip, without them.
bool sample_has_entities() {
  return !Xapian::Database(Sample::get().db()).get_metadata("segugio.slots.person").empty();
}

ProcessResult query(std::vector<std::string> args, const ProcessOptions& options = {}) {
  args.insert(args.begin(), {tool_path("query", "segugio-query").string(), "--db", Sample::get().db()});
  return run_process(args, options);
}

// "$ segugio-query ARGS", stdout, stderr (if any) and the exit code, as one text.
std::string transcript(const std::vector<std::string>& args, const ProcessResult& r) {
  std::string text = "$ segugio-query";
  for (const std::string& a : args) {
    bool plain = !a.empty() && a.find_first_of(" \"'*()<>|&;$\\`") == std::string::npos;
    std::string quoted = "'";
    for (char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    text += ' ' + (plain ? a : quoted + "'");
  }
  text += '\n' + r.out;
  if (!r.err.empty()) {
    std::string err = r.err;
    const std::string db = Sample::get().db();
    for (std::size_t at; (at = err.find(db)) != std::string::npos;) err.replace(at, db.size(), "$DB");
    text += "--- stderr\n" + err;
  }
  text += "--- exit " + std::to_string(r.exit_code) + '\n';
  return text;
}

struct GoldenCase {
  const char* name;  // tests/golden/query/NAME.txt
  std::vector<std::string> args;
  const char* must_contain;  // checked on stdout as well as the golden diff ("" for none)
  const char* stdin_data = nullptr;
  friend void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.name; }
};

void check_golden(const GoldenCase& c) {
  ASSERT_EQ(Sample::get().indexing().exit_code, 0) << Sample::get().indexing().err;
  ProcessOptions options;
  if (c.stdin_data) options.stdin_data = c.stdin_data;
  ProcessResult r = query(c.args, options);
  EXPECT_NE(r.out.find(c.must_contain), std::string::npos) << r.out << r.err;
  const std::string got = transcript(c.args, r);
  const auto golden = source_dir() / "tests/golden/query" / (std::string(c.name) + ".txt");
  if (std::getenv("SEGUGIO_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << got;
    return;
  }
  EXPECT_EQ(got, read_file(golden)) << "regenerate with SEGUGIO_UPDATE_GOLDEN=1 if the change is intended";
}

class QueryGolden : public ::testing::TestWithParam<GoldenCase> {};
TEST_P(QueryGolden, MatchesTheGoldenFile) { check_golden(GetParam()); }

// Cases that need the articles' entities in the database.
class QueryGoldenEntities : public ::testing::TestWithParam<GoldenCase> {};
TEST_P(QueryGoldenEntities, MatchesTheGoldenFile) {
  ASSERT_TRUE(sample_has_entities()) << "segugio-index wrote no entities";
  check_golden(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Sample, QueryGolden,
    ::testing::Values(
        GoldenCase{"seed-by-lavrov", {"Lavrov", "--limit", "3"}, "seed-000"},
        GoldenCase{"seed-by-kim-jong-un-phrase", {"\"Kim Jong Un\"", "--format", "tsv"}, "seed-000"},
        GoldenCase{"seed-by-elided-assemblea", {"dell'Assemblea", "--format", "tsv"}, "seed-000"},
        GoldenCase{"seed-by-curly-elided-assemblea", {"dell\u2019Assemblea", "--format", "tsv"}, "seed-000"},
        GoldenCase{"seed-by-assemblea", {"assemblea", "--format", "tsv"}, "seed-000"},
        GoldenCase{"browse-sources", {"--browse", "source"}, "wikinews-kind"},
        GoldenCase{"explain", {"+armi \"Corea del Nord\" -title:Seul source:seed", "--explain",
                               "--limit", "1"}, "parsed: "},
        GoldenCase{"sort-by-date-and-paging", {"elezioni", "--sort", "date", "--limit", "3", "--offset", "2",
                                               "--format", "tsv"}, "\t3\t"},
        GoldenCase{"json-output", {"Lavrov", "--limit", "1", "--format", "json"}, "\"results\""},
        GoldenCase{"spelling-suggestion", {"Lavrof"}, "forse cercavi: Lavrov"},
        GoldenCase{"no-results-exit-1", {"zxqwvk"}, "0 results"},
        GoldenCase{"syntax-error-exit-2", {"\"Kim Jong"}, ""},
        GoldenCase{"batch-mixed-lines-with-errors",
                   {"--batch", "-", "--format", "trec", "--limit", "2"}, "q1 Q0 seed-000 1",
                   "q1\tLavrov\n"
                   "# a comment\n"
                   "{\"qid\": \"q2\", \"query\": \"armi\", \"country\": \"KP\"}\n"
                   "{\"qid\": \"q3\", \"query\": \"(armi\"}\n"
                   "{\"qid\": \"q4\", \"qurey\": \"armi\"}\n"
                   "Nazioni Unite\n"}));

INSTANTIATE_TEST_SUITE_P(
    Sample, QueryGoldenEntities,
    ::testing::Values(
        GoldenCase{"seed-by-person-country-armi",
                   {"--person", "Kim Jong Un", "--country", "RU", "armi", "--format", "tsv"}, "seed-000"},
        GoldenCase{"seed-by-country-kp", {"country:KP", "--format", "tsv"}, "seed-000"},
        GoldenCase{"country-code-name-and-demonym",
                   {"--country", "RU", "--country", "russia", "--country", "russa", "armi", "--limit", "5",
                    "--format", "trec", "--explain"},
                   "seed-000"},
        GoldenCase{"person-by-surname", {"--person", "Lavrov", "--format", "tsv"}, "seed-000"},
        GoldenCase{"facets-of-a-query", {"Putin", "--limit", "2", "--facets", "person,country,org,place"},
                   "person ("},
        GoldenCase{"browse-persons-by-prefix", {"--browse", "person", "--prefix", "Lav"}, "Lavrov"},
        GoldenCase{"person-of-several-values", {"--person", "Kim", "--format", "tsv"}, "\t"},
        GoldenCase{"place-by-first-word", {"--place", "Reggio", "--explain", "--limit", "0"}, ""}));

TEST(QueryE2E, BrokenPipeIsNotAnError) {
  ASSERT_EQ(Sample::get().indexing().exit_code, 0);
  // A reader that goes away at once: the tool must stop quietly, not die of SIGPIPE.
  std::string script = "'" + tool_path("query", "segugio-query").string() + "' --db '" + Sample::get().db() +
                       "' --batch - --limit 100 --format trec | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}";
  std::string queries;
  for (int i = 0; i < 300; ++i) queries += "armi\n";
  ProcessOptions options;
  options.stdin_data = queries;
  ProcessResult r = run_process({"/bin/bash", "-c", script}, options);
  EXPECT_EQ(r.out, "0\n") << r.err;
  EXPECT_EQ(r.err, "");
}

// The facet counts of --facets against counts made here from the stored entities of
// every matching article.
TEST(QueryE2E, FacetCountsAreExactOverAllMatches) {
  ASSERT_EQ(Sample::get().indexing().exit_code, 0);
  ASSERT_TRUE(sample_has_entities()) << "segugio-index wrote no entities";
  Xapian::Database db(Sample::get().db());
  std::size_t values_seen = 0;
  for (const char* q : {"", "Putin", "Russia OR Ucraina", "governo", "\"Corea del Nord\""}) {
    ProcessResult counted = query({q, "--facets", "person,country,org,place", "--facet-limit", "0",
                                   "--limit", "1", "--format", "json"});
    ASSERT_LE(counted.exit_code, 1) << counted.err;
    auto json = nlohmann::json::parse(counted.out);
    ProcessResult listed = query({q, "--limit", "100000", "--format", "trec"});
    std::map<std::string, std::map<std::string, std::size_t>> expected;
    std::size_t matches = 0;
    std::istringstream lines(listed.out);
    for (std::string qid, q0, id, rank, score, tag; lines >> qid >> q0 >> id >> rank >> score >> tag;) {
      ++matches;
      auto post = db.postlist_begin("Q" + id);
      ASSERT_NE(post, db.postlist_end("Q" + id)) << id;
      auto data = nlohmann::json::parse(db.get_document(*post).get_data());
      std::set<std::pair<std::string, std::string>> held;  // an article counts once per value
      for (const auto& e : data.value("entities", nlohmann::json::array()))
        held.insert({e.value("facet", ""), e.value("id", "")});
      for (const auto& [facet, id2] : held) ++expected[facet][id2];
    }
    EXPECT_EQ(json["total"].get<std::size_t>(), matches) << q;
    EXPECT_TRUE(json["total_exact"].get<bool>()) << q;
    for (const char* facet : {"person", "country", "org", "place"}) {
      std::map<std::string, std::size_t> got;
      for (const auto& v : json["facets"][facet]["values"]) got[v["id"]] = v["count"];
      EXPECT_EQ(got, expected[facet]) << "query '" << q << "', facet " << facet;
      values_seen += got.size();
    }
  }
  EXPECT_GT(values_seen, 0u) << "no entity was indexed: the comparison above proves nothing";
}

}  // namespace
}  // namespace segugio::test
