#pragma once
// The entity extractor plugged into document building: the article's persons,
// countries, organisations and places, which the DocumentBuilder stores.
#include <memory>

#include "entities/extractor.h"
#include "index/document_builder.h"

namespace segugio::index {

class ExtractorAnnotator : public EntityAnnotator {
 public:
  // The extractor is shared (its extract() is const and thread-safe).
  explicit ExtractorAnnotator(std::shared_ptr<const entities::Extractor> extractor);

  // Extracts from the title and the body read as one text (title, line feed, body), from
  // the analyses the document builder made of them (no second tokenization), so
  // that a surname in the body resolves to the full name in the title; offsets in the
  // stored evidence count from the start of the title.
  entities::Extraction annotate(const Article& article, const analysis::Reading& title,
                                const analysis::Reading& body) override;

 private:
  std::shared_ptr<const entities::Extractor> extractor_;
  std::string text_;  // reused buffer: title + "\n" + body
};

}  // namespace segugio::index
