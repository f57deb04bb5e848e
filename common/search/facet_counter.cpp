#include "search/facet_counter.h"

#include <algorithm>
#include <map>

#include "analysis/fold.h"

namespace segugio::search {

FacetCounter::FacetCounter(const Xapian::Database& db, std::vector<Facet> facets) : db_(db) {
  for (Facet facet : facets) {
    Spies spies{facet, {}};
    Xapian::valueno first = facet_first_slot(facet);
    Xapian::valueno used = facet_slots_in_use(db, facet);
    for (Xapian::valueno i = 0; i < used; ++i)
      spies.slots.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(first + i));
    spies_.push_back(std::move(spies));
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (auto& spies : spies_)
    for (auto& spy : spies.slots) enquire.add_matchspy(spy.get());
}

std::vector<FacetCounts> FacetCounter::results(std::size_t limit) const {
  std::vector<FacetCounts> out;
  for (const auto& spies : spies_) {
    std::map<std::string, Xapian::doccount> sums;
    for (const auto& spy : spies.slots)
      for (auto v = spy->values_begin(); v != spy->values_end(); ++v)
        if (!(*v).empty()) sums[*v] += v.get_termfreq();
    FacetCounts counts;
    counts.facet = spies.facet;
    counts.distinct = sums.size();
    for (auto& [value, count] : sums) {
      // The source slot holds the name as given; its id (the XSRC term) is case-folded.
      std::string id = spies.facet == Facet::Source ? analysis::fold_case(value) : value;
      counts.values.push_back({id, value, count});
    }
    std::sort(counts.values.begin(), counts.values.end(), [](const FacetValue& a, const FacetValue& b) {
      return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    if (limit && counts.values.size() > limit) counts.values.resize(limit);
    if (spies.facet != Facet::Source)
      for (FacetValue& v : counts.values) v.name = facet_display_name(db_, spies.facet, v.id);
    out.push_back(std::move(counts));
  }
  return out;
}

}  // namespace segugio::search
