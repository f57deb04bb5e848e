#include "facets/key_fold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_map>

namespace segugio::facets {
namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// The ASCII part of the fold: lower case, '`' as an apostrophe, controls as spaces
// (a key never holds a tab: schema::kNameSeparator relies on it).
std::string ascii_fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c == '`') c = '\'';
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

struct ThreadFolder {
  std::unique_ptr<icu::Transliterator> translit;
  std::unordered_map<std::string, std::string> cache;

  ThreadFolder() {
    UErrorCode status = U_ZERO_ERROR;
    translit.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit.reset();
  }

  std::string fold(std::string_view text) {
    std::string key(text);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (translit) {
      translit->transliterate(u);
    } else {
      u.foldCase();
    }
    std::string out;
    u.toUTF8String(out);
    out = ascii_fold(out);
    if (cache.size() > 200000) cache.clear();
    cache.emplace(std::move(key), out);
    return out;
  }
};

}  // namespace

std::string fold_key(std::string_view text) {
  if (is_ascii(text)) return ascii_fold(text);
  thread_local ThreadFolder folder;
  return folder.fold(text);
}

std::string person_key(std::string_view name) {
  std::string folded = fold_key(name);
  std::string out;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = i;
    while (j < folded.size() && folded[j] != ' ' && folded[j] != '-') ++j;
    std::string word = folded.substr(i, j - i);
    auto ends = [&](std::string_view suf) { return word.size() > suf.size() + 1 && word.ends_with(suf); };
    if (ends("ey") || ends("ej")) word.replace(word.size() - 2, 2, "ei");
    else if (ends("iy") || ends("ij") || ends("ii")) word.replace(word.size() - 2, 2, "i");
    for (std::size_t k = 0; k + 1 < word.size(); ++k) {
      if (word[k] == 'k' && word[k + 1] == 'h') word.erase(k, 1);
    }
    if (!word.empty()) {
      if (!out.empty()) out += ' ';
      out += word;
    }
    i = j + 1;
  }
  return out;
}

std::string fold_id(Facet facet, std::string_view value) {
  switch (facet) {
    case Facet::person: return person_key(value);
    case Facet::country: return upper_ascii(fold_key(value));
    case Facet::place: {
      const std::size_t at = value.rfind('@');
      if (at == std::string_view::npos) return fold_key(value);
      return fold_key(value.substr(0, at)) + "@" + upper_ascii(fold_key(value.substr(at + 1)));
    }
    case Facet::organisation:
    case Facet::source: return fold_key(value);
  }
  return fold_key(value);
}

}  // namespace segugio::facets
