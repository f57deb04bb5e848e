// From the passes' spans to mentions and per-facet entities with their evidence.
#include <algorithm>
#include <map>

#include "entities/extract_state.h"

namespace segugio::entities::detail {
namespace {

void add_evidence(Entity& e, Evidence ev) {
  if (std::find(e.evidence.begin(), e.evidence.end(), ev) == e.evidence.end()) e.evidence.push_back(ev);
}

}  // namespace

Extraction assemble(const State& state) {
  Extraction out;
  std::vector<const Found*> spans;
  for (const auto& f : state.found) {
    if (!f.removed) spans.push_back(&f);
  }
  std::sort(spans.begin(), spans.end(), [](const Found* a, const Found* b) { return a->first < b->first; });
  std::map<std::pair<Facet, std::string>, std::size_t> index;
  auto entity = [&](Facet facet, const std::string& id, const std::string& name, std::size_t offset) -> Entity& {
    auto [it, inserted] = index.try_emplace({facet, id}, out.entities.size());
    if (inserted) {
      Entity e;
      e.facet = facet;
      e.id = id;
      e.name = name;
      e.first_offset = offset;
      out.entities.push_back(std::move(e));
    }
    return out.entities[it->second];
  };
  for (const Found* f : spans) {
    const ScanToken& a = state.tokens[f->first];
    const ScanToken& b = state.tokens[f->last - 1];
    Mention m;
    m.begin = a.begin;
    m.end = b.end;
    m.cp_begin = a.cp_begin;
    m.cp_end = b.cp_end;
    m.text = std::string(state.text.substr(m.begin, m.end - m.begin));
    m.type = f->type;
    m.ner = f->ner;
    m.facet = f->facet;
    m.id = f->id;
    m.country = f->country;
    m.evidence = f->evidence;
    if (f->evidence == Evidence::demonym && !state.options.demonym_countries) m.country.clear();
    if (f->facet == Facet::place && !state.options.place_countries) m.country.clear();
    if (!f->id.empty() && !(f->facet == Facet::country && m.country.empty())) {
      Entity& e = entity(f->facet, f->id, f->name, m.begin);
      ++e.mentions;
      if (f->facet == Facet::place) e.country = f->country;
      add_evidence(e, f->evidence);
      // The fullest form names a person (Vladimir Putin over Putin).
      if (f->facet == Facet::person && f->name.size() > e.name.size()) e.name = f->name;
    }
    if (!m.country.empty() && f->facet != Facet::country) {
      Entity& c = entity(Facet::country, m.country, state.gaz.country_name(m.country), m.begin);
      ++c.mentions;
      add_evidence(c, f->country_evidence);
    }
    out.mentions.push_back(std::move(m));
  }
  if (!state.options.demonym_only_countries) {
    std::erase_if(out.entities, [](const Entity& e) {
      return e.facet == Facet::country && e.evidence.size() == 1 && e.evidence[0] == Evidence::demonym;
    });
  }
  std::stable_sort(out.entities.begin(), out.entities.end(), [](const Entity& x, const Entity& y) {
    if (x.facet != y.facet) return x.facet < y.facet;
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return x.first_offset < y.first_offset;
  });
  return out;
}

}  // namespace segugio::entities::detail
