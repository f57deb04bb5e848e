#include "search/facet_names.h"

#include "search/facet_resolver.h"

namespace segugio::search {

const std::string& FacetNames::name(Facet facet, const std::string& id) {
  auto key = std::make_pair(facet, id);
  auto it = names_.find(key);
  if (it == names_.end()) it = names_.emplace(std::move(key), facet_display_name(db_, facet, id)).first;
  return it->second;
}

}  // namespace segugio::search
