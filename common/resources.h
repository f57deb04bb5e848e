#pragma once
// Bundled data files (stop words, vocabularies, lexicons) are linked into the library
// from corpora/ at build time (cmake/embed.cmake), so the tools need no data directory.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segugio {

// The bytes of corpora/NAME as embedded at build time, or nullopt if NAME was not embedded.
std::optional<std::string_view> find_embedded(std::string_view name);

// Like find_embedded, but throws ResourceError naming the file when it is missing.
std::string_view embedded(std::string_view name);

// The non-empty lines of an embedded text file, with '#' comments and surrounding
// white space removed.
std::vector<std::string_view> embedded_lines(std::string_view name);

}  // namespace segugio
