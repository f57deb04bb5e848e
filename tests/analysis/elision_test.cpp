#include "analysis/elision.h"

#include <gtest/gtest.h>

#include "analysis/normalize.h"
#include "analysis/tokenize.h"
#include "render.h"

namespace segugio::analysis {
namespace {

struct Case {
  const char* input;
  const char* expected;  // surfaces after elision
  friend void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << '"'; }
};

class Elision : public ::testing::TestWithParam<Case> {};

TEST_P(Elision, Surfaces) {
  Tokenizer tokenizer;
  Normalized n = normalize(GetParam().input);
  EXPECT_EQ(test::surfaces(elide(tokenizer.tokenize(n.text), n.text)), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Stage4, Elision,
    ::testing::Values(Case{"l'Ucraina", "Ucraina"},
                      Case{"dell\u2019Assemblea", "Assemblea"},  // curly apostrophe, unified first
                      Case{"un'altra", "altra"},
                      Case{"d'un'Europa", "Europa"},  // elisions in a row
                      Case{"quest'anno", "anno"},
                      Case{"sull'accordo", "accordo"},
                      Case{"D'Alema", "Alema"},
                      Case{"nessun'altra tutt'altro sant'Antonio", "altra altro Antonio"},
                      Case{"c'\u00e8 vent'anni", "\u00e8 anni"},
                      Case{"un po' di", "un po di"},                  // po' is a word
                      Case{"E' stato", "\u00c8 stato"},              // E' is È
                      Case{"e' vero", "\u00e8 vero"},
                      Case{"nell' ottobre", "ottobre"},              // elided word standing apart
                      Case{"all'80%", "80"},
                      Case{"O'Neill", "O'Neill"},                    // no known elided word
                      Case{"l'", ""}));                              // nothing follows: dropped

TEST(Elision, NarrowedTokenPointsAtTheWord) {
  Tokenizer tokenizer;
  std::string text = "verso l'Ucraina";
  auto tokens = elide(tokenizer.tokenize(text), text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "Ucraina");
  EXPECT_EQ(tokens[1].note, "elision");
}

TEST(Elision, KnownElidedWords) {
  for (const char* w : {"l", "dell", "all", "dall", "nell", "sull", "un", "quest", "quell", "tutt", "nessun", "sant", "d"})
    EXPECT_TRUE(is_elided_word(w)) << w;
  for (const char* w : {"po", "o", "casa", "lavrov"}) EXPECT_FALSE(is_elided_word(w)) << w;
}

}  // namespace
}  // namespace segugio::analysis
