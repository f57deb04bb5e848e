// Facet values in a Xapian document: filter term, display-name term and one slot per
// value, interleaved by facet, with no value left without a slot.
#include <gtest/gtest.h>

#include "database_dump.h"
#include "facets/facet.h"
#include "index/facet_writer.h"
#include "schema.h"

namespace segugio::index {
namespace {

using facets::Facet;

entities::Entity entity(Facet facet, std::string id, std::string name = "") {
  entities::Entity e;
  e.facet = facet;
  e.id = std::move(id);
  e.name = name.empty() ? e.id : std::move(name);
  e.mentions = 1;
  return e;
}

TEST(FacetWriter, TermNameAndSlotOfEachValueMostMentionedFirst) {
  Xapian::Document doc;
  FacetWriter writer(doc);
  add_entities({entity(Facet::person, "vladimir putin", "Vladimir Putin"), entity(Facet::person, "kim jong un"),
                entity(Facet::place, "mosca@RU", "Mosca")},
               writer);
  EXPECT_EQ(test::dump_terms(doc),
            "XLmosca@RU XN:XLmosca@RU\tMosca XN:XPkim jong un\tkim jong un XN:XPvladimir putin\tVladimir Putin "
            "XPkim jong un XPvladimir putin");
  EXPECT_EQ(test::dump_values(doc), "100=vladimir putin 103=mosca@RU 104=kim jong un");
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) EXPECT_EQ(it.get_wdf(), 0u) << *it;
}

TEST(FacetWriter, EveryValueHasASlotHoweverManyAnArticleHolds) {
  Xapian::Document doc;
  FacetWriter writer(doc);
  for (unsigned i = 0; i < 300; ++i) writer.add(Facet::place, "place" + std::to_string(i) + "@IT", "");
  EXPECT_EQ(doc.values_count(), 300u);
  EXPECT_EQ(doc.get_value(facets::value_slot(Facet::place, 299)), "place299@IT");
  EXPECT_EQ(doc.termlist_count(), 600u);  // a filter term and a name term each
}

TEST(FacetWriter, AValueGivenTwiceIsWrittenOnce) {
  Xapian::Document doc;
  FacetWriter writer(doc);
  writer.add(Facet::organisation, "onu", "ONU");
  writer.add(Facet::organisation, "onu", "Onu");
  writer.add(Facet::organisation, "", "nothing");
  EXPECT_EQ(test::dump_values(doc), "102=onu");
  EXPECT_EQ(test::dump_terms(doc), "XN:XOonu\tONU XOonu");
}

TEST(FacetWriter, OverlongIdsAreCountedButNotTerms) {
  Xapian::Document doc;
  FacetWriter writer(doc);
  const std::string id(300, 'a');
  writer.add(Facet::organisation, id, "A");
  EXPECT_EQ(doc.termlist_count(), 0u);
  EXPECT_EQ(doc.get_value(facets::value_slot(Facet::organisation, 0)), id);
}

TEST(FacetSlots, LayoutRoundTrips) {
  for (Facet f : facets::kEntityFacets)
    for (Xapian::valueno i : {0u, 1u, 31u, 32u, 299u}) {
      auto place = facets::slot_place(facets::value_slot(f, i));
      ASSERT_TRUE(place);
      EXPECT_EQ(place->facet, f);
      EXPECT_EQ(place->index, i);
    }
  EXPECT_EQ(facets::value_slot(Facet::source, 0), schema::kSlotSource);
  EXPECT_FALSE(facets::slot_place(schema::kSlotDate));
}

}  // namespace
}  // namespace segugio::index
