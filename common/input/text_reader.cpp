#include "input/text_reader.h"

#include <algorithm>
#include <fstream>
#include <system_error>
#include <filesystem>

#include "error.h"
#include "input/article_checks.h"
#include "input/utf8.h"

namespace segugio::input {

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw InputError(diagnostic(path, 0, "cannot read: " + ec.message()));
  if (size > max_bytes) {
    throw InputError(diagnostic(path, 0, "article is " + std::to_string(size) + " bytes, over the limit of " +
                                             std::to_string(max_bytes) + " (raise it with --max-article-bytes)"));
  }
  std::ifstream in(path, std::ios::binary);
  std::string contents(static_cast<std::size_t>(size), '\0');
  if (!in || !in.read(contents.data(), static_cast<std::streamsize>(size))) {
    throw InputError(diagnostic(path, 0, "cannot read"));
  }
  return contents;
}

index::Article parse_text_record(std::string contents, const std::string& id, const std::string& origin) {
  if (auto bad = find_invalid_utf8(contents)) {
    const auto line = 1 + static_cast<std::size_t>(std::count(contents.begin(), contents.begin() + *bad, '\n'));
    throw InputError(diagnostic(origin, line, "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " of the file"));
  }
  index::Article article;
  article.id = id;
  article.text = std::move(contents);
  article.origin = origin;
  remove_nul_characters(article);
  if (auto problem = check_article(article)) throw InputError(diagnostic(origin, 0, *problem));
  return article;
}

}  // namespace segugio::input
