#pragma once
// Analysis and entity extraction of one Article -> one Xapian::Document: the terms,
// values and stored data that schema.h describes.
//
// Text terms, for each token of the analyzer:
//   - the unprefixed term at its position (title words from 1, body words from
//     schema::kBodyFirstPosition), stop words included so that phrases match across them;
//   - "Z" + stem, without position, unless the token is a stop word or has no stem,
//     and "Z" + stem_alt when the analyzer gives one (the accent-free word's stem);
//   - for title tokens also "S" + term (positional) and "ZS" + stem (and stem_alt).
// Boolean terms: "Q" + id. Value: slot 0 date "YYYYMMDD". Facet values (the source and,
// when an EntityAnnotator is given, its entities) through FacetWriter: filter term,
// display-name term and counting slot each. Data: JSON {"id","title","date","url",
// "source","text"} plus "entities" when an EntityAnnotator is given.
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "entities/entity.h"
#include "index/article.h"

namespace segugio::index {

// The place where entity extraction plugs into indexing. An implementation finds the
// article's entities; the builder turns them into facet terms and values (FacetWriter)
// and the "entities" member of the stored data. One instance per analysis thread, like
// the Analyzer.
class EntityAnnotator {
 public:
  virtual ~EntityAnnotator() = default;
  // `title` and `body` are what the entity extractor reads of the analyses the terms
  // came from (analysis::Reading: offsets and glue marks, without terms).
  virtual entities::Extraction annotate(const Article& article, const analysis::Reading& title,
                                        const analysis::Reading& body) = 0;
};

class DocumentBuilder {
 public:
  // Both are borrowed and must outlive the builder; `entities` may be null (no entity
  // terms, no "entities" in the stored data).
  explicit DocumentBuilder(analysis::Analyzer& analyzer, EntityAnnotator* entities = nullptr);

  // Not thread-safe (the Analyzer is not): one builder per thread.
  Xapian::Document build(const Article& article);

 private:
  // The terms of one token (see above); the analyzer hands the tokens over one by one,
  // so that a long text's tokens are never all held at once.
  void add_token_terms(const analysis::Token& token, Xapian::termpos first_position, bool title,
                       Xapian::Document& document);

  analysis::Analyzer& analyzer_;
  EntityAnnotator* entities_;
  std::string term_;  // reused buffer for prefixed terms
};

// The stored data of an article (the JSON object above, without "entities").
std::string stored_data(const Article& article);

}  // namespace segugio::index
