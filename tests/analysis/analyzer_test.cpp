#include "analysis/analyzer.h"

#include <random>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include "render.h"
#include "test_data.h"

namespace segugio::analysis {
namespace {

struct Case {
  const char* input;
  const char* expected;  // see render.h: term[/stem][|alt][*][+]@position
  friend void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << '"'; }
};

class Pipeline : public ::testing::TestWithParam<Case> {};

TEST_P(Pipeline, Tokens) {
  Analyzer analyzer;
  EXPECT_EQ(test::render(analyzer.analyze(GetParam().input).tokens), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    AllStages, Pipeline,
    ::testing::Values(
        Case{"", ""},
        Case{"l'Ucraina", "ucraina/ucrain@0"},
        Case{"dell\u2019Assemblea generale", "assemblea/assemble@0 generale/general@1"},
        Case{"un'altra", "altra@0"},
        Case{"quest'anno", "anno@0"},
        Case{"sull'accordo", "accordo/accord@0"},
        Case{"D'Alema", "alema/alem@0"},
        Case{"un po' di", "un*@0 po@1 di*@2"},
        Case{"E' stato", "e*@0 stato/stat@1"},
        Case{"Sergej LavrovLa porta", "sergej@0 lavrovla/lavrovl+@1 lavrov@1 la*@2 porta/port@3"},
        Case{"Kim Jong UnI due", "kim@0 jong@1 uni+@2 un*@2 i*@3 due@4"},
        Case{"TimesCitato", "timescitato/timescit+@0 times@0 citato/cit@1"},
        Case{"BlinkenPochi", "blinkenpochi/blinkenpoc+@0 blinken@0 pochi/poch@1"},
        Case{"ChenLa", "chenla/chenl+@0 chen@0 la*@1"},
        Case{"KamikawaBlinken e Blinken", "kamikawablinken+@0 kamikawa/kamikaw@0 blinken@1 e*@2 blinken@3"},
        Case{"McDonald iPhone YouTube DiCaprio PayPal",
             "mcdonald@0 iphone/iphon@1 youtube/youtub@2 dicaprio/dicapr@3 paypal@4"},
        Case{"citt\u00e0 citta", "citta/citt@0 citta/citt@1"},
        Case{"perch\u00e9 perche", "perche*@0 perche*@1"},
        Case{"abbandoner\u00e0 abbandonera", "abbandonera/abbandon|abbandoner@0 abbandonera/abbandoner@1"},
        Case{"LA CITT\u00c0", "la*@0 citta/citt@1"}));

TEST(Analyzer, HasANameAndAVersion) { EXPECT_EQ(Analyzer::id(), "segugio-italian/2"); }

TEST(Analyzer, OffsetsPointIntoTheCallersText) {
  Analyzer analyzer;
  std::string text = "Il ministro dell\u2019Assemblea, citt\u00e0 E' vero";
  auto tokens = analyzer.analyze(text).tokens;
  ASSERT_EQ(test::surfaces(tokens), "Il ministro Assemblea città È vero");
  EXPECT_EQ(text.substr(tokens[2].start, tokens[2].end - tokens[2].start), "Assemblea");
  EXPECT_EQ(text.substr(tokens[3].start, tokens[3].end - tokens[3].start), "città");
  EXPECT_EQ(text.substr(tokens[4].start, tokens[4].end - tokens[4].start), "E'");
}

TEST(Analyzer, QueryWithoutAccentsFindsAccentedWordsAndBack) {
  Analyzer analyzer;
  for (auto [a, b] : {std::pair{"citt\u00e0", "citta"}, {"perch\u00e9", "perche"}, {"universit\u00e0", "universita"},
                      {"pi\u00f9", "piu"}, {"abbandoner\u00e0", "abbandonera"}}) {
    auto x = analyzer.analyze(a).tokens.at(0);
    auto y = analyzer.analyze(b).tokens.at(0);
    EXPECT_EQ(x.term, y.term) << a;
    std::set<std::string> xs{x.stem, x.stem_alt}, ys{y.stem, y.stem_alt};
    bool shared = false;
    for (const auto& s : ys) shared |= !s.empty() && xs.count(s) > 0;
    EXPECT_TRUE(shared || (x.stem.empty() && y.stem.empty())) << a << " / " << b;
  }
}

bool valid_utf8(const std::string& s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

TEST(Analyzer, RandomBytesNeverCrashAndGiveValidUtf8) {
  Analyzer analyzer;
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 200);
  const std::string alphabet = "aeiouLMN'.:\u2019 \xc3\xa0\xcc\x80\xff";
  for (int round = 0; round < 2000; ++round) {
    std::string input;
    int n = length(rng);
    for (int i = 0; i < n; ++i) {
      input += round % 2 ? static_cast<char>(byte(rng)) : alphabet[static_cast<std::size_t>(byte(rng)) % alphabet.size()];
    }
    auto tokens = analyzer.analyze(input).tokens;
    for (const auto& t : tokens) {
      ASSERT_TRUE(valid_utf8(t.surface) && valid_utf8(t.term) && valid_utf8(t.stem)) << round;
      ASSERT_LE(t.start, t.end);
      ASSERT_LE(t.end, input.size());
      ASSERT_FALSE(t.term.empty());
    }
  }
}

// Every word of the bundled texts, analysed on its own as a query, yields only terms
// that the analysed document contains: what the indexer writes, the query finds.
class Consistency : public ::testing::TestWithParam<const char*> {};

TEST_P(Consistency, EveryWordAsAQueryMatchesItsDocument) {
  Analyzer analyzer;
  std::size_t words = 0, mismatches = 0, documents = 0;
  for (const auto& line : test::read_lines(test::source_dir() / GetParam())) {
    auto record = nlohmann::json::parse(line);
    for (const char* field : {"title", "text"}) {
      if (!record.contains(field)) continue;
      std::string text = record[field].get<std::string>();
      std::set<std::string> terms;
      for (const auto& t : analyzer.analyze(text).tokens) {
        terms.insert(t.term);
        terms.insert("Z" + t.stem);
        terms.insert("Z" + t.stem_alt);
      }
      std::size_t pos = 0;
      while (pos < text.size()) {
        std::size_t space = text.find_first_of(" \n\t", pos);
        if (space == std::string::npos) space = text.size();
        std::string word = text.substr(pos, space - pos);
        pos = space + 1;
        if (word.empty()) continue;
        ++words;
        for (const auto& q : analyzer.analyze(word).tokens) {
          bool found = terms.count(q.term) && terms.count("Z" + q.stem) && terms.count("Z" + q.stem_alt);
          if (!found && ++mismatches <= 10) ADD_FAILURE() << record["id"] << ": word \"" << word << "\" -> " << q.term;
        }
      }
    }
    ++documents;
  }
  EXPECT_GT(documents, 0u);
  EXPECT_GT(words, 0u);
  EXPECT_EQ(mismatches, 0u) << "of " << words << " words";
}

INSTANTIATE_TEST_SUITE_P(BundledCorpus, Consistency,
                         ::testing::Values("corpora/sample/seed.jsonl", "corpora/sample/wikinews-it.jsonl"));

}  // namespace
}  // namespace segugio::analysis
