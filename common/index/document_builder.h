#pragma once
// Analysis (and, once plugged in, entity extraction) of one Article -> one
// Xapian::Document: the terms, values and stored data that schema.h describes.
//
// Text terms, for each token of the analyzer:
//   - the unprefixed term at its position (title words from 1, body words from
//     schema::kBodyFirstPosition), stop words included so that phrases match across them;
//   - "Z" + stem, without position, unless the token is a stop word or has no stem,
//     and "Z" + stem_alt when the analyzer gives one (the accent-free word's stem);
//   - for title tokens also "S" + term (positional) and "ZS" + stem (and stem_alt).
// Boolean terms: "Q" + id, "XSRC" + source, "Y"/"M"/"D" + date. Values: slot 0 date
// "YYYYMMDD", slot 1 source. Data: JSON {"id","title","date","url","source","text"}
// plus "entities" when an EntityAnnotator is given.
#include <string>

#include <nlohmann/json_fwd.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"
#include "index/article.h"

namespace segugio::index {

// The place where entity extraction plugs into indexing (entity extraction is its own
// piece of work). An implementation adds the facet terms and values of schema.h to
// `document` and fills `stored_entities` (set as the "entities" member of the stored
// data when it is not null). One instance per analysis thread, like the Analyzer.
// The writer records how many facet slots are in use ("segugio.slots.<facet>") from the
// documents' values, so an annotator only fills the slots.
class EntityAnnotator {
 public:
  virtual ~EntityAnnotator() = default;
  virtual void annotate(const Article& article, const analysis::Analysis& title, const analysis::Analysis& body,
                        Xapian::Document& document, nlohmann::json& stored_entities) = 0;
};

class DocumentBuilder {
 public:
  // Both are borrowed and must outlive the builder; `entities` may be null (no entity
  // terms, no "entities" in the stored data).
  explicit DocumentBuilder(analysis::Analyzer& analyzer, EntityAnnotator* entities = nullptr);

  // Not thread-safe (the Analyzer is not): one builder per thread.
  Xapian::Document build(const Article& article);

 private:
  void add_text_terms(const analysis::Analysis& analysis, Xapian::termpos first_position, bool title,
                      Xapian::Document& document);

  analysis::Analyzer& analyzer_;
  EntityAnnotator* entities_;
  std::string term_;  // reused buffer for prefixed terms
};

// The stored data of an article (the JSON object above, without "entities").
std::string stored_data(const Article& article);

}  // namespace segugio::index
