// The --explain-entities output: what the extractor found and why.
#include <sstream>

#include "entities/extractor.h"

namespace segugio::entities {

std::string explain_entities(const Extraction& extraction) {
  std::ostringstream out;
  out << "mentions (" << extraction.mentions.size() << "):\n";
  for (const auto& m : extraction.mentions) {
    out << "  [" << m.cp_begin << "," << m.cp_end << ") bytes [" << m.begin << "," << m.end << ")  " << m.text << "  "
        << (m.ner ? to_string(m.type) : std::string_view("-")) << "  " << to_string(m.facet) << ":"
        << (m.id.empty() ? std::string("(none)") : m.id);
    if (!m.country.empty() && m.facet != Facet::country) out << "  country:" << m.country;
    out << "  (" << to_string(m.evidence) << ")\n";
  }
  for (Facet facet : kEntityFacets) {
    auto values = extraction.of(facet);
    out << to_string(facet) << " (" << values.size() << "):\n";
    for (const Entity* e : values) {
      out << "  " << e->id << "  \"" << e->name << "\"";
      if (!e->country.empty()) out << " (" << e->country << ")";
      out << "  mentions=" << e->mentions << " first=" << e->first_offset << " evidence=";
      for (std::size_t i = 0; i < e->evidence.size(); ++i) out << (i ? "," : "") << to_string(e->evidence[i]);
      out << "\n";
    }
  }
  return out.str();
}

std::string explain_entities(std::string_view text, const Extractor& extractor) {
  return explain_entities(extractor.extract(text));
}

}  // namespace segugio::entities
