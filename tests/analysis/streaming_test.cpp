// Analyzer::analyze(text, each, reading), which the indexer uses so that a long
// article's tokens are never all held at once, against analyze(text), token by token.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "test_data.h"

namespace segugio::analysis {
namespace {

std::string describe(const Token& t) {
  return t.surface + " " + std::to_string(t.start) + "-" + std::to_string(t.end) + "@" +
         std::to_string(t.position) + " " + t.term + "/" + t.stem + "|" + t.stem_alt + (t.stopword ? "*" : "") +
         (t.glue_whole ? " whole" : "") + (t.glue_part ? " part" : "") + " " + t.note;
}

void expect_same_analysis(std::string_view text) {
  Analyzer analyzer;
  const Analysis whole = analyzer.analyze(text);
  std::vector<std::string> streamed;
  Reading reading;
  analyzer.analyze(text, [&](const Token& t) { streamed.push_back(describe(t)); }, &reading);

  ASSERT_EQ(streamed.size(), whole.tokens.size());
  for (std::size_t i = 0; i < streamed.size(); ++i) ASSERT_EQ(streamed[i], describe(whole.tokens[i])) << "token " << i;

  const Reading expected = Reading::of(whole);
  ASSERT_EQ(reading.words.size(), expected.words.size());
  for (std::size_t i = 0; i < reading.words.size(); ++i) {
    const Word& a = reading.words[i];
    const Word& b = expected.words[i];
    ASSERT_TRUE(a.start == b.start && a.end == b.end && a.glue_whole == b.glue_whole && a.glue_part == b.glue_part)
        << "word " << i;
  }
  ASSERT_EQ(reading.elided.size(), expected.elided.size());
  for (std::size_t i = 0; i < reading.elided.size(); ++i) {
    ASSERT_EQ(reading.elided[i].start, expected.elided[i].start) << "elided " << i;
    ASSERT_EQ(reading.elided[i].end, expected.elided[i].end) << "elided " << i;
  }
}

TEST(StreamingAnalysis, EveryStageGivesTheSameTokens) {
  // Glues (case and sentence), elisions in and out of a token, "E'" as a verb, apostrophe
  // variants and dropped characters (the offset map), a decomposed accent (composition),
  // a glue whose right part the text writes alone, invalid UTF-8.
  expect_same_analysis(
      "Il ministro LavrovLa settimana scorsa.Poi dell\xE2\x80\x99" "Assemblea d'un'Europa, nell' ottobre all'80%. "
      "E' stato il KamikawaBlinken: Blinken ha detto ROMA.Il soft\xC2\xAD" "hyphen citta\xCC\x80 ONULa "
      "bad\xFF" "byte po' O'Neill iPhone McDonald \x01\x07 fine");
}

TEST(StreamingAnalysis, TheBundledCorpusAsOneLongTextGivesTheSameTokens) {
  std::string text;
  for (const std::string& line : test::read_lines(test::source_dir() / "corpora/sample/wikinews-it.jsonl")) {
    if (line.empty()) continue;
    const auto record = nlohmann::json::parse(line);
    text += record.value("title", "");
    text += "\n";
    text += record.value("text", "");
    text += "\n\n";
  }
  ASSERT_GT(text.size(), 1000000u);
  expect_same_analysis(text);
}

TEST(StreamingAnalysis, EmptyTextGivesNoTokens) {
  Analyzer analyzer;
  Reading reading;
  reading.words.push_back({});
  int calls = 0;
  analyzer.analyze("", [&](const Token&) { ++calls; }, &reading);
  EXPECT_EQ(calls, 0);
  EXPECT_TRUE(reading.words.empty());
  EXPECT_TRUE(reading.elided.empty());
}

}  // namespace
}  // namespace segugio::analysis
