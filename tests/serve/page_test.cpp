// segugio-serve's pages and the API parts that need dated articles, end to end, on
// tests/data/serve/articles.jsonl (indexed by a CTest fixture into the build tree);
// and the database's life: 503 while it cannot be opened, commits seen at once.
#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "process.h"
#include "server_process.h"
#include "test_data.h"

namespace segugio::test {
namespace {

using nlohmann::json;

// tests/data/serve/articles.jsonl, indexed by the serve_index_db fixture.
std::string serve_db() { return (binary_dir() / "serve-test-db").string(); }

json get_json(const ServerProcess& server, const std::string& target) {
  HttpResponse r = http_get(server.port(), target);
  EXPECT_EQ(r.status, 200) << target << ": " << r.body;
  return json::parse(r.body, nullptr, false);
}

std::string html_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&#39;";
    else out += c;
  }
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class ServePages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    try {
      server_ = new ServerProcess(serve_db());
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
ServerProcess* ServePages::server_ = nullptr;
std::string ServePages::error_;

// Articles whose title, source, text and url carry markup and script: every page
// shows them as text, and no answer carries an inline script or a javascript: link.
TEST_F(ServePages, MarkupInArticlesIsRenderedAsText) {
  for (const std::string& target : std::vector<std::string>{"/?q=vertice", "/?q=Lavrov&country=RU&limit=50", "/article?id=xss-script",
                                    "/article?id=xss-attr", "/?q=%3Cscript%3Ealert(1)%3C/script%3E",
                                    "/?q=Lavrov&person=%22%3E%3Cimg%20src=x%20onerror=alert(5)%3E"}) {
    HttpResponse r = http_get(server_->port(), target);
    ASSERT_TRUE(r.status == 200) << target << " " << r.status;
    EXPECT_EQ(r.body.find("<script>"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("<img src=x"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("<svg onload"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("href=\"javascript:"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("onerror=\""), std::string::npos) << target;
    // The only script is the page's own, from /assets/.
    EXPECT_EQ(count(r.body, "<script"), 1u) << target;
    EXPECT_NE(r.body.find("<script src=\"/assets/app.js\" defer></script>"), std::string::npos) << target;
  }
  HttpResponse article = http_get(server_->port(), "/article?id=xss-script");
  EXPECT_NE(article.body.find("&lt;script&gt;alert(&quot;segugio&quot;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(article.body.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(article.body.find("&lt;i&gt;cronache&lt;/i&gt;"), std::string::npos);
  HttpResponse attr = http_get(server_->port(), "/article?id=xss-attr");
  EXPECT_NE(attr.body.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt; vertice"), std::string::npos);
  EXPECT_NE(attr.body.find("href=\"https://example.org/a?b=1&amp;c=2\""), std::string::npos);
}

TEST_F(ServePages, EveryAnswerCarriesAPolicyWithoutInlineScript) {
  for (const std::string& target : std::vector<std::string>{"/", "/?q=Lavrov", "/article?id=serve-000", "/api/status", "/nothing"}) {
    HttpResponse r = http_get(server_->port(), target);
    const std::string policy = r.headers["content-security-policy"];
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << target;
    EXPECT_NE(policy.find("default-src 'none'"), std::string::npos) << target;
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << target;
    EXPECT_EQ(r.headers["x-content-type-options"], "nosniff") << target;
  }
}

// The page is the API's search drawn: the same total, the same facet counts.
TEST_F(ServePages, PageCountsAreTheApis) {
  const std::string state = "q=Lavrov&country=RU";
  HttpResponse page = http_get(server_->port(), "/?" + state);
  json api = get_json(*server_, "/api/search?" + state + "&facets=person,country,org,place,source");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex("data-total=\"(\\d+)\"")));
  EXPECT_EQ(std::stoi(m[1].str()), api["total"].get<int>());
  EXPECT_GT(api["total"].get<int>(), 3);
  for (const auto& [facet, counts] : api["facets"].items()) {
    for (const json& v : counts["values"]) {
      const std::regex value("data-facet=\"" + facet + "\" data-id=\"[^\"]*\" title=\"[^\"]*\"><span class=\"box\"></span><span class=\"name\">" +
                             std::regex_replace(html_escaped(v["name"].get<std::string>()), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                             "</span><span class=\"n\">(\\d+)</span>");
      ASSERT_TRUE(std::regex_search(page.body, m, value)) << facet << " " << v["name"];
      EXPECT_EQ(std::stoi(m[1].str()), v["count"].get<int>()) << facet << " " << v["name"];
    }
  }
  EXPECT_NE(page.body.find("aria-checked=\"true\" data-facet=\"country\" data-id=\"RU\""), std::string::npos);
}

// The timeline is exact: its months add up to the dated matches, dated and undated to
// the total, and each month's bar is the total of the same search in that month.
TEST_F(ServePages, TimelineMonthsAreExactCounts) {
  json timeline = get_json(*server_, "/api/timeline?q=Lavrov");
  // Facets make the match run to the end, so the totals are exact.
  json search = get_json(*server_, "/api/search?q=Lavrov&limit=0&facets=source");
  int sum = 0, nonzero = 0;
  for (const json& m : timeline["months"]) {
    sum += m["count"].get<int>();
    if (m["count"].get<int>() == 0) continue;
    ++nonzero;
    const std::string month = m["month"];
    json in_month = get_json(*server_, "/api/search?q=Lavrov&limit=0&facets=source&from=" + month + "&to=" + month);
    EXPECT_TRUE(in_month["total_exact"].get<bool>());
    EXPECT_EQ(in_month["total"], m["count"]) << month;
  }
  EXPECT_EQ(sum, timeline["dated"].get<int>());
  EXPECT_EQ(timeline["dated"].get<int>() + timeline["undated"].get<int>(), search["total"].get<int>());
  EXPECT_GE(nonzero, 5);
  EXPECT_GT(timeline["undated"].get<int>(), 0);
  // The page draws one link per month with matches, to that month.
  HttpResponse page = http_get(server_->port(), "/?q=Lavrov");
  EXPECT_EQ(count(page.body, "<a class=\"bar"), static_cast<std::size_t>(nonzero));
  EXPECT_NE(page.body.find("href=\"/?q=Lavrov&amp;from=2023-01&amp;to=2023-01\""), std::string::npos);
}

// The date facet (facets=...,date or date:year|month|day) and several values of one
// facet, with and without multi_select: what segugio-query --format json prints for
// --facets and --multi-select.
TEST_F(ServePages, DateFacetAndMultiSelectEqualTheQueryToolsJson) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<std::string> options;
  };
  const std::vector<Case> cases = {
      {{{"q", "Lavrov"}, {"facets", "person,date"}}, {"Lavrov", "--facets", "person,date"}},
      {{{"q", "Kim"}, {"facets", "country,date:year"}}, {"Kim", "--facets", "country,date:year"}},
      {{{"q", "Lavrov"}, {"facets", "date:day"}, {"limit", "3"}}, {"Lavrov", "--facets", "date:day", "--limit", "3"}},
      {{{"q", "armi"}, {"facets", "date:month,org"}, {"from", "2023-03"}, {"to", "2023-09"}},
       {"armi", "--facets", "date:month,org", "--from", "2023-03", "--to", "2023-09"}},
      {{{"country", "RU"}, {"country", "DE"}, {"facets", "country,person,date"}},
       {"--country", "RU", "--country", "DE", "--facets", "country,person,date"}},
      {{{"country", "RU"}, {"country", "DE"}, {"facets", "country,person,date"}, {"multi_select", "1"}},
       {"--country", "RU", "--country", "DE", "--facets", "country,person,date", "--multi-select"}},
  };
  std::vector<json> answers;
  for (const Case& c : cases) {
    HttpResponse api = http_get(server_->port(), "/api/search" + query_string(c.params));
    std::vector<std::string> argv{tool_path("query", "segugio-query").string(), "--db", serve_db(), "--format", "json"};
    argv.insert(argv.end(), c.options.begin(), c.options.end());
    ProcessResult cli = run_process(argv);
    ASSERT_EQ(cli.exit_code, 0) << cli.err;  // every case finds articles
    ASSERT_EQ(api.status, 200) << api.body;
    const json answer = json::parse(api.body, nullptr, false);
    EXPECT_EQ(answer, json::parse(cli.out, nullptr, false)) << query_string(c.params);
    // The date facet is there and holds the dated matches, at most every match.
    ASSERT_TRUE(answer.contains("facets") && answer["facets"].contains("date")) << api.body.substr(0, 300);
    const json& date = answer["facets"]["date"];
    EXPECT_FALSE(date["values"].empty()) << query_string(c.params);
    int dated = 0;
    for (const json& v : date["values"]) dated += v["count"].get<int>();
    EXPECT_GT(dated, 0) << query_string(c.params);
    EXPECT_LE(dated, answer["total"].get<int>()) << query_string(c.params);
    answers.push_back(answer);
  }
  EXPECT_EQ(answers[0]["facets"]["date"]["granularity"], "month");
  EXPECT_EQ(answers[1]["facets"]["date"]["granularity"], "year");
  EXPECT_EQ(answers[2]["facets"]["date"]["granularity"], "day");
  EXPECT_EQ(answers[2]["facets"]["date"]["values"][0]["id"].get<std::string>().size(), 10u);  // YYYY-MM-DD
  EXPECT_EQ(answers[2]["results"].size(), 3u);
  for (const json& v : answers[3]["facets"]["date"]["values"]) {
    EXPECT_GE(v["id"].get<std::string>(), "2023-03");
    EXPECT_LE(v["id"].get<std::string>(), "2023-09");
  }
  // Two countries OR together; with multi_select the country counts ignore them (they
  // are the counts of the search without them), the other facets keep every filter.
  const json& plain = answers[4]["facets"];
  const json& multi = answers[5]["facets"];
  EXPECT_EQ(answers[4]["total"], answers[5]["total"]);
  EXPECT_EQ(answers[4]["results"], answers[5]["results"]);
  EXPECT_FALSE(plain["country"].contains("own_filter_ignored"));
  EXPECT_EQ(multi["country"]["own_filter_ignored"], true);
  EXPECT_FALSE(multi["person"].contains("own_filter_ignored"));
  EXPECT_FALSE(multi["date"].contains("own_filter_ignored"));
  EXPECT_EQ(multi["person"], plain["person"]);
  EXPECT_EQ(multi["date"], plain["date"]);
  EXPECT_EQ(multi["country"]["values"], get_json(*server_, "/api/search?limit=0&facets=country")["facets"]["country"]["values"]);
  int plain_sum = 0, multi_sum = 0;
  for (const json& v : plain["country"]["values"]) plain_sum += v["count"].get<int>();
  for (const json& v : multi["country"]["values"]) multi_sum += v["count"].get<int>();
  EXPECT_GT(multi_sum, plain_sum);  // the articles of neither country count too
}

// The timeline is the search's date facet by month, empty months filled in; with a
// period chosen, its bars still count every period and the chosen one is marked.
TEST_F(ServePages, TimelineIsTheDateFacetAndCountsEveryPeriod) {
  const std::string state = "q=Lavrov&country=RU";
  json timeline = get_json(*server_, "/api/timeline?" + state);
  json search = get_json(*server_, "/api/search?" + state + "&limit=0&facets=date");
  std::vector<std::pair<std::string, int>> from_facet, from_timeline;
  for (const json& v : search["facets"]["date"]["values"]) from_facet.emplace_back(v["id"].get<std::string>(), v["count"].get<int>());
  for (const json& m : timeline["months"])
    if (m["count"].get<int>() > 0) from_timeline.emplace_back(m["month"].get<std::string>(), m["count"].get<int>());
  EXPECT_EQ(from_timeline, from_facet);
  ASSERT_GE(from_facet.size(), 3u);
  EXPECT_GT(timeline["months"].size(), from_facet.size());  // months without a match are there too
  auto bars = [&](const std::string& target) {
    HttpResponse page = http_get(server_->port(), target);
    EXPECT_EQ(page.status, 200) << target;
    std::vector<std::string> out;
    const std::regex bar("<a class=\"bar( on)?\" href=\"[^\"]*\" data-month=\"([0-9-]+)\" data-count=\"(\\d+)\"");
    for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), bar); it != std::sregex_iterator(); ++it)
      out.push_back((*it)[2].str() + "=" + (*it)[3].str() + ((*it)[1].matched ? " on" : ""));
    EXPECT_EQ(page.body.find("data-facet=\"date\""), std::string::npos) << target;  // no panel for dates
    return out;
  };
  std::vector<std::string> every;
  for (const auto& [month, n] : from_facet) every.push_back(month + "=" + std::to_string(n));
  EXPECT_EQ(bars("/?" + state), every);
  EXPECT_EQ(bars("/?" + state + "&facets=person,date:year"), every);
  const std::string chosen = from_facet[1].first;
  std::vector<std::string> marked = every;
  marked[1] += " on";
  EXPECT_EQ(bars("/?" + state + "&from=" + chosen + "&to=" + chosen), marked);
  // The chosen month's page holds that month's matches only.
  json in_month = get_json(*server_, "/api/search?" + state + "&limit=0&facets=date&from=" + chosen + "&to=" + chosen);
  EXPECT_EQ(in_month["total"], from_facet[1].second);
  ASSERT_EQ(in_month["facets"]["date"]["values"].size(), 1u);
  EXPECT_EQ(in_month["facets"]["date"]["values"][0]["id"], chosen);
}

TEST_F(ServePages, ArticleHasItsEntitiesWithSpansInsideItsText) {
  json a = get_json(*server_, "/api/article?id=serve-000");
  EXPECT_EQ(a["id"], "serve-000");
  EXPECT_EQ(a["title"], "Lavrov a Mosca: forniture di armi");
  std::size_t spans = 0;
  bool lavrov = false;
  for (const json& e : a["entities"]) {
    for (const json& s : e["spans"]) {
      const std::string field = a[s["field"].get<std::string>()];
      const std::size_t begin = s["begin"], end = s["end"];
      ASSERT_LT(begin, end);
      ASSERT_LE(end, field.size());
      const std::string text = field.substr(begin, end - begin);
      if (e["id"] == "sergei lavrov") {
        EXPECT_NE(text.find("Lavrov"), std::string::npos) << text;
        lavrov = true;
      }
      ++spans;
    }
  }
  EXPECT_TRUE(lavrov);
  EXPECT_GE(spans, 5u);
  // The page marks them, each a link to the search by that entity.
  HttpResponse page = http_get(server_->port(), "/article?id=serve-000&q=Lavrov");
  EXPECT_NE(page.body.find("<a class=\"ent person\" href=\"/?person=sergei%20lavrov\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/?q=Lavrov\">&larr; Back to the results"), std::string::npos);
  // An id that needs escaping in a URL is found and linked.
  EXPECT_EQ(get_json(*server_, "/api/article?id=a%2Fb%3Fc%3Dd%26e%20f%23g")["title"], "Un id da codificare");
  EXPECT_NE(http_get(server_->port(), "/?q=codificare").body.find("/article?id=a%2Fb%3Fc%3Dd%26e%20f%23g"),
            std::string::npos);
}

// Every link of the page leads to a state the server can render: follow them all.
TEST_F(ServePages, EveryLinkOfThePageWorks) {
  HttpResponse page = http_get(server_->port(), "/?q=Lavrov&country=RU");
  std::regex href("href=\"(/[^\"]*)\"");
  std::size_t followed = 0;
  for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), href); it != std::sregex_iterator(); ++it) {
    std::string target = std::regex_replace((*it)[1].str(), std::regex("&amp;"), "&");
    HttpResponse r = http_get(server_->port(), target);
    EXPECT_EQ(r.status, 200) << target;
    ++followed;
  }
  EXPECT_GT(followed, 30u);
}

// Without JavaScript a facet's value search is a form: vq_<facet> filters its panel.
TEST_F(ServePages, ValueSearchFiltersItsPanel) {
  HttpResponse r = http_get(server_->port(), "/?q=&vq_person=Bli");
  ASSERT_EQ(r.status, 200);
  const std::size_t panel = r.body.find("data-facet=\"person\"");
  const std::size_t end = r.body.find("</section>", panel);
  const std::string persons = r.body.substr(panel, end - panel);
  EXPECT_NE(persons.find("Antony Blinken"), std::string::npos);
  EXPECT_EQ(persons.find("Sergej Lavrov"), std::string::npos);
}

TEST(ServeDatabase, UnavailableDatabaseIs503UntilItExists) {
  TempDir dir;
  const std::string db = (dir / "db").string();
  ServerProcess server(db);
  EXPECT_NE(server.log().find("not available yet"), std::string::npos) << server.log();
  for (const std::string& target : std::vector<std::string>{"/api/search?q=Lavrov", "/api/status", "/api/facets/person"}) {
    HttpResponse r = http_get(server.port(), target);
    EXPECT_EQ(r.status, 503) << target;
    EXPECT_EQ(r.headers["retry-after"], "1");
    EXPECT_NE(json::parse(r.body)["error"].get<std::string>().find("no database at"), std::string::npos) << r.body;
  }
  EXPECT_EQ(http_get(server.port(), "/?q=Lavrov").status, 503);
  ProcessResult indexed = run_process({tool_path("indexer", "segugio-index").string(), "--db", db, "-q",
                                       (source_dir() / "tests/data/serve/articles.jsonl").string()});
  ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
  HttpResponse r = http_get(server.port(), "/api/status");
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["articles"], 48);
}

// Each server thread keeps its database handle and moves it to the newest revision
// before every request: articles committed while the server runs are found at once.
TEST(ServeDatabase, CommitsAreSeenByTheNextRequest) {
  TempDir dir;
  const std::string db = (dir / "db").string();
  const std::string index = tool_path("indexer", "segugio-index").string();
  ASSERT_EQ(run_process({index, "--db", db, "-q", (source_dir() / "tests/data/serve/articles.jsonl").string()}).exit_code, 0);
  ServerProcess server(db, {"--threads", "2"});
  // Several requests, so that both threads have opened their handle.
  for (int i = 0; i < 6; ++i) EXPECT_EQ(json::parse(http_get(server.port(), "/api/search?q=zanzibar").body)["total"], 0);
  for (int round = 1; round <= 3; ++round) {
    std::string input;
    for (int i = 0; i < round; ++i)
      input += R"({"id": "new-)" + std::to_string(round) + "-" + std::to_string(i) +
               R"(", "title": "Notizia", "text": "Una parola nuova: zanzibar."})" + "\n";
    ProcessOptions options;
    options.stdin_data = input;
    ASSERT_EQ(run_process({index, "--db", db, "-q", "-"}, options).exit_code, 0);
    const int expected = round * (round + 1) / 2;
    for (int i = 0; i < 4; ++i)
      EXPECT_EQ(json::parse(http_get(server.port(), "/api/search?q=zanzibar").body)["total"], expected) << round;
  }
}

}  // namespace
}  // namespace segugio::test

namespace segugio::test {
namespace {

// SIGTERM stops it cleanly (exit 0, a last log line); a taken port is exit 2 with a
// message; --help shows the examples.
TEST(ServeProcess, StopsOnSigtermAndRefusesATakenPort) {
  ServerProcess server(serve_db());
  const std::string serve = tool_path("serve", "segugio-serve").string();
  ProcessResult taken = run_process({serve, "--db", serve_db(), "--port", std::to_string(server.port())});
  EXPECT_EQ(taken.exit_code, 2);
  EXPECT_NE(taken.err.find("segugio-serve: cannot listen on 127.0.0.1:" + std::to_string(server.port())),
            std::string::npos)
      << taken.err;
  EXPECT_EQ(http_get(server.port(), "/api/status").status, 200);
  EXPECT_EQ(server.stop(), 0);
  EXPECT_NE(server.log().find("segugio-serve: stopped"), std::string::npos) << server.log();
  ProcessResult help = run_process({serve, "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("segugio-serve --db ./segugio-db"), std::string::npos);
  ProcessResult bad = run_process({serve, "--port", "70000"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err.rfind("segugio-serve: ", 0), 0u) << bad.err;
}

}  // namespace
}  // namespace segugio::test
