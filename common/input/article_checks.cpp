#include "input/article_checks.h"

#include <algorithm>
#include <cstdio>

namespace segugio::input {
namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::optional<std::string> check_article(const index::Article& article) {
  if (article.id.empty()) return "field \"id\": empty";
  if (article.id.size() > kMaxIdBytes) {
    return "field \"id\": " + std::to_string(article.id.size()) + " bytes long, the limit is " +
           std::to_string(kMaxIdBytes);
  }
  // Ids are written one per line (--delete-file, text output): no control characters.
  for (unsigned char c : article.id) {
    if (c < 0x20 || c == 0x7F) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", c);
      return std::string("field \"id\": control character ") + code + " (ids are printed one per line)";
    }
  }
  if (blank(article.title) && blank(article.text)) return "empty article: no title and no text";
  return std::nullopt;
}

void remove_nul_characters(index::Article& article) {
  for (std::string* field : {&article.title, &article.text, &article.url, &article.source})
    field->erase(std::remove(field->begin(), field->end(), '\0'), field->end());
}

}  // namespace segugio::input
