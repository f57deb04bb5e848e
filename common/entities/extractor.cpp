#include "entities/extractor.h"

#include "entities/extract_state.h"

namespace segugio::entities {
namespace detail {

void State::add(Found f) {
  const int index = static_cast<int>(found.size());
  for (std::size_t k = f.first; k < f.last; ++k) {
    if (owner[k] >= 0) {
      Found& old = found[static_cast<std::size_t>(owner[k])];
      old.removed = true;
      for (std::size_t m = old.first; m < old.last; ++m) {
        if (owner[m] == owner[k] && (m < f.first || m >= f.last)) owner[m] = -1;
      }
    }
    owner[k] = index;
  }
  found.push_back(std::move(f));
}

std::string State::words(std::size_t first, std::size_t last) const {
  std::string out;
  for (std::size_t k = first; k < last; ++k) {
    const ScanToken& t = tokens[k];
    if (t.kind == ScanToken::Kind::punct && t.text != "." && t.text != "&" && t.text != "!") continue;
    if (!out.empty() && k > first && t.kind != ScanToken::Kind::punct && !tokens[k - 1].elided) out += ' ';
    out += t.text;
  }
  return out;
}

}  // namespace detail

Extractor::Extractor(ExtractorOptions options, std::shared_ptr<const Gazetteer> gazetteer)
    : options_(options), gazetteer_(std::move(gazetteer)) {}

Extraction Extractor::extract(std::string_view text) const { return run(text, scan(text)); }

Extraction Extractor::extract(std::string_view text, std::span<const AnalyzedPart> parts) const {
  return run(text, scan(text, parts));
}

Extraction Extractor::run(std::string_view text, std::vector<ScanToken> tokens) const {
  detail::State state{text, *gazetteer_, options_, std::move(tokens), {}, {}};
  // The order of the passes matters: lexicons before cue words (Consiglio di Sicurezza
  // is known, Consiglio comunale di Modena is not); persons last, so that a name never
  // takes a word a lexicon knows, except a place after a given name.
  mark_sentence_starts(state.tokens);
  state.owner.assign(state.tokens.size(), -1);
  detail::match_lexicons(state);
  detail::read_capital_text(state);
  detail::match_place_cues(state);
  detail::match_org_cues(state);
  detail::match_comune_short_names(state);
  detail::match_named_things(state);
  detail::match_persons(state);
  detail::match_initials(state);
  detail::match_person_lists(state);
  detail::resolve_coreference(state);
  detail::match_person_lists(state);
  detail::match_unknown_places(state);
  detail::match_place_lists(state);
  detail::match_acronyms(state);
  detail::extend_administrative_places(state);
  detail::extend_directional_places(state);
  detail::drop_non_bodies(state);
  detail::mark_institutional_demonyms(state);
  detail::propagate_mentions(state);
  detail::resolve_place_readings(state);
  detail::canonical_person_ids(state);
  return detail::assemble(state);
}

}  // namespace segugio::entities
