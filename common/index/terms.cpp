#include "index/terms.h"

#include <unicode/unistr.h>

#include "schema.h"

namespace segugio::index {
namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix).append(value);
  return term;
}

}  // namespace

std::string id_term(std::string_view id) { return prefixed(schema::kPrefixId, id); }

std::string source_term(std::string_view source) {
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(source.data(), static_cast<int32_t>(source.size())));
  folded.foldCase();
  std::string utf8;
  folded.toUTF8String(utf8);
  return prefixed(schema::kPrefixSource, utf8);
}

std::string year_term(std::string_view yyyymmdd) { return prefixed(schema::kPrefixYear, yyyymmdd.substr(0, 4)); }
std::string month_term(std::string_view yyyymmdd) { return prefixed(schema::kPrefixMonth, yyyymmdd.substr(0, 6)); }
std::string day_term(std::string_view yyyymmdd) { return prefixed(schema::kPrefixDay, yyyymmdd.substr(0, 8)); }

}  // namespace segugio::index
