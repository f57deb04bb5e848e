#include "analysis/word_lists.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace segugio::analysis
