// Glued words, sentence-initial capitals and headline case must not make junk persons;
// real mixed-case names stay whole.
#include <gtest/gtest.h>

#include "entities/scanner.h"
#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

TEST(Junk, GluedSentenceStartIsSplitOffTheName) {
  auto x = extractor().extract("Il ministro Sergej LavrovLa porta è aperta. Kim Jong UnI due paesi.");
  auto p = names(x, Facet::person);
  EXPECT_TRUE(has(p, "Sergej Lavrov"));
  EXPECT_TRUE(has(p, "Kim Jong Un"));
  for (const auto& n : p) {
    EXPECT_EQ(n.find("LavrovLa"), std::string::npos) << n;
    EXPECT_EQ(n.find("UnI"), std::string::npos) << n;
    EXPECT_NE(n, "La");
    EXPECT_NE(n, "I");
  }
}

TEST(Junk, TwoGluedNamesAreSplitWhenOneStandsAloneElsewhere) {
  auto x = extractor().extract(
      "Blinken ha parlato. La sua controparte, Yuko KamikawaBlinken ha espresso il rifiuto. Anthony BlinkenPochi giorni fa.");
  auto p = names(x, Facet::person);
  EXPECT_TRUE(has(p, "Yuko Kamikawa"));
  EXPECT_TRUE(has(p, "Anthony Blinken"));
  for (const auto& n : p) {
    EXPECT_EQ(n.find("KamikawaBlinken"), std::string::npos) << n;
    EXPECT_EQ(n.find("Pochi"), std::string::npos) << n;
  }
}

TEST(Junk, MixedCaseNamesStayWhole) {
  auto y = extractor().extract("Ho visto un video su YouTube e poi ho mangiato da McDonald con il PdL.");
  for (const auto& s : spans(y)) {
    EXPECT_NE(s, "Donald/PER");
    EXPECT_NE(s, "Tube/PER");
  }
  auto x = extractor().extract("Leonardo DiCaprio ha comprato un iPhone da McDonald.");
  EXPECT_TRUE(has(names(x, Facet::person), "Leonardo DiCaprio"));
  for (const auto& s : spans(x)) {
    EXPECT_NE(s, "Di/PER");
    EXPECT_NE(s, "Caprio/PER");
  }
}

TEST(Junk, SentenceInitialCommonWordsAreNotNames) {
  auto x = extractor().extract("Studente. Lettore. Piantagrane. Tipico introverso. Secondo Mario Rossi, no.");
  EXPECT_EQ(names(x, Facet::person), std::vector<std::string>{"Mario Rossi"});
}

TEST(Junk, CommonWordBeforeAGluedNameIsNotAPerson) {
  auto x = extractor().extract("Il ministro degli Esteri sudcoreano, Parco Chenla sua controparte.");
  EXPECT_TRUE(x.of(Facet::person).empty());
}

TEST(Junk, ElisionsAndSentenceGluesSplit) {
  auto t = scan("dell'Assemblea Unite.Ha D'Alema");
  std::vector<std::string> texts;
  for (const auto& k : t) texts.emplace_back(k.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"dell'", "Assemblea", "Unite", ".", "Ha", "D'Alema"}));
}

TEST(Junk, EmptyAndInvalidInputDoNotThrow) {
  EXPECT_TRUE(extractor().extract("").mentions.empty());
  EXPECT_NO_THROW(extractor().extract(std::string("Roma \xff\xfe Mosca")));
  EXPECT_EQ(ids(extractor().extract(std::string("Roma \xff\xfe Mosca")), Facet::place).size(), 2u);
}
