#pragma once
// Facet values are resolved the way they were indexed: "--country russia", "--country RU"
// and "--country russa" are one filter, "--person Lavrov" is Sergej Lavrov.
//
// Every comparison is made in the key fold the ids were written with
// (facets/key_fold.h), so "Łódź" finds "lodz@PL". Resolution, first step that answers
// wins:
//   1. the canonical id or code itself ("RU", "ru", "Sergej Lavrov"), if indexed;
//   2. a lexicon of names, demonyms and aliases (FacetLexicon);
//   3. the database's own values: the ids whose words contain the value's words
//      ("lavrov" -> "sergei lavrov"; person names compared in person_key form, so
//      "Sergej" finds "sergei").
// Several candidates at one step are an AmbiguousValueError that lists them.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "error.h"
#include "search/facet.h"

namespace segugio::search {

// A value that could mean several things. what() lists them.
class AmbiguousValueError : public InputError {
 public:
  AmbiguousValueError(Facet facet, std::string value, std::vector<FacetValue> candidates);
  const std::vector<FacetValue>& candidates() const { return candidates_; }

 private:
  std::vector<FacetValue> candidates_;
};

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

class FacetResolver {
 public:
  virtual ~FacetResolver() = default;
  // The canonical ids VALUE stands for: one id, or none when nothing matches (the
  // filter then matches no article). Throws AmbiguousValueError.
  virtual std::vector<std::string> resolve(Facet facet, std::string_view value) const = 0;
};

// Resolves against one database, with an optional lexicon for step 2.
class DatabaseFacetResolver : public FacetResolver {
 public:
  DatabaseFacetResolver(Xapian::Database db, std::shared_ptr<const FacetLexicon> lexicon);
  std::vector<std::string> resolve(Facet facet, std::string_view value) const override;

 private:
  Xapian::Database db_;
  std::shared_ptr<const FacetLexicon> lexicon_;
};

// Every indexed value of FACET, with counts, most frequent first (ties by id); with a
// non-empty PREFIX only the values one of whose words starts with it ("Lav" ->
// "sergej lavrov"). LIMIT 0 means all.
std::vector<FacetValue> browse_facet(const Xapian::Database& db, Facet facet,
                                     std::string_view prefix, std::size_t limit);

}  // namespace segugio::search
