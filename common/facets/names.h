#pragma once
// Display names of facet values ("sergei lavrov" -> "Sergej Lavrov", "wikinews" ->
// "Wikinews"), read from the name terms the indexer writes beside each value
// (facet.h, name_term): no stored article is parsed. Terms are merged over shards and
// remote databases by Xapian itself, so a name is found wherever the value was indexed.
#include <map>
#include <string>
#include <utility>

#include <xapian.h>

#include "facets/facet.h"

namespace segugio::facets {

// One value of a facet with its display name and how many articles hold it.
struct FacetValue {
  std::string id;
  std::string name;
  Xapian::doccount count = 0;
};

// The name VALUE ID was indexed under in most articles (ties: the first in byte order);
// the id itself when the database holds no name for it.
std::string display_name(const Xapian::Database& db, Facet facet, const std::string& id);

// display_name, remembered: a batch asks for the same few names again and again.
class FacetNames {
 public:
  explicit FacetNames(Xapian::Database db) : db_(std::move(db)) {}

  const std::string& name(Facet facet, const std::string& id);
  // Forget everything (after the database was reopened).
  void clear() { names_.clear(); }

 private:
  Xapian::Database db_;
  std::map<std::pair<Facet, std::string>, std::string> names_;
};

}  // namespace segugio::facets
