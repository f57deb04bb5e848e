// Persons: given names, role cues, within-article coreference, transliteration variants.
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

TEST(Persons, GivenNameStartsAName) {
  auto x = extractor().extract("Ieri Raffaello Longo ha parlato ai giornalisti.");
  EXPECT_EQ(names(x, Facet::person), std::vector<std::string>{"Raffaello Longo"});
  EXPECT_TRUE(has(spans(x), "Raffaello Longo/PER"));
}

TEST(Persons, RoleCueIntroducesAnUnknownName) {
  // Neither word is a known given name or surname: only the role makes it a person.
  const char* with_role = "Lo ha detto il presidente russo Zorbatov ieri sera.";
  const char* without = "Lo ha detto il famoso Zorbatov ieri sera.";
  auto x = extractor().extract(with_role);
  ASSERT_EQ(x.of(Facet::person).size(), 1u);
  EXPECT_EQ(x.of(Facet::person)[0]->name, "Zorbatov");
  EXPECT_EQ(x.of(Facet::person)[0]->evidence.front(), Evidence::role);
  EXPECT_TRUE(extractor().extract(without).of(Facet::person).empty());
}

TEST(Persons, RoleWithComplementBeforeTheName) {
  auto x = extractor().extract("Il ministro degli Esteri, Kuznarev Tolbach, è arrivato.");
  EXPECT_EQ(names(x, Facet::person), std::vector<std::string>{"Kuznarev Tolbach"});
}

TEST(Persons, NameAfterDiBelongsToTheOrganisationNotTheRole) {
  auto x = extractor().extract("Parla il presidente di Zorbatex durante la riunione.");
  EXPECT_TRUE(x.of(Facet::person).empty());
}

TEST(Persons, SurnameOnlyMentionsResolveToTheFullName) {
  auto x = extractor().extract("Vladimir Putin ha parlato a lungo. Poi Putin ha lasciato la sala.");
  ASSERT_EQ(x.of(Facet::person).size(), 1u);
  const Entity* p = x.of(Facet::person)[0];
  EXPECT_EQ(p->name, "Vladimir Putin");
  EXPECT_EQ(p->mentions, 2u);
  EXPECT_TRUE(has(spans(x), "Putin/PER"));
}

TEST(Persons, FirstWordOfAKoreanNameResolvesToo) {
  auto x = extractor().extract("Kim Jong Un ha visitato la fabbrica. Secondo i media, Kim era soddisfatto.");
  ASSERT_EQ(x.of(Facet::person).size(), 1u);
  EXPECT_EQ(x.of(Facet::person)[0]->name, "Kim Jong Un");
  EXPECT_EQ(x.of(Facet::person)[0]->mentions, 2u);
}

TEST(Persons, AnUnrelatedPersonSharingNoWordStaysApart) {
  auto x = extractor().extract("Mario Draghi ha incontrato Angela Merkel. Draghi ha poi parlato.");
  EXPECT_EQ(x.of(Facet::person).size(), 2u);
  EXPECT_EQ(find(x, Facet::person, person_key("Mario Draghi"))->mentions, 2u);
}

TEST(Persons, TransliterationVariantsFoldToOneId) {
  EXPECT_EQ(person_key("Sergej Lavrov"), person_key("Sergei Lavrov"));
  EXPECT_EQ(person_key("Sergey Lavrov"), person_key("Sergei Lavrov"));
  EXPECT_EQ(person_key("Dmitrij Medvedev"), person_key("Dmitriy Medvedev"));
  EXPECT_EQ(person_key("Mikhail Gorbaciov"), person_key("Mihail Gorbaciov"));
  EXPECT_EQ(person_key("Kim Jong-un"), person_key("Kim Jong Un"));
  EXPECT_EQ(person_key("Juščenko"), "juscenko");
  EXPECT_NE(person_key("Sergej Lavrov"), person_key("Sergej Lavrova"));
  auto x = extractor().extract("Sergey Lavrov e poi Sergej Lavrov: la stessa persona.");
  EXPECT_EQ(x.of(Facet::person).size(), 1u);
}

TEST(Persons, CyrillicNamesGetALatinId) { EXPECT_EQ(person_key("Сергей Лавров"), "sergei lavrov"); }

TEST(Persons, RegnalNumbersArePartOfTheName) {
  auto x = extractor().extract("Ieri Papa Benedetto XVI ha ricevuto i fedeli.");
  EXPECT_TRUE(has(spans(x), "Benedetto XVI/PER"));
}

TEST(Persons, TitleBeforeAKnownPersonIsNotInTheSpan) {
  auto x = extractor().extract("Il presidente Vladimir Putin ha firmato.");
  EXPECT_TRUE(has(spans(x), "Vladimir Putin/PER"));
}

TEST(Persons, CapitalisedParticleOpensTheSurname) {
  auto s = spans(extractor().extract("Ieri Alessandro Di Battista ha parlato a lungo."));
  EXPECT_TRUE(has(s, "Alessandro Di Battista/PER"));
}

TEST(Persons, LowerCaseParticleBeforeTheNameIsPartOfIt) {
  auto s = spans(extractor().extract("La parata di David de Gea ha salvato il risultato."));
  EXPECT_TRUE(has(s, "David de Gea/PER"));
}

TEST(Persons, LoneNameBesideAVerbOfSpeech) {
  auto s = spans(extractor().extract("La riunione è finita tardi. Zanardelli ha detto che tornerà."));
  EXPECT_TRUE(has(s, "Zanardelli/PER"));
  // Without the verb, a lone unknown word stays unlabelled.
  auto t = spans(extractor().extract("La riunione è finita tardi, dopo la Zanardelli."));
  EXPECT_FALSE(has(t, "Zanardelli/PER"));
}

TEST(Persons, TitleAfterANameIsNotPartOfIt) {
  auto s = spans(extractor().extract("Sul palco salirà Marco Masini Il confronto, poi gli altri."));
  EXPECT_TRUE(has(s, "Marco Masini/PER"));
  EXPECT_FALSE(has(s, "Marco Masini Il/PER"));
}

TEST(Persons, UnknownNamesListedWithAPerson) {
  auto s = spans(extractor().extract("Sono stati convocati Mario Rossi, Zanardelli e Quaglierini."));
  EXPECT_TRUE(has(s, "Zanardelli/PER"));
  EXPECT_TRUE(has(s, "Quaglierini/PER"));
}

TEST(Persons, LoneNameTheLexiconsKnowMidSentence) {
  // Fletcher is in the name lexicons and not an Italian word: a person mid-sentence.
  EXPECT_TRUE(has(spans(extractor().extract("Il tiro è stato respinto da Fletcher nel finale.")), "Fletcher/PER"));
  // After a preposition of place it is more often a town; next to another capitalised
  // word it is part of a longer name some other pass decides on.
  EXPECT_TRUE(extractor().extract("Il treno è arrivato a Fletcher nel finale.").of(Facet::person).empty());
  EXPECT_FALSE(has(spans(extractor().extract("Il tiro di Fletcher Stadium nel finale.")), "Fletcher/PER"));
  // A word of the Italian vocabulary is not taken alone ("Rosa", "Marino").
  EXPECT_TRUE(extractor().extract("Il tiro è stato respinto da Rosa nel finale.").of(Facet::person).empty());
}

TEST(Persons, UnknownCapitalisedRunAfterAnArticleIsNoPerson) {
  // No given name, no role: after an article it names a thing, not a person.
  EXPECT_TRUE(extractor().extract("Guidava la Daewoo Matiz rossa.").of(Facet::person).empty());
  EXPECT_TRUE(has(spans(extractor().extract("Guidava con Daewoo Matiz in città.")), "Daewoo Matiz/PER"));
  // A known given name still makes a person after an article ("la Maria Rossi").
  EXPECT_TRUE(has(spans(extractor().extract("Ha chiamato la Maria Bartolozzi ieri.")), "Maria Bartolozzi/PER"));
}

TEST(Persons, TwoWordRoleOpeningWithAGivenNameIsNotTheName) {
  // "Primo" is a given name, but "Primo Ministro" is a role.
  auto x = extractor().extract("Le visite al Primo Ministro Kuznarev Tolbach, poi al Primo Ministro.");
  EXPECT_EQ(spans(x), std::vector<std::string>{"Kuznarev Tolbach/PER"});
  EXPECT_TRUE(has(spans(extractor().extract("Ha parlato Primo Levi ieri.")), "Primo Levi/PER"));
}

TEST(Persons, BoundaryAWorkAndItsAuthor) {
  auto x = extractor().extract("Il premio al film Lincoln di Steven Spielberg.");
  EXPECT_TRUE(has(spans(x), "Steven Spielberg/PER"));
  EXPECT_FALSE(has(spans(x), "Lincoln di Steven Spielberg/PER"));
  // A lone given name after "di" stays part of the surname.
  EXPECT_TRUE(has(spans(extractor().extract("Ha parlato Alessandro di Battista ieri.")), "Alessandro di Battista/PER"));
}

TEST(Persons, BoundaryACityThatIsAGivenNameBeforeAFullName) {
  // "Milano" is a given name somewhere, but before a given name it is the city.
  auto x = extractor().extract("Lo ha detto il sindaco di Milano Gabriele Albertini ieri.");
  EXPECT_EQ(spans(x), (std::vector<std::string>{"Milano/LOC", "Gabriele Albertini/PER"}));
  EXPECT_TRUE(has(spans(extractor().extract("Ieri Sofia Goggia ha vinto.")), "Sofia Goggia/PER"));
}

TEST(Persons, BoundarySentenceInitialSecondoAndArticle) {
  EXPECT_EQ(spans(extractor().extract("Secondo Zotpa, non sono state accolte.")), std::vector<std::string>{"Zotpa/PER"});
  auto x = extractor().extract("Maria Sharapova ha perso. La Sharapova è stata battuta. Poi Di Battista ha detto no.");
  EXPECT_TRUE(has(spans(x), "Sharapova/PER"));
  EXPECT_FALSE(has(spans(x), "La Sharapova/PER"));
}

// After an article or an articulated preposition a given name and a surname name a firm,
// a building, a theatre or an event, not a person: Italian puts no article before a
// person's full name.
TEST(Persons, GivenNameAfterAnArticleNamesAThing) {
  const char* const not_persons[] = {
      "I ladri sono entrati di notte alla Carlo Bertoni, un'impresa edile della zona.",
      "Lo spettacolo andrà in scena al Luigi Pirandello di Agrigento.",
      "Il ferito è stato portato al pronto soccorso del Giovanni Bosco.",
  };
  for (const char* text : not_persons) {
    auto x = extractor().extract(text);
    EXPECT_TRUE(ids(x, Facet::person).empty()) << text;
  }
  // Without the article the same words are a person.
  auto x = extractor().extract("Ieri Carlo Bertoni ha presentato la sua impresa.");
  EXPECT_TRUE(has(ids(x, Facet::person), "carlo bertoni"));
}
