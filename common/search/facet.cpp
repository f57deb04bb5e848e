#include "search/facet.h"

#include <algorithm>

#include "analysis/fold.h"
#include "schema.h"

namespace segugio::search {

std::string_view facet_name(Facet facet) {
  switch (facet) {
    case Facet::Person: return "person";
    case Facet::Country: return "country";
    case Facet::Org: return "org";
    case Facet::Place: return "place";
    case Facet::Source: return "source";
  }
  return "?";
}

std::optional<Facet> parse_facet(std::string_view name) {
  std::string folded = analysis::fold(name);
  if (folded == "person" || folded == "persona") return Facet::Person;
  if (folded == "country" || folded == "paese") return Facet::Country;
  if (folded == "org" || folded == "organisation" || folded == "organization" ||
      folded == "organizzazione")
    return Facet::Org;
  if (folded == "place" || folded == "luogo") return Facet::Place;
  if (folded == "source" || folded == "fonte") return Facet::Source;
  return std::nullopt;
}

const std::vector<Facet>& all_facets() {
  static const std::vector<Facet> facets{Facet::Person, Facet::Country, Facet::Org, Facet::Place,
                                         Facet::Source};
  return facets;
}

std::string_view facet_prefix(Facet facet) {
  switch (facet) {
    case Facet::Person: return schema::kPrefixPerson;
    case Facet::Country: return schema::kPrefixCountry;
    case Facet::Org: return schema::kPrefixOrg;
    case Facet::Place: return schema::kPrefixPlace;
    case Facet::Source: return schema::kPrefixSource;
  }
  return "";
}

std::string facet_term(Facet facet, std::string_view id) {
  std::string term(facet_prefix(facet));
  term += id;
  return term;
}

Xapian::valueno facet_first_slot(Facet facet) {
  switch (facet) {
    case Facet::Person: return schema::kSlotPersonFirst;
    case Facet::Country: return schema::kSlotCountryFirst;
    case Facet::Org: return schema::kSlotOrgFirst;
    case Facet::Place: return schema::kSlotPlaceFirst;
    case Facet::Source: return schema::kSlotSource;
  }
  return Xapian::BAD_VALUENO;
}

Xapian::valueno facet_slots_in_use(const Xapian::Database& db, Facet facet) {
  if (facet == Facet::Source) return 1;
  // The metadata holds the first shard's figure only when several databases (shards,
  // remote ones included) are searched together, so it is a starting point: slots are
  // filled densely, and the value statistics, which Xapian sums over every shard, say
  // whether any document uses the next slot.
  std::string key(schema::kMetaSlotsPrefix);
  key += facet_name(facet);
  unsigned long n = 0;
  try {
    std::string value = db.get_metadata(key);
    if (!value.empty()) n = std::stoul(value);
  } catch (const std::exception&) {
    n = 0;
  }
  n = std::min<unsigned long>(n, schema::kFacetSlots);
  const Xapian::valueno first = facet_first_slot(facet);
  while (n < schema::kFacetSlots && db.get_value_freq(first + static_cast<Xapian::valueno>(n)) > 0) ++n;
  return static_cast<Xapian::valueno>(n);
}

}  // namespace segugio::search
