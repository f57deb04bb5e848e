#pragma once
// Step 2 of facet-value resolution backed by the entity library's gazetteer: the same
// names, demonyms and aliases the indexer's extractor resolved mentions with, so
// "--country russa", "--org ONU" and "--place Mosca" find what was indexed.
#include <memory>

#include "entities/gazetteer.h"
#include "search/facet_resolver.h"

namespace segugio::search {

class EntityLexicon : public FacetLexicon {
 public:
  explicit EntityLexicon(std::shared_ptr<const entities::Gazetteer> gazetteer = entities::Gazetteer::shared());
  std::vector<std::string> lookup(Facet facet, std::string_view value) const override;

 private:
  std::shared_ptr<const entities::Gazetteer> gazetteer_;
};

}  // namespace segugio::search
