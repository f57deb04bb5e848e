// Storing entities in a Xapian document: boolean terms, one value per slot, JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "entities/document.h"
#include "helpers.h"
#include "schema.h"

using namespace segugio::entities;
using namespace segugio::entities::test;
namespace schema = segugio::schema;

TEST(Document, TermsAndSlotsMostMentionedFirst) {
  auto x = extractor().extract("Vladimir Putin a Mosca. Putin ha visto Kim Jong Un. Putin e la Russia.");
  Xapian::Document doc;
  FacetSlotUse use = add_entities_to_document(x, doc);
  std::vector<std::string> terms(doc.termlist_begin(), doc.termlist_end());
  EXPECT_TRUE(has(terms, "XPvladimir putin"));
  EXPECT_TRUE(has(terms, "XPkim jong un"));
  EXPECT_TRUE(has(terms, "NRU"));
  EXPECT_TRUE(has(terms, "XLmosca@RU"));
  EXPECT_EQ(use.slots_of(Facet::person), 2u);
  EXPECT_EQ(doc.get_value(schema::kSlotPersonFirst), "vladimir putin");
  EXPECT_EQ(doc.get_value(schema::kSlotPersonFirst + 1), "kim jong un");
  EXPECT_EQ(doc.get_value(schema::kSlotPersonFirst + 2), "");
  EXPECT_EQ(doc.get_value(schema::kSlotCountryFirst), "RU");
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) EXPECT_EQ(it.get_wdf(), 0u) << *it;
}

TEST(Document, ValuesPastTheSlotsAreTermsOnly) {
  Extraction x;
  for (unsigned i = 0; i < schema::kFacetSlots + 3; ++i) {
    Entity e;
    e.facet = Facet::organisation;
    e.id = "org" + std::to_string(i);
    e.name = e.id;
    e.mentions = 1;
    x.entities.push_back(e);
  }
  Xapian::Document doc;
  FacetSlotUse use = add_entities_to_document(x, doc);
  EXPECT_EQ(use.slots_of(Facet::organisation), schema::kFacetSlots);
  EXPECT_EQ(use.overflow[static_cast<std::size_t>(Facet::organisation)], 3u);
  EXPECT_EQ(doc.termlist_count(), schema::kFacetSlots + 3);
  EXPECT_EQ(doc.get_value(schema::kSlotOrgFirst + schema::kFacetSlots - 1), "org" + std::to_string(schema::kFacetSlots - 1));
}

TEST(Document, JsonKeepsTheEvidence) {
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

TEST(Document, ExplainShowsSpansAndIds) {
  std::string out = explain_entities("Il presidente russo Vladimir Putin è a Mosca.");
  EXPECT_NE(out.find("[20,34)"), std::string::npos) << out;
  EXPECT_NE(out.find("person:vladimir putin"), std::string::npos) << out;
  EXPECT_NE(out.find("place:mosca@RU"), std::string::npos) << out;
  EXPECT_NE(out.find("russo  -  country:RU  (role)"), std::string::npos) << out;  // the adjective of a role
}
