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
  // The adjective adds China when the article names it (or when demonyms alone count).
  EXPECT_FALSE(has(ids(x, Facet::country), "CN"));
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
