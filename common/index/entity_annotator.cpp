#include "index/entity_annotator.h"

#include <array>

#include <nlohmann/json.hpp>

#include "entities/document.h"

namespace segugio::index {

ExtractorAnnotator::ExtractorAnnotator(std::shared_ptr<const entities::Extractor> extractor)
    : extractor_(std::move(extractor)) {}

void ExtractorAnnotator::annotate(const Article& article, const analysis::Analysis& title,
                                  const analysis::Analysis& body, Xapian::Document& document,
                                  nlohmann::json& stored_entities) {
  text_.clear();
  std::size_t body_offset = 0;
  if (!article.title.empty()) {
    text_ += article.title;
    text_ += '\n';
    body_offset = text_.size();
  }
  text_ += article.text;
  // The extractor reads the analyses the document's terms came from; the text is only
  // joined so that offsets count from the start of the title.
  const std::array parts{entities::AnalyzedPart{0, &title}, entities::AnalyzedPart{body_offset, &body}};
  entities::Extraction extraction = extractor_->extract(text_, parts);
  entities::add_entities_to_document(extraction, document);
  stored_entities = entities::entities_to_json(extraction);
}

}  // namespace segugio::index
