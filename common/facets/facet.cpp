#include "facets/facet.h"

#include "facets/key_fold.h"
#include "schema.h"

namespace segugio::facets {
namespace {

constexpr Xapian::valueno kInterleave = std::size(kEntityFacets);

}  // namespace

std::string_view facet_name(Facet facet) {
  switch (facet) {
    case Facet::person: return "person";
    case Facet::country: return "country";
    case Facet::organisation: return "org";
    case Facet::place: return "place";
    case Facet::source: return "source";
  }
  return "?";
}

std::string_view to_string(Facet facet) { return facet_name(facet); }

std::string facet_names_list() {
  std::string out;
  for (Facet f : kAllFacets) {
    if (!out.empty()) out += ", ";
    out += facet_name(f);
  }
  return out;
}

std::optional<Facet> parse_facet(std::string_view name) {
  const std::string folded = fold_key(name);
  if (folded == "person" || folded == "persona") return Facet::person;
  if (folded == "country" || folded == "paese") return Facet::country;
  if (folded == "org" || folded == "organisation" || folded == "organization" || folded == "organizzazione")
    return Facet::organisation;
  if (folded == "place" || folded == "luogo") return Facet::place;
  if (folded == "source" || folded == "fonte") return Facet::source;
  return std::nullopt;
}

std::string_view facet_prefix(Facet facet) {
  switch (facet) {
    case Facet::person: return schema::kPrefixPerson;
    case Facet::country: return schema::kPrefixCountry;
    case Facet::organisation: return schema::kPrefixOrg;
    case Facet::place: return schema::kPrefixPlace;
    case Facet::source: return schema::kPrefixSource;
  }
  return {};
}

std::string facet_term(Facet facet, std::string_view id) {
  std::string term(facet_prefix(facet));
  term += id;
  return term;
}

std::string name_term_prefix(Facet facet, std::string_view id) {
  std::string term(schema::kPrefixName);
  term += facet_prefix(facet);
  term += id;
  term += schema::kNameSeparator;
  return term;
}

std::string name_term(Facet facet, std::string_view id, std::string_view name) {
  return name_term_prefix(facet, id).append(name);
}

Xapian::valueno value_slot(Facet facet, Xapian::valueno i) {
  if (facet == Facet::source) return schema::kSlotSource;
  return schema::kSlotFacetFirst + i * kInterleave + static_cast<Xapian::valueno>(facet);
}

std::optional<SlotPlace> slot_place(Xapian::valueno slot) {
  if (slot == schema::kSlotSource) return SlotPlace{Facet::source, 0};
  if (slot < schema::kSlotFacetFirst || slot == Xapian::BAD_VALUENO) return std::nullopt;
  const Xapian::valueno offset = slot - schema::kSlotFacetFirst;
  return SlotPlace{kEntityFacets[offset % kInterleave], offset / kInterleave};
}

}  // namespace segugio::facets
