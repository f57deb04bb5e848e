// Places in local news whose reading needs evidence (places_context.cpp, lexicon_match.cpp,
// capitals.cpp): names shared by a foreign place and an Italian comune, places that are
// also common words or part of a shop's name, short names of comuni.
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

namespace {

struct Case {
  const char* text;
  const char* absent;   // a country that must not be tagged
  const char* present;  // a country that must be tagged, or nullptr
};

}  // namespace

TEST(LocalPlaces, ForeignPlaceOrCommonWordNeedsEvidenceBeforeItTagsACountry) {
  const Case cases[] = {
      // A foreign place that is also an Italian comune, in an article naming Italian places.
      {"I carabinieri di Castelnuovo hanno fermato un uomo che viveva a Modena.", "ME", "IT"},
      {"Un malore nel complesso del San Paolo, a Modena.", "BR", "IT"},
      // A foreign one-word place right after an organisation's name is part of that name.
      {"Furto al Ferrari Store di Maranello: preso il ladro.", "SI", "IT"},
      // Comuni that are common words, without a preposition of place.
      {"MEDICINA LEGALE: ALLA RICERCA DI SEGNI VIOLENTI", "IT", nullptr},
      {"Il corpo è stato portato all'Istituto di Medicina legale.", "IT", nullptr},
      {"Sono stati denunciati al Tribunale dei Minori.", "IT", nullptr},
      {"Un furto all'Itis Da Vinci.", "IT", nullptr},
  };
  for (const auto& c : cases) {
    auto x = extractor().extract(c.text);
    auto countries = ids(x, Facet::country);
    EXPECT_FALSE(has(countries, c.absent)) << c.text;
    if (c.present) {
      EXPECT_TRUE(has(countries, c.present)) << c.text;
    }
  }
}

TEST(LocalPlaces, WithEvidenceTheForeignReadingStays) {
  auto x = extractor().extract("In Montenegro, a Castelnuovo, la polizia montenegrina ha arrestato un uomo.");
  EXPECT_TRUE(has(ids(x, Facet::country), "ME"));
  EXPECT_FALSE(has(ids(x, Facet::country), "IT"));
  auto y = extractor().extract("Il sindaco di Segni ha parlato. Medicina è un comune del Bolognese: a Medicina si vota.");
  EXPECT_TRUE(has(spans(y), "Segni/LOC"));
  EXPECT_TRUE(has(spans(y), "Medicina/LOC"));
}

TEST(LocalPlaces, ShortNameOfAComuneAfterAPrepositionIsTheTownNotAPerson) {
  auto x = extractor().extract("L'auto era stata rubata presso il bowling di Savignano; i carabinieri di Novi e di Modena indagano.");
  auto s = spans(x);
  EXPECT_TRUE(has(s, "Savignano/LOC")) << testing::PrintToString(s);
  EXPECT_TRUE(has(s, "Novi/LOC")) << testing::PrintToString(s);
  EXPECT_TRUE(x.of(Facet::person).empty());
}

// Streets and squares: a lower-case street cue takes a person's name or a date as the
// street's name ("piazza Garibaldi", "via 25 Aprile"), a location and not a person.
TEST(LocalPlaces, StreetNamedAfterAPersonOrADateIsAPlace) {
  struct StreetCase {
    const char* text;
    const char* span;
  };
  const StreetCase cases[] = {
      {"Un incidente è avvenuto ieri sera in largo Aldo Moro, vicino alla stazione.", "largo Aldo Moro/LOC"},
      {"Il mercato si sposta in piazza Garibaldi da lunedì.", "piazza Garibaldi/LOC"},
      {"Due auto si sono scontrate in via 25 Aprile.", "via 25 Aprile/LOC"},
      {"La festa si terrà in piazza XX Settembre.", "piazza XX Settembre/LOC"},
      {"La pattuglia transitava sul cavalcavia Ciro Menotti quando ha visto i ladri.", "cavalcavia Ciro Menotti/LOC"},
  };
  for (const auto& c : cases) {
    auto x = extractor().extract(c.text);
    EXPECT_TRUE(has(spans(x), c.span)) << c.text;
    EXPECT_TRUE(ids(x, Facet::person).empty()) << c.text;
  }
}
