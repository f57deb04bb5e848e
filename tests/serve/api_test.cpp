// segugio-serve's JSON API, end to end: the real server on a free port of 127.0.0.1,
// the real segugio-query beside it, on the bundled sample and
// on tests/data/serve/articles.jsonl, both built in the build tree by CTest
// fixtures with the real segugio-index.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "facets/key_fold.h"
#include "process.h"
#include "schema.h"
#include "server_process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

using nlohmann::json;

// The bundled sample, indexed by the e2e_index_sample fixture.
std::string sample_db() { return (binary_dir() / "e2e-sample-db").string(); }

json parse(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "not JSON: " << text.substr(0, 300);
  return j;
}

// One search as API parameters and as segugio-query options.
struct Case {
  std::vector<std::pair<std::string, std::string>> params;
  std::vector<std::string> options;
};

class SampleApi : public ::testing::Test {
 protected:
  // One server for the suite. A server that does not start fails every test (a
  // failure in SetUpTestSuite would only skip them).
  static void SetUpTestSuite() {
    try {
      server_ = new ServerProcess(sample_db());
    } catch (const std::exception& e) {
      error_ = e.what();
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_, nullptr) << error_; }
  static ServerProcess* server_;
  static std::string error_;
};
ServerProcess* SampleApi::server_ = nullptr;
std::string SampleApi::error_;

// The API answers what segugio-query --format json prints for the same options: the
// same fields, values, order of results, facet counts, snippets and suggestions.
TEST_F(SampleApi, SearchEqualsTheQueryToolsJsonForTenQueries) {
  const std::vector<Case> cases = {
      {{{"q", "Lavrov"}}, {"Lavrov"}},
      {{{"q", "\"Kim Jong Un\""}, {"facets", "person,country"}}, {"\"Kim Jong Un\"", "--facets", "person,country"}},
      {{{"q", "armi"}, {"country", "RU"}, {"facets", "person,country,org,place,source"}, {"facet_limit", "5"}},
       {"armi", "--country", "RU", "--facets", "person,country,org,place,source", "--facet-limit", "5"}},
      {{{"q", "elezioni"}, {"country", "US"}, {"facets", "person,org"}, {"limit", "3"}},
       {"elezioni", "--country", "US", "--facets", "person,org", "--limit", "3"}},
      {{{"q", "nucle*"}, {"sort", "date"}, {"limit", "5"}}, {"nucle*", "--sort", "date", "--limit", "5"}},
      {{{"q", "governo"}, {"offset", "10"}, {"limit", "7"}}, {"governo", "--offset", "10", "--limit", "7"}},
      {{{"person", "Kim Jong Un"}, {"facets", "country"}}, {"--person", "Kim Jong Un", "--facets", "country"}},
      {{{"q", "Mosca"}, {"not_country", "UA"}, {"facets", "place"}, {"facet_limit", "0"}},
       {"Mosca", "--not-country", "UA", "--facets", "place", "--facet-limit", "0"}},
      {{{"q", "ministro AND esteri"}, {"explain", "1"}, {"facets", "org"}},
       {"ministro AND esteri", "--explain", "--facets", "org"}},
      {{{"q", "guera citta"}, {"source", "wikinews-kind"}}, {"guera citta", "--source", "wikinews-kind"}},
  };
  const std::string db = sample_db();
  std::size_t with_results = 0;
  for (const Case& c : cases) {
    HttpResponse api = http_get(server_->port(), "/api/search" + query_string(c.params));
    std::vector<std::string> argv{tool_path("query", "segugio-query").string(), "--db", db, "--format", "json"};
    argv.insert(argv.end(), c.options.begin(), c.options.end());
    ProcessResult cli = run_process(argv);
    ASSERT_LE(cli.exit_code, 1) << cli.err;
    EXPECT_EQ(api.status, 200) << api.body;
    EXPECT_EQ(api.headers["content-type"], "application/json; charset=utf-8");
    EXPECT_EQ(parse(api.body), parse(cli.out)) << "query " << query_string(c.params);
    with_results += parse(cli.out)["total"].get<int>() > 0;
  }
  EXPECT_GE(with_results, 9u);  // the cases say something: nearly all find articles
}

TEST_F(SampleApi, FacetBrowsingEqualsTheQueryToolsBrowse) {
  const std::string db = sample_db();
  for (const auto& [facet, prefix] : std::vector<std::pair<std::string, std::string>>{
           {"person", "Lav"}, {"country", "Co"}, {"org", "Naz"}, {"place", ""}}) {
    HttpResponse api = http_get(server_->port(), "/api/facets/" + facet + "?prefix=" + encode(prefix) + "&limit=8");
    ProcessResult cli = run_process({tool_path("query", "segugio-query").string(), "--db", db, "--browse", facet,
                                     "--prefix", prefix, "--limit", "8", "--format", "json"});
    EXPECT_EQ(api.status, 200) << api.body;
    EXPECT_EQ(parse(api.body), parse(cli.out)) << facet << " " << prefix;
    EXPECT_FALSE(parse(api.body).empty()) << facet << " " << prefix;
  }
}

TEST_F(SampleApi, SuggestGivesTheSpellingSuggestionOfTheQueryTool) {
  HttpResponse api = http_get(server_->port(), "/api/suggest?q=guera");
  ProcessResult cli = run_process({tool_path("query", "segugio-query").string(), "--db",
                                   sample_db(), "--format", "json", "guera"});
  ASSERT_EQ(api.status, 200) << api.body;
  json suggestion = parse(api.body);
  ASSERT_TRUE(suggestion.contains("suggestion")) << api.body;
  EXPECT_EQ(suggestion["suggestion"], parse(cli.out)["suggestion"]);
  EXPECT_TRUE(suggestion["results"].empty());
}

// A bad query is a 400 whose message is the query tool's own (without its name).
TEST_F(SampleApi, BadRequestsAre400WithTheQueryToolsMessage) {
  for (const std::string& bad : std::vector<std::string>{"(Lavrov", "\"Kim Jong", "foo:bar", "Lavrov AND"}) {
    HttpResponse api = http_get(server_->port(), "/api/search?q=" + encode(bad));
    ProcessResult cli = run_process(
        {tool_path("query", "segugio-query").string(), "--db", sample_db(), bad});
    ASSERT_EQ(cli.exit_code, 2) << bad;
    EXPECT_EQ(api.status, 400) << bad;
    EXPECT_EQ("segugio-query: error: " + parse(api.body)["error"].get<std::string>() + "\n", cli.err) << bad;
    EXPECT_EQ(parse(api.body)["status"], 400);
  }
  // An unknown facet: the message of segugio-query's --facets.
  for (const std::string& facets : std::vector<std::string>{"person,colour", "date:week"}) {
    HttpResponse api = http_get(server_->port(), "/api/search?q=Lavrov&facets=" + encode(facets));
    ProcessResult cli = run_process(
        {tool_path("query", "segugio-query").string(), "--db", sample_db(), "Lavrov", "--facets", facets});
    ASSERT_EQ(cli.exit_code, 2) << facets;
    EXPECT_EQ(api.status, 400) << facets;
    EXPECT_EQ("segugio-query: error: " + parse(api.body)["error"].get<std::string>() + "\n", cli.err) << facets;
  }
  for (const std::string& target : std::vector<std::string>{
       "/api/search?q=a&nonsense=1", "/api/search?limit=abc", "/api/search?limit=101", "/api/search?offset=99999",
        "/api/search?from=2023-13-40", "/api/search?facets=person,colour", "/api/search?sort=random",
        "/api/search?q=" + std::string(1025, 'a'), "/api/article", "/api/search?person=%3F",
        "/api/search?q=a&multi_select=maybe"}) {
    HttpResponse api = http_get(server_->port(), target);
    EXPECT_EQ(api.status, 400) << target << ": " << api.body;
    EXPECT_FALSE(parse(api.body)["error"].get<std::string>().empty()) << target;
  }
}

TEST_F(SampleApi, UnknownThingsAre404AndOtherMethods405) {
  for (const std::string& target : std::vector<std::string>{"/api/article?id=no-such-article", "/api/facets/colour", "/api/nothing", "/nothing"}) {
    HttpResponse r = http_get(server_->port(), target);
    EXPECT_EQ(r.status, 404) << target;
    if (target.rfind("/api/", 0) == 0) {
      EXPECT_EQ(parse(r.body)["status"], 404) << target;
    }
  }
  EXPECT_EQ(http_request(server_->port(), "POST", "/api/search?q=a").status, 405);
  EXPECT_EQ(http_request(server_->port(), "DELETE", "/api/status").status, 405);
}

// Nothing is served from the file system: every way of climbing out of /assets/ or /
// is refused, and no answer carries a file's content.
TEST_F(SampleApi, PathTraversalIsRefused) {
  const std::string passwd_marker = "root:x:0:0";
  const std::string cmake_marker = "cmake_minimum_required";
  for (const std::string& target : std::vector<std::string>{
       "/../etc/passwd", "/../../../../etc/passwd", "/assets/../../etc/passwd", "/assets/../CMakeLists.txt",
        "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2e%2e/%2e%2e/CMakeLists.txt", "/assets/..%2f..%2fCMakeLists.txt",
        "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/assets/..%5c..%5cCMakeLists.txt", "/assets/app.css/../../README.md",
        "/%252e%252e/etc/passwd", "/assets/.%2e/serve/CMakeLists.txt", "/assets//etc/passwd", "//etc/passwd",
        "/assets/app.css%00.txt"}) {
    HttpResponse r = http_get(server_->port(), target);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << target << " gave " << r.status;
    EXPECT_EQ(r.body.find(passwd_marker), std::string::npos) << target;
    EXPECT_EQ(r.body.find(cmake_marker), std::string::npos) << target;
  }
  // The assets themselves are there, from the binary.
  HttpResponse css = http_get(server_->port(), "/assets/app.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.body, read_file(source_dir() / "serve/assets/app.css"));
  EXPECT_EQ(http_get(server_->port(), "/assets/app.js").headers["content-type"], "text/javascript; charset=utf-8");
}

TEST_F(SampleApi, RequestsOverTheBoundsAreRefused) {
  // A request line past httplib's 8192 bytes.
  EXPECT_EQ(http_get(server_->port(), "/api/search?q=" + std::string(9000, 'a')).status, 414);
  std::string many;
  for (int i = 0; i < 65; ++i) many += "&country=C" + std::to_string(i);
  EXPECT_EQ(http_get(server_->port(), "/api/search?q=a" + many).status, 400);
}

TEST_F(SampleApi, StatusNamesTheDatabaseAndEveryRequestIsLogged) {
  HttpResponse r = http_get(server_->port(), "/api/status");
  ASSERT_EQ(r.status, 200);
  json status = parse(r.body);
  EXPECT_EQ(status["articles"], 983);  // corpora/sample: the seed article and 982 Wikinews ones
  EXPECT_EQ(status["analyzer"], analysis::Analyzer::id());
  EXPECT_EQ(status["schema"], std::string(schema::kSchemaVersion));
  EXPECT_EQ(status["key_fold"], std::string(facets::kKeyFoldId));
  EXPECT_FALSE(status["last_update"].get<std::string>().empty());
  const std::string log = server_->log();
  EXPECT_NE(log.find("segugio-serve: serving "), std::string::npos) << log;
  EXPECT_NE(log.find(" GET /api/status 200 "), std::string::npos) << log;
  EXPECT_NE(log.find(" ms\n"), std::string::npos) << log;
}

}  // namespace
}  // namespace segugio::test
