// Organisations: aliases and acronyms fold to one id, cue words, generic institutions.
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

TEST(Organisations, AcronymAndNameFoldToOneId) {
  auto x = extractor().extract("L'ONU ha votato. Le Nazioni Unite hanno poi chiarito. Anche le United Nations.");
  auto o = x.of(Facet::organisation);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0]->id, "nazioni unite");
  EXPECT_EQ(o[0]->name, "Nazioni Unite");
  EXPECT_EQ(o[0]->mentions, 3u);
}

TEST(Organisations, LongestKnownNameWins) {
  auto x = extractor().extract("Secondo il New York Times la riunione del Consiglio di Sicurezza è saltata.");
  auto o = ids(x, Facet::organisation);
  EXPECT_TRUE(has(o, "new york times"));
  EXPECT_TRUE(has(o, "consiglio di sicurezza"));
  EXPECT_FALSE(has(ids(x, Facet::place), "new york@US"));
}

TEST(Organisations, CueWordOpensAName) {
  auto x = extractor().extract("Lo studio della Fondazione Zeta Omega di Torino è uscito.");
  EXPECT_TRUE(has(names(x, Facet::organisation), "Fondazione Zeta Omega di Torino"));
  EXPECT_TRUE(has(spans(x), "Fondazione Zeta Omega di Torino/ORG"));
}

TEST(Organisations, CueWordStopsBeforeAPersonsName) {
  auto x = extractor().extract("Il presidente della Repubblica Giorgio Napolitano ha firmato.");
  EXPECT_TRUE(has(spans(x), "Giorgio Napolitano/PER"));
  EXPECT_FALSE(has(names(x, Facet::organisation), "Repubblica Giorgio Napolitano"));
}

TEST(Organisations, GenericInstitutionIsASpanButNotAFacetValue) {
  auto x = extractor().extract("La polizia ha fermato un uomo e il governo cinese ha protestato.");
  auto s = spans(x);
  EXPECT_TRUE(has(s, "polizia/ORG"));
  EXPECT_TRUE(has(s, "governo cinese/ORG"));
  EXPECT_TRUE(x.of(Facet::organisation).empty());
  // The adjective of a government tags China (demonyms.cpp); of an ordinary thing, not.
  EXPECT_TRUE(has(ids(x, Facet::country), "CN"));
  EXPECT_FALSE(has(ids(extractor().extract("La polizia ha chiuso un ristorante cinese."), Facet::country), "CN"));
  auto y = extractor().extract("In Cina il governo cinese ha protestato.");
  EXPECT_EQ(find(y, Facet::country, "CN")->mentions, 2u);
}

TEST(Organisations, UnknownAcronymsButNotUnitsOrNumerals) {
  auto x = extractor().extract("L'ATAC ha aumentato i biglietti alle 10 UTC del secolo XXI.");
  auto o = ids(x, Facet::organisation);
  EXPECT_TRUE(has(o, "atac"));
  EXPECT_FALSE(has(o, "utc"));
  EXPECT_FALSE(has(o, "xxi"));
}

TEST(Organisations, CapitalisedAliasOfAnAcronymMatches) {
  // "DIGOS|Digos": the capitals-only key no longer hides the capitalised alias.
  auto x = extractor().extract("Il caso è stato seguito dalla Digos di Verona.");
  EXPECT_TRUE(has(spans(x), "Digos/ORG"));
  EXPECT_TRUE(has(ids(x, Facet::organisation), "digos"));
}

TEST(Organisations, SocialNetworkAsMediumIsNoSpanButActorIs) {
  auto x = extractor().extract("Il sindaco ha scritto su Facebook che la scuola riapre.");
  EXPECT_FALSE(has(spans(x), "Facebook/ORG"));
  auto y = extractor().extract("Ieri Facebook ha annunciato nuove regole.");
  EXPECT_TRUE(has(spans(y), "Facebook/ORG"));
}

TEST(Organisations, CityIsItsClubInASportsArticle) {
  const char* text =
      "La partita di campionato è finita con un pareggio. Il gol della Roma è arrivato al 90'; "
      "l'allenatore ha lodato la squadra. I tifosi sono partiti da Roma in treno.";
  auto s = spans(extractor().extract(text));
  EXPECT_TRUE(has(s, "Roma/ORG"));
  EXPECT_TRUE(has(s, "Roma/LOC"));  // "da Roma": the city
  // Outside the sports pages "la Roma" is not read as a club.
  auto t = spans(extractor().extract("Il sindaco ha visitato la Roma antica con i turisti."));
  EXPECT_FALSE(has(t, "Roma/ORG"));
}

TEST(Organisations, ContradeOfSienaInAPalioArticle) {
  auto s = spans(extractor().extract("Il Palio di luglio è stato vinto dalla Tartuca davanti alla Selva."));
  EXPECT_TRUE(has(s, "Tartuca/ORG"));
  EXPECT_TRUE(has(s, "Selva/ORG"));
  auto t = spans(extractor().extract("Nel parco vive una tartuca. La Torre di Pisa pende."));
  EXPECT_FALSE(has(t, "Torre/ORG"));
}

TEST(Organisations, NameRunsOverPurposeAndTwoConnectors) {
  auto s = spans(extractor().extract("Lo ha deciso l'Agenzia per lo sviluppo industriale, non il Ministero delle Infrastrutture e dei Trasporti."));
  EXPECT_TRUE(has(s, "Agenzia per lo sviluppo industriale/ORG"));
  EXPECT_TRUE(has(s, "Ministero delle Infrastrutture e dei Trasporti/ORG"));
}

TEST(Organisations, NewspaperWithArticleMustBeCapitalised) {
  EXPECT_TRUE(has(spans(extractor().extract("Lo ha scritto Il Mattino di ieri.")), "Il Mattino/ORG"));
  EXPECT_FALSE(has(spans(extractor().extract("Lavoro tutto il mattino in ufficio.")), "il mattino/ORG"));
}

TEST(Organisations, AliasThatIsAWordIsNotTakenAtSentenceStart) {
  auto x = extractor().extract("Nato a Roma nel 1950, ha studiato a Milano.");
  EXPECT_FALSE(has(ids(x, Facet::organisation), "nato"));
  auto y = extractor().extract("Il vertice della Nato si è chiuso.");
  EXPECT_TRUE(has(ids(y, Facet::organisation), "nato"));
}

TEST(Organisations, CommonNounInstitutionsOfKind) {
  auto s = spans(extractor().extract("Il cda ha approvato il bilancio e i carabinieri hanno indagato."));
  EXPECT_TRUE(has(s, "cda/ORG"));
  EXPECT_TRUE(has(s, "carabinieri/ORG"));
}

TEST(Organisations, PurposeClauseAfterPerIsNotPartOfTheName) {
  const char* cases[] = {
      "Scriverò ai parlamentari e al Ministero per chiedere più agenti.",
      "Ha numerosi precedenti di Polizia per reati contro il patrimonio.",
      "La salma è all'Istituto di Medicina Legale per essere sottoposta ad autopsia.",
  };
  for (const char* text : cases) {
    for (const auto& m : extractor().extract(text).mentions) {
      EXPECT_EQ(m.text.find(" per "), std::string::npos) << text << ": " << m.text;
    }
  }
  // The name's own purpose, opened by an article, stays.
  EXPECT_TRUE(has(spans(extractor().extract("Lo ha detto l'Agenzia per lo sviluppo industriale.")),
                  "Agenzia per lo sviluppo industriale/ORG"));
}

TEST(Organisations, CollectiveAndRolePhrasesAreNoBody) {
  const char* cases[] = {
      "Si complimenta con le Forze dell'Ordine impiegate.",
      "Collaborazione tra i cittadini e le forze dell'ordine.",
      "L'arrestato è stato deferito all'Autorità Giudiziaria.",
      "Coordinati dal pubblico ministero, dottor Rossi.",
      "Una persona con precedenti di polizia.",
      "I sette carabinieri sono intervenuti subito.",
      "Due finti carabinieri hanno truffato un'anziana.",
  };
  for (const char* text : cases) {
    for (const auto& s : spans(extractor().extract(text))) EXPECT_EQ(s.find("/ORG"), std::string::npos) << text << ": " << s;
  }
  // Acting, the body is one.
  EXPECT_TRUE(has(spans(extractor().extract("I carabinieri hanno arrestato due uomini.")), "carabinieri/ORG"));
}

TEST(Organisations, LocalBodiesAndCompaniesByTheirShortNames) {
  struct Case {
    const char* text;
    const char* span;
  };
  const Case cases[] = {
      {"Il Comune ha deciso di vietare il fumo.", "Comune/ORG"},
      {"I militari dell'Arma hanno trovato un kit da scasso.", "Arma/ORG"},
      {"Un equipaggio della Volante ha notato due giovani.", "Volante/ORG"},
      {"Gli agenti della Municipale sono intervenuti.", "Municipale/ORG"},
      {"Il supermercato più grande, dopo Coop e Conad.", "Conad/ORG"},
      {"È previsto un accordo con Hera per i rifiuti.", "Hera/ORG"},
      {"Il nulla osta dall'Ausl è arrivato.", "Ausl/ORG"},
      {"Era all'interno di un'Audi parcheggiata.", "Audi/ORG"},
  };
  for (const auto& c : cases) {
    auto x = extractor().extract(c.text);
    EXPECT_TRUE(has(spans(x), c.span)) << c.text << ": " << testing::PrintToString(spans(x));
    EXPECT_TRUE(x.of(Facet::person).empty()) << c.text;
  }
}
