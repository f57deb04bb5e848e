#pragma once
// Display names of facet values ("sergei lavrov" -> "Sergej Lavrov"), read from the
// stored entities of an article that holds the value, and remembered: a batch asks for
// the same few names again and again, and each first look parses a whole article.
#include <map>
#include <string>
#include <utility>

#include <xapian.h>

#include "search/facet.h"

namespace segugio::search {

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

}  // namespace segugio::search
