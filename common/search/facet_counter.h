#pragma once
// Exact facet counts over every match of a query. Each facet stores an article's i-th
// value in its i-th slot (schema.h), densely: slots first .. first + n - 1 for n values.
// Two ways to count, with identical results:
//   Dense      one spy of ours reads, for each match, a facet's slots in order up to the
//              first empty one: about as many value reads as the article has values.
//   PerSlot    one built-in Xapian::ValueCountMatchSpy per slot in use, summed (a
//              document holds a value in at most one slot). Reads every slot in use for
//              every match, 2-3x slower with 26 slots in use; but xapian-tcpsrv knows
//              only built-in spies, so remote databases need it.
// The counts are exact when the Enquire is asked to check every document (Searcher does so).
#include <memory>
#include <vector>

#include <xapian.h>

#include "search/facet.h"
#include "search/facet_names.h"
#include "search/facet_resolver.h"

namespace segugio::search {

struct FacetCounts {
  Facet facet = Facet::Person;
  std::vector<FacetValue> values;  // most frequent first, ties by id; at most the limit
  std::size_t distinct = 0;        // how many different values the matches hold
};

enum class FacetCounting { Dense, PerSlot };

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
    Xapian::valueno first;
    Xapian::valueno used;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> per_slot;  // PerSlot only
  };
  std::vector<Facets> facets_;
  std::unique_ptr<DenseSpy> dense_;  // Dense only
};

}  // namespace segugio::search
