#pragma once
// One news article as the indexer sees it, whatever format it came from.
#include <cstddef>
#include <string>

namespace segugio::index {

struct Article {
  std::string id;      // required, non-empty; the "Q" term
  std::string title;   // may be empty
  std::string text;    // the body ("text" or "contents" in JSON Lines); may be empty
  std::string date;    // normalised to "YYYYMMDD", or empty when unknown
  std::string url;     // may be empty
  std::string source;  // may be empty

  // Where the article was read, for diagnostics: "articles.jsonl" and line 12, or a
  // plain-text file and line 0.
  std::string origin;
  std::size_t line = 0;
};

}  // namespace segugio::index
