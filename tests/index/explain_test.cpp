// The --analyze table (common/analysis/explain.cpp).
#include <gtest/gtest.h>

#include "analysis/analyzer.h"
#include "analysis/explain.h"

namespace segugio::analysis {
namespace {

TEST(ExplainAnalysis, OneAlignedLinePerToken) {
  Analyzer analyzer;
  const std::string text = "Dell'Assemblea, LavrovLa\tcittà";
  EXPECT_EQ(explain_analysis(text, analyzer.analyze(text)),
            "span         bytes  pos  term       stem      stop  note\n"
            "\"Assemblea\"  5-14   0    assemblea  assemble        elision\n"
            "\"LavrovLa\"   16-24  1    lavrovla   lavrovl         glue,glue-whole\n"
            "\"Lavrov\"     16-22  1    lavrov     lavrov          glue,glue-part\n"
            "\"La\"         22-24  2    la         -         stop  glue,glue-part\n"
            "\"città\"      25-31  3    citta      citt\n");
}

TEST(ExplainAnalysis, EscapesControlCharactersAndSaysWhenThereAreNoTokens) {
  Analysis analysis;
  Token token;
  token.surface = "a\nb";
  token.start = 0;
  token.end = 3;
  token.term = "a b";
  analysis.tokens.push_back(token);
  EXPECT_NE(explain_analysis("a\nb", analysis).find("\"a\\nb\""), std::string::npos);
  EXPECT_EQ(explain_analysis("...", Analysis{}), "span  bytes  pos  term  stem  stop  note\n(no tokens)\n");
}

}  // namespace
}  // namespace segugio::analysis
