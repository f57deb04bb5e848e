// The extractor reads the analyzer's tokens: exact tables of the spans it sees.
#include "entities/scanner.h"

#include <gtest/gtest.h>

#include <array>
#include <sstream>
#include <string>

#include "analysis/analyzer.h"
#include "entities/extractor.h"

namespace segugio::entities {
namespace {

// One line per token: text [begin,end) {cp_begin,cp_end} kind and flags.
std::string table(const std::vector<ScanToken>& tokens) {
  std::ostringstream out;
  for (const ScanToken& t : tokens) {
    out << t.text << " [" << t.begin << "," << t.end << ") {" << t.cp_begin << "," << t.cp_end << "} "
        << (t.kind == ScanToken::Kind::word ? "word" : t.kind == ScanToken::Kind::number ? "number" : "punct");
    if (t.elided) out << " elided";
    if (t.glued) out << " glued";
    if (t.newline_before) out << " newline";
    if (t.cap) out << " cap";
    if (t.upper) out << " upper";
    out << "\n";
  }
  return out.str();
}

std::string table_of(std::string_view text) { return table(scan(text)); }

TEST(EntityTokensFromAnalyzer, ElisionsHyphensAndNumbers) {
  EXPECT_EQ(table_of("Nell'Emilia-Romagna 1.000 euro, D'Alema."),
            "Nell' [0,5) {0,5} word elided cap\n"
            "Emilia-Romagna [5,19) {5,19} word cap\n"
            "1.000 [20,25) {20,25} number\n"
            "euro [26,30) {26,30} word\n"
            ", [30,31) {30,31} punct\n"
            "D'Alema [32,39) {32,39} word cap\n"
            ". [39,40) {39,40} punct\n");
}

TEST(EntityTokensFromAnalyzer, CurlyApostrophesAndAccentsCountCodePoints) {
  // "’" is three bytes and one code point; "à" two bytes.
  EXPECT_EQ(table_of("Città dell\u2019Aquila"),
            "Città [0,6) {0,5} word cap\n"
            "dell\u2019 [7,14) {6,11} word elided\n"
            "Aquila [14,20) {11,17} word cap\n");
}

TEST(EntityTokensFromAnalyzer, StandingElisionsAndInitials) {
  EXPECT_EQ(table_of("nell' ottobre S.p.A."),
            "nell [0,4) {0,4} word\n"
            "' [4,5) {4,5} punct\n"
            "ottobre [6,13) {6,13} word\n"
            "S [14,15) {14,15} word cap\n"
            ". [15,16) {15,16} punct\n"
            "p [16,17) {16,17} word\n"
            ". [17,18) {17,18} punct\n"
            "A [18,19) {18,19} word cap\n"
            ". [19,20) {19,20} punct\n");
}

TEST(EntityTokensFromAnalyzer, GlueRepairIsTheAnalyzers) {
  // The analyzer splits "LavrovLa" (a stop word follows a name) and "UnI"; the entity
  // reading has the parts, the later ones glued, and never the whole form.
  EXPECT_EQ(table_of("LavrovLa Russia.Il"),
            "Lavrov [0,6) {0,6} word cap\n"
            "La [6,8) {6,8} word glued cap\n"
            "Russia [9,15) {9,15} word cap\n"
            ". [15,16) {15,16} punct\n"
            "Il [16,18) {16,18} word cap\n");
  // No evidence of two words: the analyzer keeps the name whole, so does the extractor.
  EXPECT_EQ(table_of("AstraZeneca"), "AstraZeneca [0,11) {0,11} word cap\n");
}

TEST(EntityTokensFromAnalyzer, WordsAreTheAnalysisTokensNotARescan) {
  // A hand-made analysis with one token over "ab cd": the reading follows it.
  analysis::Analysis analysis;
  analysis::Token token;
  token.surface = "ab cd";
  token.start = 0;
  token.end = 5;
  analysis.tokens.push_back(token);
  const AnalyzedPart part{0, &analysis};
  EXPECT_EQ(table(scan("ab cd!", std::span(&part, 1))),
            "ab cd [0,5) {0,5} word\n"
            "! [5,6) {5,6} punct\n");
}

TEST(EntityTokensFromAnalyzer, PartsAreReadAtTheirOffsets) {
  // Title and body analysed apart, read as title + "\n" + body.
  analysis::Analyzer analyzer;
  const std::string title = "Vertice a Roma";
  const std::string body = "Il ministro Lavrov.";
  const std::string text = title + "\n" + body;
  analysis::Analysis a = analyzer.analyze(title);
  analysis::Analysis b = analyzer.analyze(body);
  const std::array parts{AnalyzedPart{0, &a}, AnalyzedPart{title.size() + 1, &b}};
  EXPECT_EQ(table(scan(text, parts)),
            "Vertice [0,7) {0,7} word cap\n"
            "a [8,9) {8,9} word\n"
            "Roma [10,14) {10,14} word cap\n"
            "Il [15,17) {15,17} word newline cap\n"
            "ministro [18,26) {18,26} word\n"
            "Lavrov [27,33) {27,33} word cap\n"
            ". [33,34) {33,34} punct\n");
}

TEST(EntityTokensFromAnalyzer, ExtractingFromTheIndexAnalysisEqualsExtractingFromText) {
  analysis::Analyzer analyzer;
  const std::string title = "Il ministro degli Esteri Sergej Lavrov a Mosca";
  const std::string body = "Lavrov ha incontrato l'ambasciatore dell'Unione Europea a Bruxelles.";
  const std::string text = title + "\n" + body;
  analysis::Analysis a = analyzer.analyze(title);
  analysis::Analysis b = analyzer.analyze(body);
  const std::array parts{AnalyzedPart{0, &a}, AnalyzedPart{title.size() + 1, &b}};
  Extractor extractor;
  EXPECT_EQ(explain_entities(extractor.extract(text, parts)), explain_entities(extractor.extract(text)));
  EXPECT_NE(explain_entities(extractor.extract(text)).find("Sergej Lavrov"), std::string::npos);
}

TEST(EntityTokensFromAnalyzer, TheIndexersReadingScansAsTheWholeAnalysis) {
  // The indexer keeps only a Reading (offsets and glue marks) of a text's analysis: the
  // extractor must read it exactly as the tokens it came from.
  analysis::Analyzer analyzer;
  const std::string title = "KamikawaBlinken a Roma.Il vertice";
  const std::string body = "Nell\u2019Emilia-Romagna D'Alema e l'ONULa: Blinken, 1.000 euro. E' stato all'80%.";
  const std::string text = title + "\n" + body;
  analysis::Analysis a = analyzer.analyze(title);
  analysis::Analysis b = analyzer.analyze(body);
  analysis::Reading ra;
  analysis::Reading rb;
  analyzer.analyze(title, [](const analysis::Token&) {}, &ra);
  analyzer.analyze(body, [](const analysis::Token&) {}, &rb);
  const std::array tokens{AnalyzedPart{0, &a}, AnalyzedPart{title.size() + 1, &b}};
  const std::array readings{AnalyzedPart{0, nullptr, &ra}, AnalyzedPart{title.size() + 1, nullptr, &rb}};
  EXPECT_EQ(table(scan(text, readings)), table(scan(text, tokens)));
  EXPECT_NE(table(scan(text, readings)).find("glued"), std::string::npos);
  Extractor extractor;
  EXPECT_EQ(explain_entities(extractor.extract(text, readings)), explain_entities(extractor.extract(text, tokens)));
}

}  // namespace
}  // namespace segugio::entities
