#include "search/output.h"

#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace segugio::search {
namespace {

SearchResponse response() {
  SearchResponse r;
  r.total = 2;
  r.total_exact = true;
  Hit a;
  a.rank = 1;
  a.id = "seed-000";
  a.score = 3.14159265;
  a.date = "2023-10-02";
  a.snippet = std::string("Ha detto ") + kHighlightStart + "Lavrov" + kHighlightEnd + " da New York";
  a.entities = {{"person", "sergei lavrov", "Sergej Lavrov", 3}, {"country", "RU", "Russia", 2}};
  Hit b;
  b.rank = 10;
  b.id = "n1";
  b.score = 1.5;
  b.title = "Un\ttitolo";
  r.hits = {a, b};
  r.facets = {{Facet::country, {{"RU", "Russia", 2}, {"KP", "Corea del Nord", 1}}, 2}};
  return r;
}

std::string render(Format format, bool color = false, bool batch = false) {
  std::ostringstream out;
  OutputOptions options;
  options.format = format;
  options.color = color;
  options.batch = batch;
  options.run_tag = "run1";
  ResultWriter writer(out, options);
  writer.write("q1", "Lavrov", response());
  writer.finish();
  return out.str();
}

TEST(Output, TrecLines) {
  EXPECT_EQ(render(Format::Trec), "q1 Q0 seed-000 1 3.141593 run1\nq1 Q0 n1 10 1.500000 run1\n");
}

TEST(Output, TsvHasAHeaderAndNoStrayTabs) {
  EXPECT_EQ(render(Format::Tsv),
            "qid\trank\tid\tscore\tdate\ttitle\nq1\t1\tseed-000\t3.1416\t2023-10-02\t\nq1\t10\tn1\t1.5000\t\tUn titolo\n");
}

TEST(Output, PlainTableIsAlignedAndHasNoEscapes) {
  std::string expected =
      "2 results\n"
      "\n"
      " 1  seed-000  2023-10-02  3.1416\n"
      "    (no title)\n"
      "    Ha detto **Lavrov** da New York\n"
      "    person: Sergej Lavrov; country: Russia\n"
      "\n"
      "10  n1        -           1.5000\n"
      "    Un titolo\n"
      "\n"
      "country (2 values)\n"
      "  Russia          2  RU\n"
      "  Corea del Nord  1  KP\n";
  EXPECT_EQ(render(Format::Table), expected);
}

TEST(Output, ColourOnlyWhenAsked) {
  EXPECT_EQ(render(Format::Table).find('\x1b'), std::string::npos);
  EXPECT_NE(render(Format::Table, true).find("\x1b[1;33mLavrov\x1b[0m"), std::string::npos);
}

TEST(Output, JsonAndJsonLines) {
  auto j = nlohmann::json::parse(render(Format::Json));
  EXPECT_EQ(j["qid"], "q1");
  EXPECT_EQ(j["results"][0]["snippet"], "Ha detto **Lavrov** da New York");
  EXPECT_EQ(j["results"][0]["entities"][0]["name"], "Sergej Lavrov");
  EXPECT_EQ(j["facets"]["country"]["values"][1]["id"], "KP");
  std::string batch = render(Format::Json, false, true);
  EXPECT_TRUE(nlohmann::json::parse(batch).is_array());
  std::string lines = render(Format::Jsonl);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 1);
}

TEST(Output, FormatNames) {
  EXPECT_EQ(parse_format("trec"), Format::Trec);
  EXPECT_EQ(parse_format("xml"), std::nullopt);
}

// A hostile article's ESC and BEL reached the terminal raw (issue: "^[[31m" in the
// table). The table and TSV show them as visible escapes; JSON escapes them as JSON does.
TEST(Output, ControlCharactersNeverReachTheTerminal) {
  SearchResponse r;
  r.total = 1;
  r.total_exact = true;
  Hit hit;
  hit.rank = 1;
  hit.id = "a";
  hit.title = "Rosso\x1b[31m\x07";
  hit.snippet = std::string("ciao \x1b]0;titolo\x07 ") + kHighlightStart + "rosso" + kHighlightEnd + " \xc2\x9b" "2J";
  hit.entities = {{"person", "x", "Mario\x1b[2J", 1}};
  r.hits = {hit};
  auto render_one = [&](Format format) {
    std::ostringstream out;
    OutputOptions options;
    options.format = format;
    ResultWriter writer(out, options);
    writer.write("q\x1b", "rosso", r);
    writer.finish();
    return out.str();
  };
  const std::string table = render_one(Format::Table);
  EXPECT_EQ(table.find('\x1b'), std::string::npos) << table;
  EXPECT_EQ(table.find('\x07'), std::string::npos) << table;
  EXPECT_EQ(table.find("\xc2\x9b"), std::string::npos) << table;
  EXPECT_NE(table.find("Rosso\\x1b[31m\\x07"), std::string::npos) << table;
  EXPECT_NE(table.find("ciao \\x1b]0;titolo\\x07 **rosso** \\u009b2J"), std::string::npos) << table;
  EXPECT_NE(table.find("Mario\\x1b[2J"), std::string::npos) << table;
  const std::string tsv = render_one(Format::Tsv);
  EXPECT_EQ(tsv, "qid\trank\tid\tscore\tdate\ttitle\nq\\x1b\t1\ta\t0.0000\t\tRosso\\x1b[31m\\x07\n");
  const std::string json = render_one(Format::Json);
  EXPECT_EQ(json.find('\x1b'), std::string::npos) << json;
  EXPECT_NE(json.find(R"("title": "Rosso\u001b[31m\u0007")"), std::string::npos) << json;
  EXPECT_EQ(nlohmann::json::parse(json)["results"][0]["title"], hit.title);
}

}  // namespace
}  // namespace segugio::search
