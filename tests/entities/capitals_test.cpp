// Text in capitals, where case is no evidence (capitals.cpp): datelines are places, and
// Italian words in all-capital headlines are not aliases or acronyms.
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

TEST(Capitals, DatelineIsAPlaceNotAnOrganisation) {
  const char* cases[] = {
      "CARPI. Ieri sera un uomo è stato fermato.",
      "FINALE. Nella tarda serata di ieri un furto.",
      "FIORANO Nella notte un incendio in un capannone.",
      "NOVI. Due auto si sono scontrate.",
      "Mario Bianchi CASTELVETRO. Il sindaco ha parlato.",
  };
  for (const char* text : cases) {
    auto x = extractor().extract(text);
    // The mention written in capitals is a place.
    auto it = std::find_if(x.mentions.begin(), x.mentions.end(), [](const Mention& m) {
      return std::none_of(m.text.begin(), m.text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    });
    ASSERT_NE(it, x.mentions.end()) << text;
    EXPECT_EQ(it->type, NerType::LOC) << text << ": " << it->text;
    EXPECT_TRUE(ids(x, Facet::organisation).empty()) << text;
  }
}

TEST(Capitals, DatelineTownIsThePlaceLaterInTheArticle) {
  auto x = extractor().extract("FINALE. I carabinieri di Finale hanno fermato un uomo.");
  auto s = spans(x);
  EXPECT_TRUE(has(s, "FINALE/LOC"));
  EXPECT_TRUE(has(s, "Finale/LOC"));
}

TEST(Capitals, ItalianWordsInAllCapitalHeadlinesNameNothing) {
  const char* cases[] = {
      "IN UN'AUTO RUBATA LA DROGA DEI PUSHER",
      "Bilocale in AFFITTO in centro",
      "I VICINI hanno chiamato la polizia",
      "Non so SE CON lui ci sarà",
  };
  for (const char* text : cases) {
    auto x = extractor().extract(text);
    EXPECT_TRUE(ids(x, Facet::organisation).empty()) << text;
    EXPECT_FALSE(has(spans(x), "UN/ORG")) << text;
  }
  // Written as an acronym in running text, UN still names the United Nations.
  EXPECT_TRUE(has(ids(extractor().extract("Il rapporto della UN sulla fame nel mondo."), Facet::organisation),
                  "nazioni unite"));
}
