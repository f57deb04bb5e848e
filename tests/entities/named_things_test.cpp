// Names after a noun that says what kind of thing they name (named_things.cpp), and other
// runs of capitalised words that are not persons in local news (persons.cpp).
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

namespace {

struct Case {
  const char* text;
  const char* span;  // expected "text/TYPE", or nullptr
};

}  // namespace

TEST(NamedThings, ANameAfterAKindNounIsNoPerson) {
  const Case cases[] = {
      {"I ragazzi sotto la tribuna del Novi Sad riparano biciclette.", "Novi Sad/LOC"},
      {"I ladri sono entrati nella farmacia Altea di via Roma.", "Altea/LOC"},
      {"Una pattuglia nel cortile della ditta “Officina PM Lavorazioni Meccaniche srl”.", nullptr},
      {"Un furto al bar Kakao in centro.", "Kakao/LOC"},
      {"Il raid alla scuola media Ferraris di via Acqui.", "scuola media Ferraris/LOC"},
      {"Il cavallo Mississippi ha vinto il Palio.", "Mississippi/PER"},
      {"Le conseguenze del cosiddetto Long Covid sono gravi.", nullptr},
      {"Fate un versamento sul conto Iban indicato.", nullptr},
      {"Un rapinatore ha preso un cellulare Galaxy S4 e un modello Ace II.", nullptr},
      {"Sono arrivati su una Seat Altea e una Fiat Stilo.", nullptr},
      {"Hanno rubato le sonde agli ambulatori di Ostetricia e Ginecologia.", nullptr},
  };
  for (const auto& c : cases) {
    auto x = extractor().extract(c.text);
    EXPECT_TRUE(x.of(Facet::person).empty()) << c.text << ": " << testing::PrintToString(names(x, Facet::person));
    if (c.span) {
      EXPECT_TRUE(has(spans(x), c.span)) << c.text << ": " << testing::PrintToString(spans(x));
    }
  }
}

TEST(NamedThings, CompaniesAreOrganisationsAndPlacesLoseTheirCountry) {
  auto x = extractor().extract("Il titolare della ditta Edil Pozzi ha sporto denuncia.");
  EXPECT_TRUE(has(spans(x), "Edil Pozzi/ORG"));
  EXPECT_TRUE(x.of(Facet::person).empty());
  // A horse named after a state is not the state.
  EXPECT_FALSE(has(ids(extractor().extract("Il cavallo Mississippi è arrivato primo."), Facet::country), "US"));
}

TEST(NamedThings, AFullNameAfterTheNounIsStillAPerson) {
  auto x = extractor().extract("Lo ha detto la responsabile della biblioteca Debora Dameri.");
  EXPECT_TRUE(has(ids(x, Facet::person), "debora dameri"));
  auto y = extractor().extract("Il governatore della Banca d'Italia Antonio Fazio è indagato.");
  EXPECT_TRUE(has(ids(y, Facet::person), "antonio fazio"));
}

TEST(NamedThings, NumberWordsEndNoNameAndLongRunsAreNoPerson) {
  auto x = extractor().extract("Serena Arbizzi Tre momenti di confronto in Comune.");
  EXPECT_TRUE(has(spans(x), "Serena Arbizzi/PER")) << testing::PrintToString(spans(x));
  auto y = extractor().extract("Hanno cantato Mario Rossi Luca Bianchi Anna Verdi ieri.");
  for (const auto& n : names(y, Facet::person)) EXPECT_LT(std::count(n.begin(), n.end(), ' '), 4) << n;
}

TEST(Initials, SpacedInitialsArePersonsWithoutAFacetValue) {
  const Case cases[] = {
      {"In magazzino M. R. e C. G. non pensavano di essere sorpresi.", "M. R./PER"},
      {"Lo ha fermato il 60enne R. M., modenese.", "R. M./PER"},
      {"Ha chiamato i carabinieri. — S. A.", "S. A./PER"},
  };
  for (const auto& c : cases) {
    auto x = extractor().extract(c.text);
    EXPECT_TRUE(has(spans(x), c.span)) << c.text << ": " << testing::PrintToString(spans(x));
    EXPECT_TRUE(x.of(Facet::person).empty()) << c.text;
  }
  // Dotted acronyms, offices after an article and a name's initials are not.
  for (const char* text : {"Lo ha detto il W.W.F. ieri.", "Emessa dal G. I. P. di Modena.", "Un libro di J. R. Tolkien."}) {
    for (const auto& s : spans(extractor().extract(text))) {
      EXPECT_TRUE(s != "W.W.F./PER" && s != "G. I. P./PER" && s != "J. R./PER") << text << ": " << s;
    }
  }
}
