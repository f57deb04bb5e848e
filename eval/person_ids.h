#pragma once
// How well person ids hold together, against gold PER mentions (segugio-eval-ner
// --person-ids):
//  * in one article, a gold person (its longest mention and every mention whose words it
//    contains: "Putin" of "Vladimir Putin") whose mentions the extractor gives two or more
//    ids;
//  * across articles, a person (gold longest mentions with the same folded letters, spaces
//    aside: "Gian Carlo Muzzarelli" = "Giancarlo Muzzarelli") that gets two or more ids.
// A gold mention's id is the id of the predicted person mention with the same span, or
// else of one overlapping it; mentions with no predicted id are left out.
#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "entities/entity.h"
#include "entities/ner_scoring.h"

namespace segugio::eval {

class PersonIdCounter {
 public:
  void add(const entities::GoldDocument& gold, const entities::Extraction& predicted);
  std::size_t split_in_article() const { return split_in_article_; }
  std::size_t persons_in_articles() const { return persons_in_articles_; }
  // People (across articles) with two or more ids, and all people with an id.
  std::size_t split_across_articles() const;
  std::size_t people() const { return ids_.size(); }
  // The people with two or more ids, "name: id | id", one per line.
  std::string split_people() const;

 private:
  std::size_t split_in_article_ = 0, persons_in_articles_ = 0;
  std::map<std::string, std::set<std::string>> ids_;  // person key -> ids seen
  std::map<std::string, std::string> names_;
};

}  // namespace segugio::eval
