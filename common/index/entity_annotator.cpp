#include "index/entity_annotator.h"

#include <nlohmann/json.hpp>

#include "entities/document.h"

namespace segugio::index {

ExtractorAnnotator::ExtractorAnnotator(std::shared_ptr<const entities::Extractor> extractor)
    : extractor_(std::move(extractor)) {}

void ExtractorAnnotator::annotate(const Article& article, const analysis::Analysis&, const analysis::Analysis&,
                                  Xapian::Document& document, nlohmann::json& stored_entities) {
  text_.clear();
  if (!article.title.empty()) {
    text_ += article.title;
    text_ += '\n';
  }
  text_ += article.text;
  entities::Extraction extraction = extractor_->extract(text_);
  entities::add_entities_to_document(extraction, document);
  stored_entities = entities::entities_to_json(extraction);
}

}  // namespace segugio::index
