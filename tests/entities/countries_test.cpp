// Countries: CLDR names in Italian and English, aliases, demonyms in all four forms,
// places resolved to their country.
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

TEST(Countries, ItalianAndEnglishNamesFromCldr) {
  auto x = extractor().extract("Accordo tra Germania e Corea del Nord; poi la visita in Japan e in Sudafrica.");
  auto c = ids(x, Facet::country);
  EXPECT_TRUE(has(c, "DE"));
  EXPECT_TRUE(has(c, "KP"));
  EXPECT_TRUE(has(c, "JP"));
  EXPECT_TRUE(has(c, "ZA"));
  EXPECT_EQ(find(x, Facet::country, "KP")->name, "Corea del Nord");
}

TEST(Countries, AliasesFoldToTheIsoCode) {
  auto x = extractor().extract("Gli USA e gli Stati Uniti d'America sono lo stesso paese; la Birmania pure.");
  auto c = ids(x, Facet::country);
  EXPECT_EQ(std::count(c.begin(), c.end(), "US"), 1);
  EXPECT_TRUE(has(c, "MM"));
  EXPECT_EQ(find(x, Facet::country, "US")->mentions, 2u);
}

TEST(Countries, AcronymAliasesNeedCapitals) {
  auto x = extractor().extract("Siamo a casa di Usa, il cane.");
  EXPECT_FALSE(has(ids(x, Facet::country), "US"));
}

TEST(Countries, DemonymsInAllFourFormsAddToANamedCountry) {
  for (const char* adj : {"russo", "russa", "russi", "russe"}) {
    std::string text = std::string("In Russia le persone ") + adj + " hanno parlato.";
    auto x = extractor().extract(text);
    const Entity* ru = find(x, Facet::country, "RU");
    ASSERT_NE(ru, nullptr) << adj;
    EXPECT_EQ(ru->mentions, 2u) << adj;
    EXPECT_TRUE(std::find(ru->evidence.begin(), ru->evidence.end(), Evidence::demonym) != ru->evidence.end()) << adj;
  }
}

TEST(Countries, DemonymAloneIsKeptOnlyWhenAskedFor) {
  const char* text = "Un turista nordcoreano ha incontrato un cittadino statunitense.";
  EXPECT_TRUE(ids(extractor().extract(text), Facet::country).empty());
  ExtractorOptions options;
  options.demonym_only_countries = true;
  auto c = ids(Extractor(options).extract(text), Facet::country);
  EXPECT_TRUE(has(c, "KP"));
  EXPECT_TRUE(has(c, "US"));
}

TEST(Countries, DemonymsAreNotNamedEntitySpans) {
  auto x = extractor().extract("Il ministro francese ha parlato.");
  EXPECT_TRUE(spans(x).empty());
}

TEST(Countries, PlacesResolveToTheirCountry) {
  auto x = extractor().extract("Da Mosca a Pyongyang, poi New York e infine Modena.");
  auto p = ids(x, Facet::place);
  EXPECT_TRUE(has(p, "mosca@RU"));
  EXPECT_TRUE(has(p, "pyongyang@KP"));
  EXPECT_TRUE(has(p, "new york@US"));
  EXPECT_TRUE(has(p, "modena@IT"));
  auto c = ids(x, Facet::country);
  for (const char* cc : {"RU", "KP", "US", "IT"}) EXPECT_TRUE(has(c, cc)) << cc;
  EXPECT_EQ(find(x, Facet::place, "mosca@RU")->country, "RU");
}

TEST(Countries, EnglishPlaceNamesFoldToTheItalianOne) {
  auto x = extractor().extract("He flew from Moscow to London.");
  auto p = ids(x, Facet::place);
  EXPECT_TRUE(has(p, "mosca@RU"));
  EXPECT_TRUE(has(p, "londra@GB"));
}

TEST(Countries, ACountryActingIsAnOrganisationSpan) {
  auto x = extractor().extract("Ieri l'Italia ha battuto la Francia. Le vacanze in Spagna.");
  auto s = spans(x);
  EXPECT_TRUE(has(s, "Italia/ORG"));
  EXPECT_TRUE(has(s, "Spagna/LOC"));
  EXPECT_TRUE(has(ids(x, Facet::country), "IT"));  // still the country facet
  // A verb alone, with no article, does not make the country an actor.
  EXPECT_TRUE(has(spans(extractor().extract("Ieri Israele ha chiuso i confini.")), "Israele/LOC"));
}

TEST(Countries, CapitalisedPaeseIsNotTheComune) {
  auto x = extractor().extract("Il Paese è in crisi da mesi.");
  EXPECT_TRUE(x.of(Facet::place).empty());
}

TEST(Countries, TownNamedLikeASurnameNeedsAPreposition) {
  // Bianchi is a comune near Cosenza and a common surname.
  auto x = extractor().extract("Il ciclista Bianchi è caduto durante la tappa.");
  EXPECT_FALSE(has(spans(x), "Bianchi/LOC"));
  auto y = extractor().extract("La tappa è passata a Bianchi, in provincia di Cosenza.");
  EXPECT_TRUE(has(spans(y), "Bianchi/LOC"));
}

TEST(Countries, DescriptiveCueWordStaysOutsideThePlace) {
  auto s = spans(extractor().extract("Il volo è atterrato all'aeroporto di Napoli e poi nella città di New York."));
  EXPECT_TRUE(has(s, "Napoli/LOC"));
  EXPECT_TRUE(has(s, "New York/LOC"));
  EXPECT_FALSE(has(s, "aeroporto di Napoli/LOC"));
}

TEST(Countries, CommonWordAfterASaintsTitleIsNoPlace) {
  auto s = spans(extractor().extract("Il Santo Padre ha celebrato la messa con il Capo di Stato."));
  EXPECT_FALSE(has(s, "Santo Padre/LOC"));
  EXPECT_FALSE(has(s, "Santo Padre/PER"));
  EXPECT_FALSE(has(s, "Capo di Stato/LOC"));
}

TEST(Countries, PlaceTypedMidSentenceIsTypedAtASentenceStartToo) {
  // "Siena" is an Italian word too: alone at a sentence start it is not taken ...
  EXPECT_TRUE(spans(extractor().extract("Siena, abbinati cavalli e contrade.")).empty());
  // ... unless the article names the place where there is no doubt.
  auto x = extractor().extract("Siena, abbinati cavalli e contrade. La festa a Siena è finita.");
  EXPECT_EQ(spans(x), (std::vector<std::string>{"Siena/LOC", "Siena/LOC"}));
  // An acronym does not make the capitalised word a name ("NATO", "Nato in una famiglia").
  auto y = extractor().extract("Il vescovo della NATO. Nato in una famiglia povera.");
  EXPECT_EQ(spans(y), std::vector<std::string>{"NATO/ORG"});
}

TEST(Places, UnknownWordAfterAPrepositionOfPlaceIsAPlace) {
  EXPECT_EQ(spans(extractor().extract("Sono arrivati a Sulaymaniyah ieri.")), std::vector<std::string>{"Sulaymaniyah/LOC"});
  EXPECT_EQ(spans(extractor().extract("Il sindaco di Kassarò ha parlato.")), std::vector<std::string>{"Kassarò/LOC"});
  // "di" alone says nothing; a capitalised word after it makes a longer name.
  EXPECT_TRUE(spans(extractor().extract("Il libro di Kassarò è uscito.")).empty());
  EXPECT_TRUE(spans(extractor().extract("Sono arrivati a Sulaymaniyah Road ieri.")).empty());
}

TEST(Places, AdministrativeNounJoinsThePlace) {
  auto x = extractor().extract("La frana nel comune di Edolo. Il comune di Edolo ha chiesto aiuti. In una regione della Tanzania.");
  EXPECT_EQ(spans(x), (std::vector<std::string>{"comune di Edolo/LOC", "comune di Edolo/ORG", "Tanzania/LOC"}));
}

TEST(Places, PointOfTheCompassJoinsThePlace) {
  auto x = extractor().extract("Neve nel Nord Italia e piogge in Europa centrale, sole in Francia.");
  EXPECT_EQ(spans(x), (std::vector<std::string>{"Nord Italia/LOC", "Europa centrale/LOC", "Francia/LOC"}));
  EXPECT_TRUE(has(ids(x, Facet::country), "IT"));  // the country facet is unchanged
}

TEST(Places, UnknownWordListedWithAPlaceIsAPlace) {
  auto x = extractor().extract("Ci sono stati due attentati ieri sera tra Tolosa e Montaubrak, nel sud della Francia.");
  EXPECT_TRUE(has(spans(x), "Montaubrak/LOC"));
  // Next to no place (and with no other cue) it stays untagged.
  EXPECT_TRUE(spans(extractor().extract("Ci sono stati due attentati ieri sera tra pochi e Montaubrak, nel sud.")).empty());
}
