#pragma once
// Exact facet counts over every match of a query. A facet's values are in its slots
// (facet.h, value_slot), densely: slots 0 .. n - 1 of the facet for an article with n
// values. Two ways to count, with identical results:
//   Dense      one spy of ours reads, for each match, a facet's slots in order up to the
//              first empty one: about as many value reads as the article has values.
//   PerSlot    one built-in Xapian::ValueCountMatchSpy per slot in use, summed (a
//              document holds a value in at most one slot). Reads every slot in use for
//              every match, 2-3x slower with 26 slots in use; but xapian-tcpsrv knows
//              only built-in spies, so remote databases need it.
// Counts are keyed by value id, the same id the facet's filter term holds, and shown
// with the display name (names.h). They are exact when the Enquire is asked to check
// every document (the Searcher does so).
#include <memory>
#include <vector>

#include <xapian.h>

#include "facets/facet.h"
#include "facets/names.h"

namespace segugio::facets {

// The date facet: matches per year ("2023"), month ("2023-09") or day ("2023-09-15"),
// counted from the date slot (schema::kSlotDate) by a built-in spy, so remote shards
// count it too.
enum class DateGranularity { none, year, month, day };

struct FacetCounts {
  Facet facet = Facet::person;  // unless `date` says this is the date facet
  // Most frequent first, ties by id, at most the limit; the date facet: every period
  // with matches, oldest first.
  std::vector<FacetValue> values;
  std::size_t distinct = 0;        // how many different values the matches hold
  DateGranularity date = DateGranularity::none;
  bool own_filter_ignored = false;  // multi-select: counted without the facet's own filters
};

enum class FacetCounting { Dense, PerSlot };

// "person", ..., or "date" for the date facet.
std::string_view counts_name(const FacetCounts& counts);

// How many of FACET's slots the database uses: the metadata "segugio.slots.<facet>"
// (schema.h), extended by the value statistics of the following slots, so that shards
// searched together (whose metadata is the first shard's) are counted whole.
Xapian::valueno facet_slots_in_use(const Xapian::Database& db, Facet facet);

class FacetCounter {
 public:
  // FACETS and, unless DATE is none, the date facet (its counts come last).
  FacetCounter(const Xapian::Database& db, std::vector<Facet> facets, FacetCounting how = FacetCounting::Dense,
               DateGranularity date = DateGranularity::none);
  ~FacetCounter();
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the match spies; the counter must outlive ENQUIRE's get_mset() call. With
  // Dense, get_mset() on a remote database throws Xapian::UnimplementedError.
  void attach(Xapian::Enquire& enquire);
  // Counts over every match of QUERY in DB in a match of its own: boolean weights, no
  // sort, every document checked. For counts a sorted match cannot give (Xapian 1.4's
  // remote matcher miscounts spies when the MSet is sorted by value) and for counts
  // over another query than the one shown (multi-select facets).
  void count(const Xapian::Database& db, const Xapian::Query& query);
  // The counts after get_mset(); LIMIT values per facet (0 = all), with display names.
  std::vector<FacetCounts> results(std::size_t limit, FacetNames& names) const;

 private:
  class DenseSpy;
  struct Facets {
    Facet facet;
    Xapian::valueno used;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> per_slot;  // PerSlot only
  };
  std::vector<Facets> facets_;
  std::unique_ptr<DenseSpy> dense_;  // Dense only
  DateGranularity date_ = DateGranularity::none;
  std::unique_ptr<Xapian::ValueCountMatchSpy> date_spy_;
};

}  // namespace segugio::facets
