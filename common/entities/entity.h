#pragma once
// What entity extraction produces: mentions (spans of the text) and the entities they
// resolve to (one per facet value, with the evidence that put it there).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "facets/facet.h"

namespace segugio::entities {

// The four facets of PRODUCT.md section 3 (the facets module defines them).
using facets::Facet;
using facets::kEntityFacets;

// The named-entity type of a span, as NER gold files use them (countries and places
// are LOC; governments, companies, parties, institutions are ORG).
enum class NerType : std::uint8_t { PER, LOC, ORG };

// How a mention was found; kept with every entity so a user can see why an article
// is tagged.
enum class Evidence : std::uint8_t {
  name,          // a country, place or organisation name from a lexicon
  alias,         // an alias or acronym folded to a canonical name (ONU -> Nazioni Unite)
  demonym,       // a country adjective or demonym (russo, nordcoreano)
  place,         // a place resolved to its country (Mosca -> RU)
  given_name,    // a capitalised sequence starting with a known given name
  role,          // a title or role before the name (il presidente russo ...)
  capitalised,   // a sequence of capitalised words that are not common Italian words
  coreference,   // a partial name resolved to a full name found in the same article
  org_cue,       // an organisation cue word (Partito, Università, Ministero ...)
  acronym,       // an unknown all-capitals word taken as an organisation
  generic,       // a common noun naming an institution (il governo, la polizia)
};

std::string_view to_string(NerType type);
std::string_view to_string(Evidence evidence);

struct Mention {
  std::size_t begin = 0;     // byte offsets into the text
  std::size_t end = 0;
  std::size_t cp_begin = 0;  // the same span in Unicode code points
  std::size_t cp_end = 0;
  std::string text;          // the span as written
  NerType type = NerType::LOC;
  // A named-entity span. Demonyms (russo) are not: they only add a country.
  bool ner = true;
  Facet facet = Facet::place;
  std::string id;            // canonical id of the facet value; empty: no facet value
  std::string country;       // ISO 3166-1 alpha-2 this mention adds, if any
  Evidence evidence = Evidence::name;
};

struct Entity {
  Facet facet = Facet::person;
  std::string id;            // canonical id: the term after the facet's prefix
  std::string name;          // display name
  std::string country;       // places: ISO 3166-1 alpha-2 (may be empty for seas, continents)
  std::uint32_t mentions = 0;
  std::size_t first_offset = 0;  // byte offset of the first mention
  std::vector<Evidence> evidence;  // distinct, in order of first use
};

struct Extraction {
  std::vector<Mention> mentions;  // in text order
  // Grouped by facet (in the order of facets::kEntityFacets), each most mentioned
  // first, then by first offset.
  std::vector<Entity> entities;

  std::vector<const Entity*> of(Facet facet) const;
};

}  // namespace segugio::entities
