#include "search/facet_resolver.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <mutex>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "search/entity_lexicon.h"

namespace segugio::search {
namespace {

// The words of a folded string: runs of bytes other than ASCII punctuation and spaces.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// NEEDLE's words occur, in order and contiguous, among HAYSTACK's.
bool contains_words(const std::vector<std::string>& haystack, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > haystack.size()) return false;
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool is_country_code(std::string_view value) {
  return value.size() == 2 && std::isalpha(static_cast<unsigned char>(value[0])) &&
         std::isalpha(static_cast<unsigned char>(value[1]));
}

// A lexicon made on its first look-up. Building the gazetteer (tens of thousands of
// names read through the analyzer) is most of what a one-query process would otherwise
// spend; a query naming no facet value never looks a name up, so it never pays for it.
class LazyLexicon : public FacetLexicon {
 public:
  explicit LazyLexicon(std::function<std::shared_ptr<const FacetLexicon>()> make) : make_(std::move(make)) {}
  std::vector<std::string> lookup(Facet facet, std::string_view value) const override {
    std::call_once(once_, [this] { lexicon_ = make_(); });
    return lexicon_->lookup(facet, value);
  }

 private:
  std::function<std::shared_ptr<const FacetLexicon>()> make_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<const FacetLexicon> lexicon_;
};

std::string describe(const std::vector<FacetValue>& candidates) {
  std::string out;
  std::size_t shown = 0;
  for (const FacetValue& c : candidates) {
    if (shown == 10) {
      out += ", ... (" + std::to_string(candidates.size() - shown) + " more)";
      break;
    }
    if (shown++) out += ", ";
    out += '"' + c.name + "\" (" + std::to_string(c.count) + ")";
  }
  return out;
}

}  // namespace

AmbiguousValueError::AmbiguousValueError(Facet facet, std::string value,
                                         std::vector<FacetValue> candidates)
    : InputError("ambiguous " + std::string(facet_name(facet)) + " \"" + value +
                 "\": it could be " + describe(candidates) + "; give the full name"),
      candidates_(std::move(candidates)) {}

// ---- lexicons ------------------------------------------------------------------------

CountryNameLexicon::CountryNameLexicon() {
  const icu::Locale languages[] = {icu::Locale("it"), icu::Locale("en")};
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::Locale country("", *code);
    for (const icu::Locale& language : languages) {
      icu::UnicodeString name;
      country.getDisplayCountry(language, name);
      std::string utf8;
      name.toUTF8String(utf8);
      if (utf8.empty() || utf8 == *code) continue;
      names_.emplace_back(facets::fold_key(utf8), *code);
    }
  }
  std::sort(names_.begin(), names_.end());
  names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
}

std::vector<std::string> CountryNameLexicon::lookup(Facet facet, std::string_view value) const {
  std::vector<std::string> codes;
  if (facet != Facet::country) return codes;
  std::string folded = facets::fold_key(value);
  auto it = std::lower_bound(names_.begin(), names_.end(), std::make_pair(folded, std::string()));
  for (; it != names_.end() && it->first == folded; ++it) codes.push_back(it->second);
  return codes;
}

std::vector<std::string> LexiconChain::lookup(Facet facet, std::string_view value) const {
  for (const auto& lexicon : chain_) {
    std::vector<std::string> ids = lexicon->lookup(facet, value);
    if (!ids.empty()) return ids;
  }
  return {};
}

std::shared_ptr<const FacetLexicon> default_lexicon() {
  auto chain = std::make_shared<LexiconChain>();
  chain->add(std::make_shared<LazyLexicon>([] { return std::make_shared<EntityLexicon>(); }));
  chain->add(std::make_shared<LazyLexicon>([] { return std::make_shared<CountryNameLexicon>(); }));
  return chain;
}

// ---- resolution against a database ---------------------------------------------------

DatabaseFacetResolver::DatabaseFacetResolver(Xapian::Database db,
                                             std::shared_ptr<const FacetLexicon> lexicon)
    : db_(std::move(db)), lexicon_(std::move(lexicon)) {}

std::vector<std::string> DatabaseFacetResolver::resolve(Facet facet, std::string_view value) const {
  // 1. the canonical id or code itself
  if (facet == Facet::country) {
    if (is_country_code(value)) return {upper_ascii(value)};
  } else {
    const std::string id = facets::fold_id(facet, value);
    if (!id.empty() && db_.term_exists(facet_term(facet, id))) return {id};
  }
  // 2. names, demonyms, aliases
  if (lexicon_) {
    std::vector<std::string> ids = lexicon_->lookup(facet, value);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() == 1) return ids;
    if (ids.size() > 1) {
      std::vector<FacetValue> candidates;
      for (const std::string& id : ids)
        candidates.push_back({id, facets::display_name(db_, facet, id),
                              db_.get_termfreq(facet_term(facet, id))});
      throw AmbiguousValueError(facet, std::string(value), std::move(candidates));
    }
  }
  // 3. the database's own values containing the value's words
  // Person ids fold transliteration variants (Sergej / Sergei): compare in that form.
  auto key = [facet](std::string_view text) {
    return words_of(facet == Facet::person ? facets::person_key(text) : facets::fold_key(text));
  };
  std::vector<std::string> needle = key(value);
  std::vector<FacetValue> candidates;
  const std::string prefix(facet_prefix(facet));
  for (auto t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) {
    std::string id = (*t).substr(prefix.size());
    if (contains_words(key(id), needle))
      candidates.push_back({id, id, t.get_termfreq()});
  }
  if (candidates.empty()) return {};
  if (candidates.size() == 1) return {candidates.front().id};
  std::sort(candidates.begin(), candidates.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.id < b.id;
  });
  for (FacetValue& c : candidates) c.name = facets::display_name(db_, facet, c.id);
  throw AmbiguousValueError(facet, std::string(value), std::move(candidates));
}

std::vector<FacetValue> browse_facet(const Xapian::Database& db, Facet facet,
                                     std::string_view prefix, std::size_t limit) {
  std::string folded_prefix = facets::fold_key(prefix);
  std::vector<FacetValue> values;
  const std::string term_prefix(facet_prefix(facet));
  for (auto t = db.allterms_begin(term_prefix); t != db.allterms_end(term_prefix); ++t) {
    std::string id = (*t).substr(term_prefix.size());
    if (!folded_prefix.empty()) {
      bool match = false;
      for (const std::string& word : words_of(facets::fold_key(id)))
        match = match || word.compare(0, folded_prefix.size(), folded_prefix) == 0;
      if (!match) continue;
    }
    values.push_back({id, id, t.get_termfreq()});
  }
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.id < b.id;
  });
  if (limit && values.size() > limit) values.resize(limit);
  for (FacetValue& v : values) v.name = facets::display_name(db, facet, v.id);
  return values;
}

}  // namespace segugio::search
