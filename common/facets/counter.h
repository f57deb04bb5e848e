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

struct FacetCounts {
  Facet facet = Facet::person;
  std::vector<FacetValue> values;  // most frequent first, ties by id; at most the limit
  std::size_t distinct = 0;        // how many different values the matches hold
};

enum class FacetCounting { Dense, PerSlot };

// How many of FACET's slots the database uses: the metadata "segugio.slots.<facet>"
// (schema.h), extended by the value statistics of the following slots, so that shards
// searched together (whose metadata is the first shard's) are counted whole.
Xapian::valueno facet_slots_in_use(const Xapian::Database& db, Facet facet);

class FacetCounter {
 public:
  FacetCounter(const Xapian::Database& db, std::vector<Facet> facets, FacetCounting how = FacetCounting::Dense);
  ~FacetCounter();
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the match spies; the counter must outlive ENQUIRE's get_mset() call. With
  // Dense, get_mset() on a remote database throws Xapian::UnimplementedError.
  void attach(Xapian::Enquire& enquire);
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
};

}  // namespace segugio::facets
