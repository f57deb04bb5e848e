#include "search/facet_resolver.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <mutex>
#include <map>
#include <set>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "schema.h"
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

}  // namespace

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

namespace {

// Country names in Italian and English (CLDR), by code: what a country is called
// besides its code and its name terms.
const std::vector<std::string>& country_names(const std::string& code) {
  static const std::map<std::string, std::vector<std::string>> names = [] {
    std::map<std::string, std::vector<std::string>> out;
    const icu::Locale languages[] = {icu::Locale("it"), icu::Locale("en")};
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      icu::Locale country("", *c);
      for (const icu::Locale& language : languages) {
        icu::UnicodeString name;
        country.getDisplayCountry(language, name);
        std::string utf8;
        name.toUTF8String(utf8);
        if (!utf8.empty() && utf8 != *c) out[*c].push_back(utf8);
      }
    }
    return out;
  }();
  static const std::vector<std::string> none;
  auto it = names.find(code);
  return it == names.end() ? none : it->second;
}

// The words a value of FACET is matched by: person_key form for persons, fold_key for
// the others; a place's "@CC" is not a word of its name.
std::vector<std::string> match_words(Facet facet, std::string_view text) {
  if (facet == Facet::place) {
    const std::size_t at = text.rfind('@');
    if (at != std::string_view::npos) text = text.substr(0, at);
  }
  return words_of(facet == Facet::person ? facets::person_key(text) : facets::fold_key(text));
}

// Every word of NEEDLE is a word of HAYSTACK (any order; each used once).
bool holds_words(std::vector<std::string> haystack, const std::vector<std::string>& needle) {
  if (needle.empty()) return false;
  for (const std::string& word : needle) {
    auto it = std::find(haystack.begin(), haystack.end(), word);
    if (it == haystack.end()) return false;
    haystack.erase(it);
  }
  return true;
}

// The words of PREFIX start words of NAME, in order ("sergei l" in "sergei viktorovic lavrov").
bool starts_words(const std::vector<std::string>& name, const std::vector<std::string>& prefix) {
  std::size_t next = 0;
  for (const std::string& p : prefix) {
    while (next < name.size() && name[next].compare(0, p.size(), p) != 0) ++next;
    if (next == name.size()) return false;
    ++next;
  }
  return !prefix.empty();
}

// Every indexed value of FACET with the names it can be matched by: its id, its name
// terms and, for a country, its CLDR names.
struct Indexed {
  Xapian::doccount count = 0;
  std::vector<std::string> names;
};

std::map<std::string, Indexed> indexed_values(const Xapian::Database& db, Facet facet) {
  std::map<std::string, Indexed> values;
  const std::string prefix(facet_prefix(facet));
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    std::string id = (*t).substr(prefix.size());
    Indexed& v = values[id];
    v.count = t.get_termfreq();
    v.names.push_back(id);
    if (facet == Facet::country)
      for (const std::string& name : country_names(id)) v.names.push_back(name);
  }
  const std::string names_prefix = std::string(schema::kPrefixName) + prefix;
  for (auto t = db.allterms_begin(names_prefix); t != db.allterms_end(names_prefix); ++t) {
    std::string rest = (*t).substr(names_prefix.size());
    const std::size_t tab = rest.find(schema::kNameSeparator);
    if (tab == std::string::npos) continue;
    auto it = values.find(rest.substr(0, tab));
    if (it != values.end()) it->second.names.push_back(rest.substr(tab + 1));
  }
  return values;
}

void by_count(std::vector<FacetValue>& values) {
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.id < b.id;
  });
}

}  // namespace

std::vector<std::string> Resolution::ids() const {
  std::vector<std::string> out;
  for (const FacetValue& v : used) out.push_back(v.id);
  return out;
}

DatabaseFacetResolver::DatabaseFacetResolver(Xapian::Database db,
                                             std::shared_ptr<const FacetLexicon> lexicon)
    : db_(std::move(db)), lexicon_(std::move(lexicon)) {}

Resolution DatabaseFacetResolver::resolve_value(Facet facet, std::string_view value) const {
  const std::vector<std::string> needle = match_words(facet, value);
  if (needle.empty() && !(facet == Facet::country && is_country_code(value)))
    throw InputError("empty " + std::string(facet_name(facet)) + " value \"" + std::string(value) +
                     "\": give a name");
  // 1. the canonical id or code itself; 2. names, demonyms, aliases
  std::set<std::string> exact;
  if (facet == Facet::country && is_country_code(value)) {
    exact.insert(upper_ascii(value));
  } else {
    exact.insert(facets::fold_id(facet, value));
    if (lexicon_)
      for (const std::string& id : lexicon_->lookup(facet, value))
        if (!id.empty()) exact.insert(id);  // a generic organisation ("Polizia") has no id
  }
  // 3. the database's own values holding the value's words
  Resolution out;
  std::vector<FacetValue> exact_found, partial;
  const bool code = facet == Facet::country && is_country_code(value);
  for (auto& [id, v] : indexed_values(db_, facet)) {
    bool is_exact = exact.count(id) != 0;
    if (!is_exact && facet == Facet::place) {  // "Reggio" is "reggio@IT" too
      const std::size_t at = id.rfind('@');
      is_exact = at != std::string::npos && exact.count(id.substr(0, at)) != 0;
    }
    if (is_exact) {
      exact_found.push_back({id, id, v.count});
      continue;
    }
    if (code) continue;
    for (const std::string& name : v.names) {
      if (holds_words(match_words(facet, name), needle)) {
        partial.push_back({id, id, v.count});
        break;
      }
    }
  }
  Xapian::doccount exact_count = 0, partial_count = 0;
  for (const FacetValue& v : exact_found) exact_count += v.count;
  for (const FacetValue& v : partial) partial_count += v.count;
  out.used = exact_found;
  if (facet == Facet::person || exact_found.empty() || exact_count <= partial_count)
    out.used.insert(out.used.end(), partial.begin(), partial.end());
  else
    out.left_out = partial;
  by_count(out.used);
  by_count(out.left_out);
  for (FacetValue& v : out.used) v.name = facets::display_name(db_, facet, v.id);
  for (FacetValue& v : out.left_out) v.name = facets::display_name(db_, facet, v.id);
  return out;
}

std::vector<FacetValue> browse_facet(const Xapian::Database& db, Facet facet,
                                     std::string_view prefix, std::size_t limit) {
  const std::vector<std::string> wanted = match_words(facet, prefix);
  std::vector<FacetValue> values;
  for (auto& [id, v] : indexed_values(db, facet)) {
    bool match = wanted.empty();
    for (std::size_t i = 0; i < v.names.size() && !match; ++i)
      match = starts_words(match_words(facet, v.names[i]), wanted);
    if (match) values.push_back({id, id, v.count});
  }
  by_count(values);
  if (limit && values.size() > limit) values.resize(limit);
  for (FacetValue& v : values) v.name = facets::display_name(db, facet, v.id);
  return values;
}

}  // namespace segugio::search
