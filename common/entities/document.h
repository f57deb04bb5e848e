#pragma once
// Storing an article's entities in a Xapian document (schema.h): boolean filter terms,
// one facet value per slot for exact counting, and JSON for the stored document data.
#include <array>
#include <cstddef>

#include <nlohmann/json_fwd.hpp>
#include <xapian.h>

#include "entities/entity.h"

namespace segugio::entities {

// How many values of each facet were stored in slots (at most schema::kFacetSlots),
// and how many more were only added as terms. Indexed by static_cast<size_t>(Facet).
struct FacetSlotUse {
  std::array<unsigned, 4> slots{};
  std::array<unsigned, 4> overflow{};
  unsigned slots_of(Facet f) const { return slots[static_cast<std::size_t>(f)]; }
};

// The term prefix and first value slot of a facet (schema.h).
std::string_view facet_prefix(Facet facet);
Xapian::valueno facet_first_slot(Facet facet);

// Adds, for every entity: the boolean term prefix+id (wdf 0), and the id as the value
// of slot first+i for the facet's i-th entity (most mentioned first) while i < kFacetSlots.
FacetSlotUse add_entities_to_document(const Extraction& extraction, Xapian::Document& document);

// [{"facet","id","name","country"(places),"mentions","first_offset","evidence":[...]}, ...]
nlohmann::json entities_to_json(const Extraction& extraction);

}  // namespace segugio::entities
