#pragma once
// Writes an article's facet values into its Xapian document (schema.h): for each value
// its boolean filter term, its display-name term and its counting slot, all spelt by the
// facets module. Values of one facet take the facet's slots 0, 1, ... in the order they
// are added (most mentioned first); a value added twice is written once.
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "entities/entity.h"
#include "facets/facet.h"

namespace segugio::index {

class FacetWriter {
 public:
  explicit FacetWriter(Xapian::Document& document) : document_(document) {}

  // Adds value ID of FACET, shown as NAME. Empty ids are ignored. An id too long to be
  // a Xapian term is still counted (its slot) but cannot be filtered on; a name too
  // long for a term is not recorded (the id is shown instead).
  void add(facets::Facet facet, std::string_view id, std::string_view name);

 private:
  Xapian::Document& document_;
  std::array<Xapian::valueno, std::size(facets::kAllFacets)> next_{};
  std::set<std::pair<facets::Facet, std::string>> added_;
};

// Every entity of an extraction, in order (grouped by facet, most mentioned first).
void add_entities(const std::vector<entities::Entity>& entities, FacetWriter& writer);

}  // namespace segugio::index
