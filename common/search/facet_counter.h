#pragma once
// Exact facet counts over every match of a query. Each facet stores an article's i-th
// value in its i-th slot (schema.h), so one built-in Xapian::ValueCountMatchSpy per
// slot in use, summed, counts each value once per article. Built-in spies only: this
// also works on sharded and remote (xapian-tcpsrv) databases. The counts are exact
// when the Enquire is asked to check every document (Searcher does so).
#include <memory>
#include <vector>

#include <xapian.h>

#include "search/facet.h"
#include "search/facet_resolver.h"

namespace segugio::search {

struct FacetCounts {
  Facet facet = Facet::Person;
  std::vector<FacetValue> values;  // most frequent first, ties by id; at most the limit
  std::size_t distinct = 0;        // how many different values the matches hold
};

class FacetCounter {
 public:
  FacetCounter(const Xapian::Database& db, std::vector<Facet> facets);
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the match spies; the counter must outlive ENQUIRE's get_mset() call.
  void attach(Xapian::Enquire& enquire);
  // The counts after get_mset(); LIMIT values per facet (0 = all), with display names.
  std::vector<FacetCounts> results(std::size_t limit) const;

 private:
  struct Spies {
    Facet facet;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> slots;
  };
  Xapian::Database db_;
  std::vector<Spies> spies_;
};

}  // namespace segugio::search
