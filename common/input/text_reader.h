#pragma once
// Plain-text articles: one file, one article; the whole file is the text, and the id
// is the file's path relative to the folder named on the command line (or the path as
// given, for a file named directly).
#include <cstddef>
#include <string>

#include "index/article.h"

namespace segugio::input {

// The bytes of `path`; InputError when it cannot be read or is larger than max_bytes
// (checked before reading, so a huge file costs no memory).
std::string read_text_file(const std::string& path, std::size_t max_bytes);

// The article of a text file's `contents`. Throws InputError naming `origin` and the
// line of the first invalid UTF-8 byte, or saying the file is empty.
index::Article parse_text_record(std::string contents, const std::string& id, const std::string& origin);

}  // namespace segugio::input
