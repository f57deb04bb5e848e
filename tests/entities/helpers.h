#pragma once
// Compact views of an extraction for assertions.
#include <algorithm>
#include <string>
#include <vector>

#include "entities/extractor.h"
#include "entities/fold.h"

namespace segugio::entities::test {

inline const Extractor& extractor() {
  static const Extractor instance;
  return instance;
}

// The ids of a facet's values, in the extraction's order.
inline std::vector<std::string> ids(const Extraction& x, Facet facet) {
  std::vector<std::string> out;
  for (const Entity* e : x.of(facet)) out.push_back(e->id);
  return out;
}

inline std::vector<std::string> names(const Extraction& x, Facet facet) {
  std::vector<std::string> out;
  for (const Entity* e : x.of(facet)) out.push_back(e->name);
  return out;
}

inline bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

inline const Entity* find(const Extraction& x, Facet facet, const std::string& id) {
  for (const Entity* e : x.of(facet)) {
    if (e->id == id) return e;
  }
  return nullptr;
}

// "text/TYPE" for every named-entity mention: "Vladimir Putin/PER".
inline std::vector<std::string> spans(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& m : x.mentions) {
    if (m.ner) out.push_back(m.text + "/" + std::string(to_string(m.type)));
  }
  return out;
}

}  // namespace segugio::entities::test
