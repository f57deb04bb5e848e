#include "index/entity_annotator.h"

namespace segugio::index {

ExtractorAnnotator::ExtractorAnnotator(std::shared_ptr<const entities::Extractor> extractor)
    : extractor_(std::move(extractor)) {}

entities::Extraction ExtractorAnnotator::annotate(const Article& article, const analysis::Analysis&,
                                                  const analysis::Analysis&) {
  text_.clear();
  if (!article.title.empty()) {
    text_ += article.title;
    text_ += '\n';
  }
  text_ += article.text;
  return extractor_->extract(text_);
}

}  // namespace segugio::index
