#include "analysis/repair.h"

#include <gtest/gtest.h>

#include "analysis/normalize.h"
#include "analysis/word_lists.h"
#include "analysis/tokenize.h"
#include "render.h"

namespace segugio::analysis {
namespace {

struct Case {
  const char* input;
  const char* expected;  // surfaces after repair; a split shows the whole form first
  friend void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << '"'; }
};

class Repair : public ::testing::TestWithParam<Case> {};

TEST_P(Repair, Surfaces) {
  Tokenizer tokenizer;
  auto tokens = repair(tokenizer.tokenize(GetParam().input), italian_vocabulary());
  EXPECT_EQ(test::surfaces(tokens), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    SeedGlues, Repair,
    ::testing::Values(Case{"LavrovLa", "LavrovLa Lavrov La"},                  // stop word after a name
                      Case{"UnI due", "UnI Un I due"},                         // one-letter article
                      Case{"TimesCitato", "TimesCitato Times Citato"},         // Italian word
                      Case{"BlinkenPochi", "BlinkenPochi Blinken Pochi"},
                      Case{"ChenLa", "ChenLa Chen La"},
                      Case{"KamikawaBlinken e Blinken", "KamikawaBlinken Kamikawa Blinken e Blinken"},  // two long names
                      Case{"ucrainaIl", "ucrainaIl ucraina Il"},
                      Case{"ONULa", "ONULa ONU La"}));                         // acronym then word

INSTANTIATE_TEST_SUITE_P(
    NamesStayWhole, Repair,
    ::testing::Values(Case{"McDonald", "McDonald"}, Case{"iPhone", "iPhone"}, Case{"YouTube", "YouTube"},
                      Case{"DiCaprio", "DiCaprio"}, Case{"PayPal", "PayPal"}, Case{"SpaceX", "SpaceX"},
                      Case{"PdL", "PdL"}, Case{"WhatsApp", "WhatsApp"}, Case{"MoVimento", "MoVimento"},
                      Case{"iTunes", "iTunes"}, Case{"eBay", "eBay"}, Case{"MacArthur", "MacArthur"},
                      Case{"NATO", "NATO"}, Case{"Roma", "Roma"}, Case{"AstraZeneca", "AstraZeneca"},
                      Case{"CityLife", "CityLife"}, Case{"KamikawaBlinken", "KamikawaBlinken"}));  // no evidence

INSTANTIATE_TEST_SUITE_P(
    SentenceGlues, Repair,
    ::testing::Values(Case{"parola.Parola", "parola.Parola parola Parola"},
                      Case{"aperta.Il", "aperta.Il aperta Il"},
                      Case{"MODENA.Un", "MODENA.Un MODENA Un"},
                      Case{"fine.E poi", "fine.E fine E poi"},
                      Case{"S.p.A.", "S.p.A"},                                  // initials stay
                      Case{"www.repubblica.it", "www.repubblica.it"}));        // no capital after "."

TEST(Repair, PartsCarryTheirOwnOffsets) {
  Tokenizer tokenizer;
  std::string text = "Sergej LavrovLa porta";
  auto tokens = repair(tokenizer.tokenize(text), italian_vocabulary());
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(tokens[1].glue_whole);
  EXPECT_TRUE(tokens[2].glue_part);
  EXPECT_EQ(text.substr(tokens[2].start, tokens[2].end - tokens[2].start), "Lavrov");
  EXPECT_EQ(text.substr(tokens[3].start, tokens[3].end - tokens[3].start), "La");
}

}  // namespace
}  // namespace segugio::analysis
