#pragma once
// Entity extraction (PRODUCT.md section 3): persons, countries, organisations and
// places of one article, with the mentions that support them.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity.h"
#include "entities/gazetteer.h"
#include "entities/scanner.h"

namespace segugio::entities {

struct ExtractorOptions {
  // Unknown all-capital words (ATAC, LTK) become organisations.
  bool acronym_organisations = true;
  // A lone capitalised word that the surname lexicon knows, mid-sentence, is a person.
  bool lone_surnames = false;
  // A lone capitalised word, mid-sentence, that a name lexicon knows and the Italian
  // vocabulary does not (Boruc, Sturridge, Loredana), is a person, unless a preposition of
  // place comes before it.
  bool lone_known_names = true;
  // A lone given name the given-name lexicon knows, mid-sentence, is a person.
  bool lone_given_names = false;
  // Demonyms and country adjectives (russo, nordcoreano) add their country.
  bool demonym_countries = true;
  // ... even when nothing else in the article names that country or one of its places.
  // Off by default: an adjective alone ("cucina francese", "in inglese", "il presidente
  // russo") is weak evidence; on the dev set 307 of 319 demonym-only countries were not
  // named by any gold mention. The demonym stays as evidence of a named country.
  bool demonym_only_countries = false;
  // Places add their country (Mosca -> RU).
  bool place_countries = true;
};

// Cheap to construct once the shared Gazetteer is loaded; extract() is const and
// thread-safe, so one Extractor may serve every thread.
class Extractor {
 public:
  explicit Extractor(ExtractorOptions options = {}, std::shared_ptr<const Gazetteer> gazetteer = Gazetteer::shared());

  // Never throws on any input: invalid UTF-8 is skipped.
  // Reads `text` as analysed by `parts` (see scanner.h): the analysis the index uses.
  Extraction extract(std::string_view text, std::span<const AnalyzedPart> parts) const;
  // Analyses `text` first, as the indexer does (one Analyzer per thread).
  Extraction extract(std::string_view text) const;

  const ExtractorOptions& options() const { return options_; }

 private:
  Extraction run(std::string_view text, std::vector<ScanToken> tokens) const;

  ExtractorOptions options_;
  std::shared_ptr<const Gazetteer> gazetteer_;
};

// A human-readable account of what extract() found in text: each mention with its span
// (code points and bytes), type, how it was found and the canonical id it resolves to,
// then the entities per facet. For --explain-entities.
std::string explain_entities(const Extraction& extraction);
std::string explain_entities(std::string_view text, const Extractor& extractor = Extractor());

}  // namespace segugio::entities
