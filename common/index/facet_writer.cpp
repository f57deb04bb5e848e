#include "index/facet_writer.h"

#include "index/terms.h"

namespace segugio::index {

void FacetWriter::add(facets::Facet facet, std::string_view id, std::string_view name) {
  if (id.empty() || !added_.emplace(facet, std::string(id)).second) return;
  const std::string term = facets::facet_term(facet, id);
  if (term.size() <= kMaxTermBytes) document_.add_boolean_term(term);
  const std::string named = facets::name_term(facet, id, name.empty() ? id : name);
  if (named.size() <= kMaxTermBytes) document_.add_boolean_term(named);
  auto& next = next_[static_cast<std::size_t>(facet)];
  document_.add_value(facets::value_slot(facet, next++), std::string(id));
}

void add_entities(const std::vector<entities::Entity>& entities, FacetWriter& writer) {
  for (const entities::Entity& e : entities) writer.add(e.facet, e.id, e.name);
}

}  // namespace segugio::index
