#include "entities/entity_json.h"

#include <nlohmann/json.hpp>

namespace segugio::entities {

nlohmann::json entities_to_json(const Extraction& extraction) {
  nlohmann::json out = nlohmann::json::array();
  for (const Entity& e : extraction.entities) {
    nlohmann::json j = {{"facet", facets::facet_name(e.facet)}, {"id", e.id}, {"name", e.name}};
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
