#pragma once
// Every lexicon the extractor uses, loaded once from the data embedded in the library
// (corpora/lexicons/, plus ICU's CLDR country names) into hash maps, and shared
// read-only by all extractors and threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/entity.h"
#include "analysis/word_lists.h"
#include "entities/scanner.h"

namespace segugio::entities {

enum class LexKind : std::uint8_t { country, place, organisation, generic_org, demonym, person };

struct LexEntry {
  LexKind kind = LexKind::place;
  std::string id;        // canonical id (country: ISO code; place: "name@CC"; org: folded name)
  std::string display;   // display name
  std::string country;   // ISO code the entry adds to the country facet, if any
  bool caps_only = false;  // an acronym: matches only when written in capitals (ONU, USA)
  bool lower_ok = false;   // may match an uncapitalised word (demonyms, "governo")
  bool alias = false;      // an alias of the display name, not the name itself
  // One word that is also a common word or a given name ("Ora", "Vita", "Marino"):
  // taken only mid-sentence, and never inside a person's name.
  bool ambiguous = false;
  // One word that is also a known surname ("Bianchi", "Mango", "Colombo", comuni of
  // Italy): taken only after a preposition of place ("a Colombo", "di Bianchi").
  bool surname_like = false;
  // A foreign place whose name is also an Italian comune (Castelnuovo: Herceg Novi in
  // Montenegro, and a comune): the comune's id, for context to choose (places_context.cpp).
  std::string italian_id = {};
  // An Italian comune whose one-word name is also an Italian word ("Segni", "Medicina",
  // "Minori"): taken only after a preposition of place.
  bool common_town = false;
};

// The key of tokens [first, last): their fold_key()s joined by spaces, without a space
// after an elision ("stati uniti d'america").
std::string phrase_key(const std::vector<ScanToken>& tokens, std::size_t first, std::size_t last);

class Gazetteer {
 public:
  // Loads every lexicon; throws ResourceError if one is missing from the build.
  Gazetteer();
  // The process-wide instance, loaded on first use (thread-safe) and never freed.
  static std::shared_ptr<const Gazetteer> shared();

  const LexEntry* phrase(const std::string& key) const;
  std::size_t max_phrase_tokens() const { return max_phrase_tokens_; }
  // Some lexicon phrase may start with this uncapitalised word.
  bool lower_starter(const std::string& key) const { return lower_starters_.count(key) != 0; }

  bool given_name(const std::string& key) const { return given_.count(key) != 0; }
  bool surname(const std::string& key) const { return surnames_.count(key) != 0; }
  // An Italian word (Snowball's vocabulary and stop words) that is not a known name.
  // The word lists are the analyzer's (analysis/word_lists.h), loaded once for both.
  // The vocabulary was drawn from running text and holds some names (kim, roma): a word
  // that a name lexicon knows is not taken as a common word.
  bool common_word(const std::string& key) const {
    return stopword(key) || (italian_word(key) && !given_.count(key) && !surnames_.count(key));
  }
  bool stopword(const std::string& key) const { return stopwords_->contains(key); }
  // Any word of the Italian vocabulary or stop word, names included ("secondo", "roma").
  bool italian_word(const std::string& key) const { return vocabulary_->contains(key); }
  // A title or role that announces a name; key of one or two words ("primo ministro").
  bool role(const std::string& key) const { return roles_.count(key) != 0; }
  // A word that starts an organisation name (Partito, Università, Ministero ...).
  bool org_cue(const std::string& key) const { return org_cues_.count(key) != 0; }
  // A word that ends an organisation name (United, FC, Spa, Airlines ...).
  bool org_suffix(const std::string& key) const { return org_suffixes_.count(key) != 0; }
  // Lower-case particles inside names (di, da, van, von, bin ...).
  bool name_particle(const std::string& key) const { return particles_.count(key) != 0; }
  // All-capital words that are not organisations (TV, PIL, OK, roman numerals ...).
  bool not_acronym(const std::string& key) const { return not_acronyms_.count(key) != 0; }

  // The short name of Italian comuni named in two parts ("Finale" of Finale Emilia,
  // "Novi" of Novi di Modena, "San Felice" of San Felice sul Panaro): the id it stands
  // for ("finale@IT"), or nullptr. Local news writes the short form.
  const std::string* comune_short(const std::string& key) const {
    auto it = comune_short_.find(key);
    return it == comune_short_.end() ? nullptr : &it->second;
  }

  // Italian display name of an ISO 3166-1 code, or the code itself.
  std::string country_name(std::string_view code) const;

 private:
  void add_phrase(std::string_view text, LexEntry entry);
  void load_countries();
  void load_demonyms();
  void load_places();
  void load_organisations();
  void load_persons();
  void load_words();

  std::unordered_map<std::string, LexEntry> phrases_;
  std::unordered_set<std::string> lower_starters_;
  std::size_t max_phrase_tokens_ = 1;
  std::unordered_set<std::string> given_, surnames_, roles_, org_cues_, org_suffixes_, particles_, not_acronyms_,
      ambiguous_places_;
  const analysis::WordSet* stopwords_ = &analysis::italian_stopwords();
  const analysis::WordSet* vocabulary_ = &analysis::italian_vocabulary();
  std::unordered_map<std::string, std::string> country_names_;
  std::unordered_map<std::string, std::string> comune_short_;
};

}  // namespace segugio::entities
