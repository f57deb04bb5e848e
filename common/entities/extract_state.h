#pragma once
// Internal to the extractor: the working state shared by its passes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity.h"
#include "entities/extractor.h"
#include "entities/gazetteer.h"
#include "entities/scanner.h"

namespace segugio::entities::detail {

// A span of tokens [first, last) recognised by one of the passes.
struct Found {
  std::size_t first = 0, last = 0;
  NerType type = NerType::LOC;
  bool ner = true;
  Facet facet = Facet::place;
  std::string id;       // empty: a generic mention with no facet value
  std::string name;     // display name
  std::string country;
  Evidence evidence = Evidence::name;
  Evidence country_evidence = Evidence::place;  // how `country` was found
  bool removed = false;
};

struct State {
  std::string_view text;
  const Gazetteer& gaz;
  const ExtractorOptions& options;
  std::vector<ScanToken> tokens;
  std::vector<int> owner;  // per token: index into found, or -1
  std::vector<Found> found;

  bool is_free(std::size_t i) const { return owner[i] < 0; }
  const Found* owned_by(std::size_t i) const { return owner[i] < 0 ? nullptr : &found[static_cast<std::size_t>(owner[i])]; }
  // Adds f, taking its tokens from whatever owned them before.
  void add(Found f);
  // The tokens' text from first to last, words separated by single spaces.
  std::string words(std::size_t first, std::size_t last) const;
};

// The passes, in the order Extractor::extract runs them.
void match_lexicons(State& state);       // lexicon_match.cpp
void read_capital_text(State& state);    // capitals.cpp
void match_place_cues(State& state);     // places.cpp
void match_org_cues(State& state);       // organisations.cpp
void match_comune_short_names(State& state);  // places_context.cpp
void match_named_things(State& state);   // named_things.cpp
void match_persons(State& state);        // persons.cpp
void match_initials(State& state);       // initials.cpp
void resolve_coreference(State& state);  // persons.cpp
void match_person_lists(State& state);   // persons.cpp
void match_unknown_places(State& state); // places.cpp
void extend_administrative_places(State& state);  // places.cpp
void extend_directional_places(State& state);     // places.cpp
void match_place_lists(State& state);    // places.cpp
void match_acronyms(State& state);       // organisations.cpp
void drop_non_bodies(State& state);      // bodies.cpp
void mark_institutional_demonyms(State& state);  // demonyms.cpp
void propagate_mentions(State& state);   // propagate.cpp
void resolve_place_readings(State& state);    // places_context.cpp
void canonical_person_ids(State& state);  // person_identity.cpp
// The canonical form of a person id (person_identity.cpp).
std::string canonical_person_id(const Gazetteer& gaz, const std::string& id);
Extraction assemble(const State& state); // assemble.cpp

}  // namespace segugio::entities::detail
