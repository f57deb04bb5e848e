#pragma once
// How a bundled data file is read: one entry per non-empty line, '#' comments and
// surrounding white space removed. Shared by the library (resources.h) and by the
// build-time generator of the word tables, so that both read the same entries.
#include <string_view>
#include <vector>

namespace segugio {

std::vector<std::string_view> text_lines(std::string_view data);

}  // namespace segugio
