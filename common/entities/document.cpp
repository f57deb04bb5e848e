#include "entities/document.h"

#include <nlohmann/json.hpp>

#include "schema.h"

namespace segugio::entities {

std::string_view facet_prefix(Facet facet) {
  switch (facet) {
    case Facet::person: return schema::kPrefixPerson;
    case Facet::country: return schema::kPrefixCountry;
    case Facet::organisation: return schema::kPrefixOrg;
    case Facet::place: return schema::kPrefixPlace;
  }
  return {};
}

Xapian::valueno facet_first_slot(Facet facet) {
  switch (facet) {
    case Facet::person: return schema::kSlotPersonFirst;
    case Facet::country: return schema::kSlotCountryFirst;
    case Facet::organisation: return schema::kSlotOrgFirst;
    case Facet::place: return schema::kSlotPlaceFirst;
  }
  return schema::kSlotPersonFirst;
}

FacetSlotUse add_entities_to_document(const Extraction& extraction, Xapian::Document& document) {
  FacetSlotUse use;
  for (const Entity& e : extraction.entities) {  // grouped by facet, most mentioned first
    if (e.id.empty()) continue;
    const auto f = static_cast<std::size_t>(e.facet);
    document.add_boolean_term(std::string(facet_prefix(e.facet)) + e.id);
    if (use.slots[f] < schema::kFacetSlots) {
      document.add_value(facet_first_slot(e.facet) + use.slots[f], e.id);
      ++use.slots[f];
    } else {
      ++use.overflow[f];
    }
  }
  return use;
}

nlohmann::json entities_to_json(const Extraction& extraction) {
  nlohmann::json out = nlohmann::json::array();
  for (const Entity& e : extraction.entities) {
    nlohmann::json j = {{"facet", to_string(e.facet)}, {"id", e.id}, {"name", e.name}};
    if (e.facet == Facet::place) j["country"] = e.country;
    j["mentions"] = e.mentions;
    j["first_offset"] = e.first_offset;
    nlohmann::json ev = nlohmann::json::array();
    for (Evidence x : e.evidence) ev.push_back(to_string(x));
    j["evidence"] = std::move(ev);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace segugio::entities
