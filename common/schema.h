#pragma once
// Every term prefix, value slot and metadata key of a Segugio database, in one place.
// README.md ("Database schema") carries the same table; keep the two in step. The
// facets module (facets/facet.h) maps each facet to its prefix and slots here.
//
// Prefixes follow Xapian's conventions (Omega's docs/termprefixes.rst):
// single capitals are Xapian's own meanings, "X..." are ours.
#include <cstdint>
#include <string_view>

#include <xapian.h>

namespace segugio::schema {

// ---- Term prefixes -------------------------------------------------------------
inline constexpr std::string_view kPrefixId = "Q";         // unique article id (boolean)
inline constexpr std::string_view kPrefixTitle = "S";      // title words, positional
inline constexpr std::string_view kPrefixStem = "Z";       // Snowball stem of a word ("Zcitt")
inline constexpr std::string_view kPrefixTitleStem = "ZS"; // stem of a title word ("ZScitt")
// Facet value ids, boolean (wdf 0), written from the key fold (facets/key_fold.h):
inline constexpr std::string_view kPrefixCountry = "N";    // ISO 3166-1 alpha-2 ("NRU")
inline constexpr std::string_view kPrefixPerson = "XP";    // person id ("XPsergei lavrov")
inline constexpr std::string_view kPrefixOrg = "XO";       // organisation id ("XOnazioni unite")
inline constexpr std::string_view kPrefixPlace = "XL";     // place id ("XLmosca@RU")
inline constexpr std::string_view kPrefixSource = "XSRC";  // source id ("XSRCwikinews")
// Display names of facet values, boolean: "XN:" + the value's facet term + TAB + the
// name it was written as ("XN:XPsergei lavrov\tSergej Lavrov", "XN:NRU\tRussia"), once
// per article and name. Key-folded ids never hold a TAB (control characters fold to
// spaces), so the separator is unambiguous.
inline constexpr std::string_view kPrefixName = "XN:";
inline constexpr char kNameSeparator = '\t';

// Body words start at this position, title words at 1: a phrase never spans both.
inline constexpr Xapian::termpos kBodyFirstPosition = 1000000;

// ---- Value slots -----------------------------------------------------------------
// slot 0: date, "YYYYMMDD" (8 ASCII digits; sorts and ranges as a string); absent if unknown
inline constexpr Xapian::valueno kSlotDate = 0;
// slot 1: source id (the key-folded source name, as in its "XSRC" term)
inline constexpr Xapian::valueno kSlotSource = 1;
// slot 2: article id as given (the "Q" term without its prefix). The matcher breaks
// ties by it (relevance, then id; date, then id), so the order is total and the same
// for every page, limit and shard layout.
inline constexpr Xapian::valueno kSlotId = 2;
// slot 3: the --sort date key, index/sort_keys.h: the date, then the id inverted, so one
// reverse sort by value (which remote shards support, unlike a KeyMaker) gives newest
// first, then id ascending, undated last.
inline constexpr Xapian::valueno kSlotDateOrder = 3;

// slots 100, 101, ...: the entity facets' value ids, one value per slot, interleaved:
// the i-th value (most mentioned first) of facet f of an article is in slot
// kSlotFacetFirst + 4 * i + f, f = 0 person, 1 country, 2 org, 3 place (facets/facet.h,
// value_slot). Every value of every article is stored; there is no limit on i.
inline constexpr Xapian::valueno kSlotFacetFirst = 100;

// ---- Document data -----------------------------------------------------------------
// Document::get_data() holds one JSON object: {"id","title","date","url","source",
// "text","entities":[...]} -- everything the query tool displays.

// ---- Database metadata ---------------------------------------------------------------
inline constexpr std::string_view kMetaAnalyzer = "segugio.analyzer";     // Analyzer::id()
inline constexpr std::string_view kMetaKeyFold = "segugio.key_fold";      // facets::kKeyFoldId
inline constexpr std::string_view kMetaSchema = "segugio.schema";         // kSchemaVersion
inline constexpr std::string_view kSchemaVersion = "2";
// The most values any document has stored in a facet's slots, so that the query tool
// attaches only as many match spies as are in use: "segugio.slots.person" (facet names
// as facets::facet_name gives them).
inline constexpr std::string_view kMetaSlotsPrefix = "segugio.slots.";
// Sharded databases (index/shard_layout.h): each shard's place, "i/N", and the hash
// that routes ids to shards ("fnv1a64"). "segugio.shard" and "segugio.slots.*" are per
// shard; every other "segugio." key all shards of one database must hold alike.
inline constexpr std::string_view kMetaShard = "segugio.shard";
inline constexpr std::string_view kMetaShardHash = "segugio.shard_hash";

}  // namespace segugio::schema
