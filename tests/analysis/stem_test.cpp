#include "analysis/stem.h"

#include <gtest/gtest.h>

#include "analysis/fold.h"
#include "test_data.h"

namespace segugio::analysis {
namespace {

// The stemming stage reproduces Snowball's own Italian test vocabulary, every pair.
TEST(Stem, ReproducesTheSnowballItalianVocabulary) {
  auto words = test::read_lines(test::source_dir() / "corpora/stemmer/italian-voc.txt");
  auto stems = test::read_lines(test::source_dir() / "corpora/stemmer/italian-output.txt");
  ASSERT_EQ(words.size(), 35494u);
  ASSERT_EQ(stems.size(), words.size());
  Stemmer stem;
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (stem(words[i]) != stems[i]) {
      if (++mismatches <= 10) ADD_FAILURE() << words[i] << " -> " << stem(words[i]) << ", expected " << stems[i];
    }
  }
  EXPECT_EQ(mismatches, 0u);
}

TEST(Stem, OnlyWordsWithLettersAreStemmed) {
  EXPECT_TRUE(has_letter("citt\u00e0"));
  EXPECT_TRUE(has_letter("g7"));
  EXPECT_FALSE(has_letter("2023"));
  EXPECT_FALSE(has_letter("3,5"));
}

}  // namespace
}  // namespace segugio::analysis
