#include "analysis/word_lists.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/fold.h"
#include "resources.h"
#include "test_data.h"

namespace segugio::analysis {
namespace {

TEST(StopWords, TheBundledSnowballListIsLoadedWhole) {
  auto lines = test::read_lines(test::source_dir() / "corpora/stopwords-it.txt");
  std::size_t words = 0;
  for (const auto& l : lines) words += (!l.empty() && l[0] != '#') ? 1 : 0;
  ASSERT_GT(words, 250u);
  // Accent folding may merge a few entries ("e"/"è"), never add any.
  EXPECT_LE(italian_stopwords().size(), words);
  EXPECT_GE(italian_stopwords().size(), words - 5);
}

TEST(StopWords, MatchedOnFoldedForms) {
  const WordSet& stop = italian_stopwords();
  for (const char* w : {"di", "della", "il", "e", "perche", "piu", "sono", "che"}) EXPECT_TRUE(stop.contains(w)) << w;
  for (const char* w : {"ministro", "russia", "lavrov", "po", "citta"}) EXPECT_FALSE(stop.contains(w)) << w;
}

TEST(Vocabulary, HoldsTheSnowballWordsAndStopWords) {
  const WordSet& voc = italian_vocabulary();
  EXPECT_GT(voc.size(), 30000u);
  for (const char* w : {"citato", "pochi", "porta", "la", "i"}) EXPECT_TRUE(voc.contains(w)) << w;
  for (const char* w : {"lavrov", "blinken", "tube"}) EXPECT_FALSE(voc.contains(w)) << w;
}

// The tables are folded at build time; they must hold exactly what folding every entry
// of the bundled lists at run time gives, so that a change of fold() cannot drift apart
// from them unnoticed.
std::vector<std::string> folded_at_run_time(std::initializer_list<const char*> resources) {
  std::vector<std::string> words;
  for (const char* resource : resources)
    for (std::string_view line : embedded_lines(resource)) words.push_back(fold(line));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

void expect_table(const WordSet& table, const std::vector<std::string>& expected) {
  ASSERT_EQ(table.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    ASSERT_EQ(table.at(i), expected[i]) << "entry " << i;
    EXPECT_TRUE(table.contains(expected[i])) << expected[i];
  }
}

TEST(WordTables, StopWordsEqualTheRunTimeFoldOfEveryEntry) {
  expect_table(italian_stopwords(), folded_at_run_time({"stopwords-it.txt"}));
}

TEST(WordTables, VocabularyEqualsTheRunTimeFoldOfEveryEntry) {
  expect_table(italian_vocabulary(), folded_at_run_time({"stemmer/italian-voc.txt", "stopwords-it.txt"}));
}

TEST(WordTables, LooksUpAroundTheEnds) {
  const WordSet& voc = italian_vocabulary();
  EXPECT_FALSE(voc.contains(""));
  EXPECT_TRUE(voc.contains(voc.at(0)));
  EXPECT_TRUE(voc.contains(voc.at(voc.size() - 1)));
  EXPECT_FALSE(voc.contains(std::string(voc.at(voc.size() - 1)) + "z"));
  EXPECT_FALSE(voc.contains("\xff"));
}

}  // namespace
}  // namespace segugio::analysis
