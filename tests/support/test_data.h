#pragma once
// Paths of the repository's own test data. A missing file is a test failure, never a skip.
#include <filesystem>
#include <string>
#include <vector>

namespace segugio::test {

// The repository root (for corpora/ and tests/data/).
std::filesystem::path source_dir();
// The build tree (for the built tools).
std::filesystem::path binary_dir();

// The whole file, or a fatal GoogleTest failure (via ADD_FAILURE + throw) naming it.
std::string read_file(const std::filesystem::path& path);
// The file's lines without their line ends.
std::vector<std::string> read_lines(const std::filesystem::path& path);

}  // namespace segugio::test
