#include "search/entity_lexicon.h"

#include "entities/scanner.h"

namespace segugio::search {

EntityLexicon::EntityLexicon(std::shared_ptr<const entities::Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)) {}

std::vector<std::string> EntityLexicon::lookup(Facet facet, std::string_view value) const {
  std::vector<entities::ScanToken> tokens;
  for (entities::ScanToken& token : entities::scan(value))
    if (token.kind != entities::ScanToken::Kind::punct || token.text == "-") tokens.push_back(std::move(token));
  if (tokens.empty()) return {};
  const entities::LexEntry* entry = gazetteer_->phrase(entities::phrase_key(tokens, 0, tokens.size()));
  if (!entry) return {};
  using entities::LexKind;
  switch (facet) {
    case Facet::country:
      if (entry->kind == LexKind::country) return {entry->id};
      if (entry->kind == LexKind::demonym && !entry->country.empty()) return {entry->country};
      return {};
    case Facet::organisation:
      if (entry->kind == LexKind::organisation || entry->kind == LexKind::generic_org) return {entry->id};
      return {};
    case Facet::place:
      if (entry->kind == LexKind::place) return {entry->id};
      return {};
    case Facet::person:
      if (entry->kind == LexKind::person) return {entry->id};
      return {};
    case Facet::source:
      return {};
  }
  return {};
}

}  // namespace segugio::search
