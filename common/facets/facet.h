#pragma once
// The facets of a Segugio database, in one place: their names on the command line, the
// term prefix of each (schema.h), the value slots that count them, and how a value is
// spelt as a term, a slot value and a display-name entry. Entities, index and search
// all name facets through this header.
//
// Slot layout (schema.h): the source is counted from its one slot, kSlotSource. The
// entity facets interleave from kSlotFacetFirst: an article's i-th value of facet f
// (most mentioned first) is in slot kSlotFacetFirst + i * 4 + f, with f = 0 person,
// 1 country, 2 org, 3 place. Slots are filled densely, there is no limit on i, and a
// document holds a given value in at most one slot of a facet, so one built-in
// Xapian::ValueCountMatchSpy per slot, summed, counts every value exactly.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <xapian.h>

namespace segugio::facets {

// The four facets entities are extracted for (PRODUCT.md section 3), then the source.
enum class Facet : std::uint8_t { person, country, organisation, place, source };

// The facets entity extraction produces, in this order (also the order of stored
// entities and of slot interleaving).
inline constexpr Facet kEntityFacets[] = {Facet::person, Facet::country, Facet::organisation, Facet::place};
// Every facet, in display order.
inline constexpr Facet kAllFacets[] = {Facet::person, Facet::country, Facet::organisation, Facet::place,
                                       Facet::source};

// The facet's name on the command line, in query syntax and in stored and JSON output:
// "person", "country", "org", "place", "source".
std::string_view facet_name(Facet facet);
std::string_view to_string(Facet facet);  // the same, found by argument-dependent look-up
// "person, country, org, place, source", for messages that list the choices.
std::string facet_names_list();
// The facet of a name as typed by a user, in English or Italian ("organisation",
// "organization", "organizzazione" are "org"; case and accents do not matter);
// nullopt if it is not a facet.
std::optional<Facet> parse_facet(std::string_view name);

// The boolean term prefix of the facet ("XP", "N", ...; schema.h).
std::string_view facet_prefix(Facet facet);
// The boolean filter term of one value id: "NRU", "XPsergei lavrov".
std::string facet_term(Facet facet, std::string_view id);

// The display-name entry of a value: "XN:" + facet_term + TAB + name (schema.h). A
// database holds one such term for every name a value was indexed under, in every
// article that has it, so that its term frequency says which name is the usual one.
std::string name_term(Facet facet, std::string_view id, std::string_view name);
// The prefix of every name term of one value (name_term without the name).
std::string name_term_prefix(Facet facet, std::string_view id);

// The slot of the I-th value of FACET in an article (the source has only i = 0).
Xapian::valueno value_slot(Facet facet, Xapian::valueno i);
// The facet and position a slot belongs to; nullopt for slots that count no facet.
struct SlotPlace {
  Facet facet;
  Xapian::valueno index;
};
std::optional<SlotPlace> slot_place(Xapian::valueno slot);

}  // namespace segugio::facets
