#pragma once
// Facet values are resolved the way they were indexed: "--country russia", "--country RU"
// and "--country russa" are one filter, "--person Lavrov" is Sergej Lavrov.
//
// Every comparison is made in the key fold the ids were written with
// (facets/key_fold.h), so "Łódź" finds "lodz@PL". Resolution, in steps:
//   1. the canonical id or code itself ("RU", "ru", "Sergej Lavrov"), if indexed;
//   2. a lexicon of names, demonyms and aliases (FacetLexicon);
//   3. the database's own values whose id or display name holds every word of the
//      value ("lavrov" -> "sergei lavrov", "sergei viktorovic lavrov"; person names
//      compared in person_key form, so "Sergej" finds "sergei").
// Steps 1 and 2 are exact matches. A partial name is never narrowed to one value:
//   - a person means every person whose name holds its words (a surname: every
//     person of that surname; a full name: its longer forms too, "Sergej Viktorovič
//     Lavrov" for "Sergej Lavrov");
//   - for the other facets an exact match stands alone when it holds more articles
//     than the longer names containing it together ("Modena": not "Novi di Modena"),
//     which are then listed as left out; otherwise they are all used ("Reggio":
//     "Reggio Emilia", "Reggio Calabria", "Reggio").
// The query builder says in a note what a value resolved to when it is not one value.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "error.h"
#include "search/facet.h"

namespace segugio::search {

// Step 2: maps names, demonyms and aliases to canonical ids, without a database.
class FacetLexicon {
 public:
  virtual ~FacetLexicon() = default;
  // Canonical ids VALUE may name (empty if the lexicon does not know it).
  virtual std::vector<std::string> lookup(Facet facet, std::string_view value) const = 0;
};

// Country names in Italian and English from ICU's CLDR data ("Russia", "Corea del Nord",
// "North Korea" -> "RU", "KP"); other facets are not its business.
class CountryNameLexicon : public FacetLexicon {
 public:
  CountryNameLexicon();
  std::vector<std::string> lookup(Facet facet, std::string_view value) const override;

 private:
  std::vector<std::pair<std::string, std::string>> names_;  // folded name, code; sorted
};

// The lexicons tried in order; the first that knows a value answers.
class LexiconChain : public FacetLexicon {
 public:
  void add(std::shared_ptr<const FacetLexicon> lexicon) { chain_.push_back(std::move(lexicon)); }
  std::vector<std::string> lookup(Facet facet, std::string_view value) const override;

 private:
  std::vector<std::shared_ptr<const FacetLexicon>> chain_;
};

// The lexicons this build knows about, chained (the default of the query tool): the
// entity library's gazetteer (entity_lexicon.h), then ICU's country names.
std::shared_ptr<const FacetLexicon> default_lexicon();

// What a value resolved to: the indexed values its filter matches (most frequent
// first), and the longer names containing it that an exact match left out.
struct Resolution {
  std::vector<FacetValue> used;
  std::vector<FacetValue> left_out;
  std::vector<std::string> ids() const;
};

class FacetResolver {
 public:
  virtual ~FacetResolver() = default;
  // The indexed values VALUE stands for (none when nothing matches: the filter then
  // matches no article). Throws InputError for a value with no letters or digits.
  virtual Resolution resolve_value(Facet facet, std::string_view value) const = 0;
  std::vector<std::string> resolve(Facet facet, std::string_view value) const {
    return resolve_value(facet, value).ids();
  }
};

// Resolves against one database, with an optional lexicon for step 2.
class DatabaseFacetResolver : public FacetResolver {
 public:
  DatabaseFacetResolver(Xapian::Database db, std::shared_ptr<const FacetLexicon> lexicon);
  Resolution resolve_value(Facet facet, std::string_view value) const override;

 private:
  Xapian::Database db_;
  std::shared_ptr<const FacetLexicon> lexicon_;
};

// Every indexed value of FACET, with counts, most frequent first (ties by id); with a
// non-empty PREFIX only the values whose id, display name (or, for countries, name in
// Italian or English) has words starting with each word of PREFIX, in order ("Lav" ->
// "sergej lavrov", "Sergej L" -> "Sergej Viktorovič Lavrov", "Cor" -> KP, KR).
// LIMIT 0 means all.
std::vector<FacetValue> browse_facet(const Xapian::Database& db, Facet facet,
                                     std::string_view prefix, std::size_t limit);

}  // namespace segugio::search
