// An extraction's entities as the JSON stored with each article, and the --explain view.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "entities/entity_json.h"
#include "helpers.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

TEST(EntityJson, FacetsAreNamedAsTheQueryToolNamesThem) {
  auto j = entities_to_json(extractor().extract("Il segretario delle Nazioni Unite ha parlato."));
  bool org = false;
  for (const auto& e : j) org |= e["facet"] == "org" && e["id"] == "nazioni unite";
  EXPECT_TRUE(org) << j.dump();
}

TEST(EntityJson, KeepsTheEvidence) {
  auto x = extractor().extract("Il presidente russo Vladimir Putin è arrivato a Mosca. Putin ha parlato.");
  auto j = entities_to_json(x);
  ASSERT_TRUE(j.is_array());
  bool person = false, place = false;
  for (const auto& e : j) {
    if (e["facet"] == "person") {
      person = true;
      EXPECT_EQ(e["id"], "vladimir putin");
      EXPECT_EQ(e["name"], "Vladimir Putin");
      EXPECT_EQ(e["mentions"], 2);
      EXPECT_EQ(e["first_offset"], 20);
      EXPECT_FALSE(e["evidence"].empty());
    }
    if (e["facet"] == "place") {
      place = true;
      EXPECT_EQ(e["country"], "RU");
    }
  }
  EXPECT_TRUE(person);
  EXPECT_TRUE(place);
}

TEST(EntityJson, ExplainShowsSpansAndIds) {
  std::string out = explain_entities("Il presidente russo Vladimir Putin è a Mosca.");
  EXPECT_NE(out.find("[20,34)"), std::string::npos) << out;
  EXPECT_NE(out.find("person:vladimir putin"), std::string::npos) << out;
  EXPECT_NE(out.find("place:mosca@RU"), std::string::npos) << out;
  EXPECT_NE(out.find("russo  -  country:RU  (role)"), std::string::npos) << out;  // the adjective of a role
}
