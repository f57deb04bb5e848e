#include "input/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "error.h"

namespace segugio::input {
namespace fs = std::filesystem;
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Format resolve(Format format, const std::string& name) {
  if (format != Format::kAuto) return format;
  return looks_like_jsonl(name) ? Format::kJsonl : Format::kText;
}

std::uint64_t size_of(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<std::uint64_t>(size);
}

bool hidden(const fs::path& relative) {
  for (const auto& part : relative) {
    const std::string name = part.string();
    if (name.size() > 1 && name[0] == '.' && name != "..") return true;
  }
  return false;
}

}  // namespace

bool looks_like_jsonl(const std::string& name) {
  for (const char* suffix : {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}) {
    if (ends_with(name, suffix)) return true;
  }
  return name == "-";
}

std::vector<InputFile> list_input_files(const std::vector<std::string>& arguments, Format format) {
  std::vector<InputFile> files;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      files.push_back({"-", Format::kJsonl, {}, 0, {}});
      continue;
    }
    std::error_code ec;
    const fs::path root(argument);
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      throw InputError(diagnostic(argument, 0, "cannot open: " + (ec ? ec.message() : std::string("no such file or folder"))));
    }
    if (fs::is_regular_file(status)) {
      files.push_back({argument, resolve(format, argument), argument, size_of(root), {}});
      continue;
    }
    if (!fs::is_directory(status)) throw InputError(diagnostic(argument, 0, "not a file or a folder"));

    struct Found {
      std::string id;  // the path relative to the folder
      fs::path path;
      std::string problem;
      bool operator<(const Found& other) const { return id < other.id; }
    };
    std::vector<Found> found;
    fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path relative = it->path().lexically_relative(root);
      std::error_code entry_ec;
      const auto entry = it->status(entry_ec);  // follows symbolic links
      if (hidden(relative)) {
        if (fs::is_directory(entry)) it.disable_recursion_pending();
        continue;
      }
      if (fs::is_directory(entry)) continue;
      std::string problem;
      if (entry.type() == fs::file_type::not_found && it->is_symlink()) {
        problem = "cannot open: dangling symbolic link";
      } else if (entry_ec) {
        problem = "cannot open: " + entry_ec.message();
      } else if (!fs::is_regular_file(entry)) {
        problem = "cannot read: not a regular file (a FIFO, socket or device)";
      }
      found.push_back({relative.generic_string(), it->path(), std::move(problem)});
    }
    if (ec) throw InputError(diagnostic(argument, 0, "cannot list: " + ec.message()));
    std::sort(found.begin(), found.end());
    for (Found& f : found) {
      files.push_back({f.path.string(), resolve(format, f.id), f.id, f.problem.empty() ? size_of(f.path) : 0,
                       std::move(f.problem)});
    }
  }
  return files;
}

}  // namespace segugio::input
