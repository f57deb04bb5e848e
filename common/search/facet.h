#pragma once
// The four entity facets and the source, as the query side sees them: their names on
// the command line, their term prefixes and their counting slots (schema.h).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace segugio::search {

enum class Facet { Person, Country, Org, Place, Source };

// "person", "country", "org", "place", "source".
std::string_view facet_name(Facet facet);
// The facet of a name as typed by a user ("organisation" and "organization" are "org");
// nullopt if it is not a facet.
std::optional<Facet> parse_facet(std::string_view name);
// Every facet, in display order.
const std::vector<Facet>& all_facets();

// The boolean term prefix of the facet ("XP", "N", ...).
std::string_view facet_prefix(Facet facet);
// The boolean term of one canonical value: "NRU", "XPsergej lavrov".
std::string facet_term(Facet facet, std::string_view id);

// The facet's counting slots: first slot, and how many the database uses: the metadata
// "segugio.slots.<facet>", extended by the value statistics of the following slots, so
// that shards searched together (whose metadata is the first shard's) are counted whole.
// The source is counted from its own slot.
Xapian::valueno facet_first_slot(Facet facet);
Xapian::valueno facet_slots_in_use(const Xapian::Database& db, Facet facet);

}  // namespace segugio::search
