#include "facets/names.h"

namespace segugio::facets {

std::string display_name(const Xapian::Database& db, Facet facet, const std::string& id) {
  const std::string prefix = name_term_prefix(facet, id);
  std::string best;
  Xapian::doccount best_count = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    if (t.get_termfreq() > best_count) {
      best_count = t.get_termfreq();
      best = (*t).substr(prefix.size());
    }
  }
  return best.empty() ? id : best;
}

const std::string& FacetNames::name(Facet facet, const std::string& id) {
  auto key = std::make_pair(facet, id);
  auto it = names_.find(key);
  if (it == names_.end()) it = names_.emplace(std::move(key), display_name(db_, facet, id)).first;
  return it->second;
}

}  // namespace segugio::facets
