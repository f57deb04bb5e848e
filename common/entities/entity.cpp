#include "entities/entity.h"

namespace segugio::entities {

std::string_view to_string(NerType type) {
  switch (type) {
    case NerType::PER: return "PER";
    case NerType::LOC: return "LOC";
    case NerType::ORG: return "ORG";
  }
  return "?";
}

std::string_view to_string(Evidence evidence) {
  switch (evidence) {
    case Evidence::name: return "name";
    case Evidence::alias: return "alias";
    case Evidence::demonym: return "demonym";
    case Evidence::place: return "place";
    case Evidence::given_name: return "given-name";
    case Evidence::role: return "role";
    case Evidence::capitalised: return "capitalised";
    case Evidence::coreference: return "coreference";
    case Evidence::org_cue: return "org-cue";
    case Evidence::acronym: return "acronym";
    case Evidence::generic: return "generic";
  }
  return "?";
}

std::vector<const Entity*> Extraction::of(Facet facet) const {
  std::vector<const Entity*> out;
  for (const auto& e : entities) {
    if (e.facet == facet) out.push_back(&e);
  }
  return out;
}

}  // namespace segugio::entities
