#include "index/entity_annotator.h"

#include <array>

namespace segugio::index {
namespace {

constexpr std::size_t kKeptBufferBytes = 1 << 20;

}  // namespace

ExtractorAnnotator::ExtractorAnnotator(std::shared_ptr<const entities::Extractor> extractor)
    : extractor_(std::move(extractor)) {}

entities::Extraction ExtractorAnnotator::annotate(const Article& article, const analysis::Reading& title,
                                                  const analysis::Reading& body) {
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
  const std::array parts{entities::AnalyzedPart{0, nullptr, &title}, entities::AnalyzedPart{body_offset, nullptr, &body}};
  entities::Extraction extraction = extractor_->extract(text_, parts);
  // The buffer is kept for the next article, unless this one was long.
  if (text_.capacity() > kKeptBufferBytes) std::string().swap(text_);
  return extraction;
}

}  // namespace segugio::index
