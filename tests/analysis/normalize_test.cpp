#include "analysis/normalize.h"

#include <gtest/gtest.h>

namespace segugio::analysis {
namespace {

struct Case {
  const char* input;
  const char* expected;
  friend void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << '"'; }
};

class NormalizeText : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeText, Output) { EXPECT_EQ(normalize(GetParam().input).text, GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Stage1, NormalizeText,
    ::testing::Values(Case{"", ""},                                             // empty
                      Case{"plain ascii", "plain ascii"},                      // unchanged
                      Case{"citt\u00e0", "citt\u00e0"},                        // already NFC
                      Case{"citta\u0300", "citt\u00e0"},                       // composed to NFC
                      Case{"l\u2019Ucraina", "l'Ucraina"},                      // ’
                      Case{"l\u02bcUcraina", "l'Ucraina"},                      // ʼ
                      Case{"l\u00b4Ucraina", "l'Ucraina"},                      // ´
                      Case{"l`Ucraina", "l'Ucraina"},                           // `
                      Case{"l\u2018Ucraina", "l'Ucraina"},                      // ‘
                      Case{"a\x01" "b\x7f" "c", "abc"},                         // C0 / DEL dropped
                      Case{"a\u0085b", "ab"},                                   // C1 dropped
                      Case{"tab\there\nline\r", "tab\there\nline\r"},           // white space kept
                      Case{"soft\u00adhyphen", "softhyphen"},                   // soft hyphen dropped
                      Case{"\ufeffbom", "bom"},                                 // BOM dropped
                      Case{"bad\xff" "byte", "bad\ufffd" "byte"},               // invalid byte
                      Case{"cut\xe2\x82", "cut\ufffd"}));                       // truncated sequence

TEST(Normalize, UnchangedTextHasNoOffsetMap) {
  Normalized n = normalize("Sergej Lavrov");
  EXPECT_TRUE(n.to_input.empty());
  EXPECT_EQ(n.input_offset(7), 7u);
}

TEST(Normalize, OffsetsMapBackToTheInputAfterApostropheUnification) {
  // "dell’Assemblea": the 3-byte ’ becomes 1 byte, so "Assemblea" moves by 2 bytes.
  std::string input = "dell\u2019Assemblea";
  Normalized n = normalize(input);
  ASSERT_EQ(n.text, "dell'Assemblea");
  ASSERT_EQ(n.to_input.size(), n.text.size() + 1);
  EXPECT_EQ(n.input_offset(5), 7u);  // "A"
  EXPECT_EQ(input.substr(n.input_offset(5)), "Assemblea");
  EXPECT_EQ(n.input_offset(n.text.size()), input.size());
}

TEST(Normalize, OffsetsMapBackAfterComposition) {
  std::string input = "citta\u0300 bella";  // a + combining grave: 3 bytes -> 2 bytes of à
  Normalized n = normalize(input);
  ASSERT_EQ(n.text, "citt\u00e0 bella");
  std::size_t bella = n.text.find("bella");
  EXPECT_EQ(input.substr(n.input_offset(bella)), "bella");
  EXPECT_EQ(n.input_offset(n.text.size()), input.size());
}

// The offset map keeps runs, not an offset per byte: each lookup must give what a plain
// vector of the same offsets gives.
TEST(OffsetMap, LooksUpWhatWasPushed) {
  std::vector<std::size_t> offsets;
  OffsetMap map;
  std::size_t input = 0;
  for (std::size_t i = 0; i < 5000; ++i) {
    // Runs of consecutive offsets, repeats (a replaced character's bytes) and jumps
    // (dropped characters).
    if (i % 97 == 0) input += 3;
    else if (i % 31 != 0) input += 1;
    offsets.push_back(input);
    map.push_back(input);
  }
  ASSERT_EQ(map.size(), offsets.size());
  for (std::size_t i = 0; i < offsets.size(); ++i) ASSERT_EQ(map[i], offsets[i]) << "offset " << i;
}

}  // namespace
}  // namespace segugio::analysis
