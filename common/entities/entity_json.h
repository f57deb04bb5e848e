#pragma once
// An extraction's entities as JSON: the "entities" member of an article's stored data
// (schema.h) and the predictions the evaluation writes.
#include <nlohmann/json_fwd.hpp>

#include "entities/entity.h"

namespace segugio::entities {

// [{"facet","id","name","country"(places),"mentions","first_offset","evidence":[...]}, ...]
// with the facet named as facets::facet_name() names it ("org", not "organisation").
nlohmann::json entities_to_json(const Extraction& extraction);

}  // namespace segugio::entities
