#include "index/entity_annotator.h"

#include <array>

namespace segugio::index {

ExtractorAnnotator::ExtractorAnnotator(std::shared_ptr<const entities::Extractor> extractor)
    : extractor_(std::move(extractor)) {}

entities::Extraction ExtractorAnnotator::annotate(const Article& article, const analysis::Analysis& title,
                                                  const analysis::Analysis& body) {
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
  return extractor_->extract(text_, parts);
}

}  // namespace segugio::index
