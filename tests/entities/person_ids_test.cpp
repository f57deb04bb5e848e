// One id per person (person_identity.cpp): compound given names in one or two words,
// patronymics and middle initials, transliteration variants, surname-only mentions.
#include <gtest/gtest.h>

#include "entities/extract_state.h"
#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

namespace {

struct Variants {
  const char* a;
  const char* b;
  const char* id;
};

std::string only_person_id(const std::string& text) {
  auto x = extractor().extract(text);
  auto p = ids(x, Facet::person);
  return p.size() == 1 ? p[0] : testing::PrintToString(p);
}

}  // namespace

TEST(PersonIds, VariantsOfOneNameGetOneId) {
  const Variants cases[] = {
      {"Sergej Viktorovič Lavrov", "Sergej Lavrov", "sergei lavrov"},
      {"Gian Carlo Muzzarelli", "Giancarlo Muzzarelli", "giancarlo muzzarelli"},
      {"Vladimir Vladimirovič Putin", "Vladimir Putin", "vladimir putin"},
      {"Mahmoud Ahmadinejad", "Mahmud Ahmadinejad", "mahmud ahmadinejad"},
      {"Gian Luca Ferretti", "Gianluca Ferretti", "gianluca ferretti"},
      {"George W. Bush", "George Bush", "george bush"},
  };
  for (const auto& c : cases) {
    // In two articles: the same id.
    EXPECT_EQ(only_person_id(std::string("Ieri ha parlato ") + c.a + " in conferenza."), c.id) << c.a;
    EXPECT_EQ(only_person_id(std::string("Ieri ha parlato ") + c.b + " in conferenza."), c.id) << c.b;
    // In one article: one person.
    auto x = extractor().extract(std::string("Ieri ha parlato ") + c.a + ". Poi " + c.b + " è partito.");
    EXPECT_EQ(ids(x, Facet::person).size(), 1u) << c.a << " / " << c.b << ": " << testing::PrintToString(ids(x, Facet::person));
  }
}

TEST(PersonIds, SurnameAloneResolvesToTheFullNameOfTheArticle) {
  auto x = extractor().extract("Ha parlato il sindaco Gian Carlo Muzzarelli. Muzzarelli ha poi aggiunto che il piano è pronto.");
  auto p = ids(x, Facet::person);
  ASSERT_EQ(p.size(), 1u) << testing::PrintToString(p);
  EXPECT_EQ(p[0], "giancarlo muzzarelli");
  EXPECT_EQ(find(x, Facet::person, "giancarlo muzzarelli")->mentions, 2u);
}

TEST(PersonIds, OtherMiddleNamesStay) {
  const Gazetteer& gaz = *Gazetteer::shared();
  EXPECT_EQ(detail::canonical_person_id(gaz, "john fitzgerald kennedy"), "john fitzgerald kennedy");
  EXPECT_EQ(detail::canonical_person_id(gaz, "sergei viktorovic lavrov"), "sergei lavrov");
  EXPECT_EQ(detail::canonical_person_id(gaz, "gian carlo"), "gian carlo");  // no surname: left alone
}
