#include "analysis/fold.h"

#include <gtest/gtest.h>

namespace segugio::analysis {
namespace {

struct Case {
  const char* input;
  const char* expected;
  friend void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << '"'; }
};

class Fold : public ::testing::TestWithParam<Case> {};

TEST_P(Fold, Term) { EXPECT_EQ(fold(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Stage5, Fold,
    ::testing::Values(Case{"Roma", "roma"}, Case{"ONU", "onu"}, Case{"citt\u00e0", "citta"}, Case{"citta", "citta"},
                      Case{"perch\u00e9", "perche"}, Case{"PERCH\u00c9", "perche"}, Case{"\u00c8", "e"},
                      Case{"Stra\u00dfe", "strasse"},           // full case folding
                      Case{"\u0141\u00f3d\u017a", "\u0142odz"},  // ł has no decomposition: kept
                      Case{"na\u00efve", "naive"}, Case{"", ""}));

TEST(Fold, CaseOnlyKeepsAccents) {
  EXPECT_EQ(fold_case("CITT\u00c0"), "citt\u00e0");
  EXPECT_EQ(remove_accents("citt\u00e0"), "citta");
}

}  // namespace
}  // namespace segugio::analysis
