#pragma once
// Every term prefix, value slot and metadata key of a Segugio database, in one place.
// README.md ("Database schema") carries the same table; keep the two in step.
//
// Prefixes follow Xapian's conventions (Omega's docs/termprefixes.rst):
// single capitals are Xapian's own meanings, "X..." are ours.
#include <cstdint>
#include <string_view>

#include <xapian.h>

namespace segugio::schema {

// ---- Term prefixes -------------------------------------------------------------
inline constexpr std::string_view kPrefixId = "Q";        // unique article id (boolean)
inline constexpr std::string_view kPrefixTitle = "S";     // title words, positional
inline constexpr std::string_view kPrefixStem = "Z";      // Snowball stems: "Z" + stem, "ZS" + title stem
inline constexpr std::string_view kPrefixCountry = "N";   // ISO 3166-1 alpha-2 ("NRU"), boolean
inline constexpr std::string_view kPrefixPerson = "XP";   // person id ("XPsergej lavrov"), boolean
inline constexpr std::string_view kPrefixOrg = "XO";      // organisation id, boolean
inline constexpr std::string_view kPrefixPlace = "XL";    // place id ("XLmosca@RU"), boolean
inline constexpr std::string_view kPrefixSource = "XSRC"; // source name, folded, boolean
inline constexpr std::string_view kPrefixYear = "Y";      // "Y2023", boolean
inline constexpr std::string_view kPrefixMonth = "M";     // "M202309", boolean
inline constexpr std::string_view kPrefixDay = "D";       // "D20230915", boolean

// Body words start at this position, title words at 1: a phrase never spans both.
inline constexpr Xapian::termpos kBodyFirstPosition = 1000000;

// ---- Value slots -----------------------------------------------------------------
// slot 0: date, "YYYYMMDD" (8 ASCII digits; sorts and ranges as a string); absent if unknown
inline constexpr Xapian::valueno kSlotDate = 0;
// slot 1: source name as given
inline constexpr Xapian::valueno kSlotSource = 1;

// Facet counting: each facet owns kFacetSlots consecutive slots. An article's i-th
// value of a facet (most mentioned first) is stored in slot first + i, so one
// built-in Xapian::ValueCountMatchSpy per slot counts documents exactly when the
// per-slot counts are summed: a document holds a given value in at most one slot.
// This works unchanged on sharded and remote (xapian-tcpsrv) databases, which know
// only Xapian's built-in match spies. Values past kFacetSlots are still filterable
// (boolean terms) but not counted; the indexer reports how often that happens.
inline constexpr Xapian::valueno kFacetSlots = 32;
inline constexpr Xapian::valueno kSlotPersonFirst = 100;
inline constexpr Xapian::valueno kSlotCountryFirst = 200;
inline constexpr Xapian::valueno kSlotOrgFirst = 300;
inline constexpr Xapian::valueno kSlotPlaceFirst = 400;

// ---- Document data -----------------------------------------------------------------
// Document::get_data() holds one JSON object: {"id","title","date","url","source",
// "text","entities":[...]} -- everything the query tool displays.

// ---- Database metadata ---------------------------------------------------------------
inline constexpr std::string_view kMetaAnalyzer = "segugio.analyzer";     // Analyzer::id()
inline constexpr std::string_view kMetaSchema = "segugio.schema";         // kSchemaVersion
inline constexpr std::string_view kSchemaVersion = "1";
// Highest number of values any document has stored in a facet's slots, so that the
// query tool attaches only as many match spies as are in use: "segugio.slots.person".
inline constexpr std::string_view kMetaSlotsPrefix = "segugio.slots.";
// Sharded databases (index/shard_layout.h): each shard's place, "i/N", and the hash
// that routes ids to shards ("fnv1a64"). "segugio.shard" and "segugio.slots.*" are per
// shard; every other "segugio." key all shards of one database must hold alike.
inline constexpr std::string_view kMetaShard = "segugio.shard";
inline constexpr std::string_view kMetaShardHash = "segugio.shard_hash";

}  // namespace segugio::schema
