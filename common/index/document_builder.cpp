#include "index/document_builder.h"

#include <nlohmann/json.hpp>

#include "entities/entity_json.h"
#include "facets/key_fold.h"
#include "index/facet_writer.h"
#include "index/sort_keys.h"
#include "index/terms.h"
#include "schema.h"

namespace segugio::index {
namespace {

nlohmann::json stored_json(const Article& article) {
  nlohmann::json data = nlohmann::json::object();
  data["id"] = article.id;
  if (!article.title.empty()) data["title"] = article.title;
  if (!article.date.empty()) {
    data["date"] = article.date.substr(0, 4) + "-" + article.date.substr(4, 2) + "-" + article.date.substr(6, 2);
  }
  if (!article.url.empty()) data["url"] = article.url;
  if (!article.source.empty()) data["source"] = article.source;
  if (!article.text.empty()) data["text"] = article.text;
  return data;
}

}  // namespace

DocumentBuilder::DocumentBuilder(analysis::Analyzer& analyzer, EntityAnnotator* entities)
    : analyzer_(analyzer), entities_(entities) {}

void DocumentBuilder::add_token_terms(const analysis::Token& token, Xapian::termpos first_position, bool title,
                                      Xapian::Document& document) {
  const std::string_view title_prefix = schema::kPrefixTitle;
  const std::string_view stem_prefix = schema::kPrefixStem;
  const std::string_view title_stem_prefix = schema::kPrefixTitleStem;
  if (token.term.empty() || token.term.size() > kMaxWordBytes) return;
  const Xapian::termpos position = first_position + token.position;
  document.add_posting(token.term, position);
  if (title) {
    term_.assign(title_prefix).append(token.term);
    document.add_posting(term_, position);
  }
  if (token.stopword) return;
  // The stem, and the stem of the accent-free spelling when it differs, so that an
  // accent typed or left out in a query never changes what matches.
  for (const std::string* stem : {&token.stem, &token.stem_alt}) {
    if (stem->empty() || stem->size() > kMaxWordBytes) continue;
    term_.assign(stem_prefix).append(*stem);
    document.add_term(term_);
    if (title) {
      term_.assign(title_stem_prefix).append(*stem);
      document.add_term(term_);
    }
  }
}

Xapian::Document DocumentBuilder::build(const Article& article) {
  Xapian::Document document;
  // The entity extractor reads the same analyses (their Reading) when there is one.
  analysis::Reading title;
  analysis::Reading body;
  analysis::Reading* title_reading = entities_ ? &title : nullptr;
  analysis::Reading* body_reading = entities_ ? &body : nullptr;
  if (!article.title.empty()) {
    analyzer_.analyze(
        article.title, [&](const analysis::Token& token) { add_token_terms(token, 1, true, document); }, title_reading);
  }
  if (!article.text.empty()) {
    analyzer_.analyze(
        article.text,
        [&](const analysis::Token& token) { add_token_terms(token, schema::kBodyFirstPosition, false, document); },
        body_reading);
  }

  document.add_boolean_term(id_term(article.id));
  if (!article.date.empty()) document.add_value(schema::kSlotDate, article.date);
  document.add_value(schema::kSlotId, article.id);
  document.add_value(schema::kSlotDateOrder, date_order_key(article.date, article.id));

  FacetWriter values(document);
  if (!article.source.empty())
    values.add(facets::Facet::source, facets::fold_id(facets::Facet::source, article.source), article.source);
  nlohmann::json entities_json;
  if (entities_) {
    entities::Extraction extraction = entities_->annotate(article, title, body);
    title = {};
    body = {};
    add_entities(extraction.entities, values);
    entities_json = entities::entities_to_json(extraction);
  }
  // The stored data copies the text twice (the JSON value, its dump) and Xapian copies
  // the dump: the first two go as soon as the third is made.
  {
    nlohmann::json data = stored_json(article);
    if (entities_) data["entities"] = std::move(entities_json);
    document.set_data(data.dump());
  }
  return document;
}

std::string stored_data(const Article& article) { return stored_json(article).dump(); }

}  // namespace segugio::index
