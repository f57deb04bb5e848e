#include "analysis/word_lists.h"

#include "analysis/fold.h"
#include "resources.h"

namespace segugio::analysis {
namespace {

WordSet load(std::string_view resource) {
  WordSet set;
  for (std::string_view line : embedded_lines(resource)) set.insert(fold(line));
  return set;
}

}  // namespace

const WordSet& italian_stopwords() {
  static const WordSet set = load("stopwords-it.txt");
  return set;
}

const WordSet& italian_vocabulary() {
  static const WordSet set = [] {
    WordSet words = load("stemmer/italian-voc.txt");
    for (std::string_view line : embedded_lines("stopwords-it.txt")) words.insert(fold(line));
    return words;
  }();
  return set;
}

}  // namespace segugio::analysis
