// A country adjective that modifies a role, a government or an institution tags the
// country (demonyms.cpp); one that describes an ordinary person or thing does not.
#include <gtest/gtest.h>

#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

namespace {

struct Case {
  const char* text;
  const char* country;  // expected in the country facet, or nullptr: no country at all
};

}  // namespace

TEST(Demonyms, ModifyingARoleGovernmentOrInstitutionTagsTheCountry) {
  const Case cases[] = {
      {"Il presidente russo Vladimir Putin ha parlato.", "RU"},
      {"Le autorità cinesi hanno smentito.", "CN"},
      {"Il governo francese ha approvato la legge.", "FR"},
      {"L'ambasciatore tedesco è stato convocato.", "DE"},
      {"L'esercito siriano avanza.", "SY"},
      {"Il primo ministro indiano arriverà domani.", "IN"},
      {"Il governo russo e cinese hanno firmato.", "CN"},
  };
  for (const auto& c : cases) {
    auto x = extractor().extract(c.text);
    EXPECT_TRUE(has(ids(x, Facet::country), c.country)) << c.text;
    const Entity* e = find(x, Facet::country, c.country);
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_TRUE(std::find(e->evidence.begin(), e->evidence.end(), Evidence::role) != e->evidence.end()) << c.text;
  }
}

TEST(Demonyms, DescribingAnOrdinaryPersonOrThingDoesNot) {
  const char* cases[] = {
      "Un cittadino marocchino è stato arrestato.",
      "Hanno cenato in un ristorante cinese.",
      "La cucina francese è famosa.",
      "Lo scrittore russo ha presentato il libro.",
      "Un turista tedesco si è perso.",
  };
  for (const char* text : cases) {
    EXPECT_TRUE(ids(extractor().extract(text), Facet::country).empty()) << text;
  }
}

TEST(Demonyms, ModifyingARoleIsStillNotANamedEntitySpan) {
  auto x = extractor().extract("Il presidente russo ha parlato.");
  EXPECT_TRUE(spans(x).empty());
}
