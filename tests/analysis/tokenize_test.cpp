#include "analysis/tokenize.h"

#include <gtest/gtest.h>

#include "render.h"

namespace segugio::analysis {
namespace {

TEST(Tokenize, WordsWithByteOffsetsPunctuationSkipped) {
  Tokenizer tokenizer;
  std::string text = "Sì, la città è bella!";
  auto tokens = tokenizer.tokenize(text);
  ASSERT_EQ(test::surfaces(tokens), "Sì la città è bella");
  for (const auto& t : tokens) EXPECT_EQ(text.substr(t.start, t.end - t.start), t.surface);
  EXPECT_EQ(tokens[2].start, 8u);  // "Sì" is 3 bytes
}

TEST(Tokenize, NumbersAreWords) {
  Tokenizer tokenizer;
  EXPECT_EQ(test::surfaces(tokenizer.tokenize("Nel 2023, 1.500 morti (3,5%).")), "Nel 2023 1.500 morti 3,5");
}

TEST(Tokenize, ApostropheBetweenLettersStaysInsideTheToken) {
  Tokenizer tokenizer;
  // ICU's rules keep letters joined by an apostrophe together; elision splits them later.
  EXPECT_EQ(test::surfaces(tokenizer.tokenize("l'Ucraina po' d'Alema")), "l'Ucraina po d'Alema");
}

TEST(Tokenize, EmptyAndSpaceOnly) {
  Tokenizer tokenizer;
  EXPECT_TRUE(tokenizer.tokenize("").empty());
  EXPECT_TRUE(tokenizer.tokenize(" \n\t ,.;").empty());
}

}  // namespace
}  // namespace segugio::analysis
