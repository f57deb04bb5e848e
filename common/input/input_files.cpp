#include "input/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <utility>

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

// What makes a file or folder itself, whatever path leads to it.
using RealFile = std::pair<dev_t, ino_t>;

std::optional<RealFile> real_file(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;  // follows symbolic links
  return RealFile{st.st_dev, st.st_ino};
}

std::string warning(const fs::path& path, const std::string& message) {
  return path.string() + ": warning: " + message;
}

// One folder argument, walked in sorted order, every real folder once.
class FolderWalker {
 public:
  struct Found {
    std::string id;  // the path relative to the folder
    fs::path path;
    std::string problem;
    bool operator<(const Found& other) const { return id < other.id; }
  };

  FolderWalker(const fs::path& root, std::vector<std::string>& warnings) : root_(root), warnings_(warnings) {}

  std::vector<Found> walk() {
    if (auto key = real_file(root_)) walked_[*key] = root_;
    walk_folder(root_, {});
    std::sort(found_.begin(), found_.end());
    return std::move(found_);
  }

 private:
  void walk_folder(const fs::path& folder, const fs::path& relative) {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      entries.push_back(it->path());
    if (ec) {
      if (relative.empty()) throw InputError(diagnostic(root_.string(), 0, "cannot list: " + ec.message()));
      found_.push_back({relative.generic_string(), folder, "cannot list: " + ec.message()});
      return;
    }
    std::sort(entries.begin(), entries.end());  // the same walk, so the same folder wins, on every run
    const std::optional<RealFile> self = real_file(folder);
    if (self) ancestors_.insert(*self);
    for (const fs::path& path : entries) {
      const std::string name = path.filename().string();
      if (name.empty() || name[0] == '.') continue;  // hidden
      const fs::path entry_relative = relative / name;
      std::error_code entry_ec;
      const auto status = fs::status(path, entry_ec);  // follows symbolic links
      if (fs::is_directory(status)) {
        const std::optional<RealFile> key = real_file(path);
        if (key) {
          auto [seen, inserted] = walked_.emplace(*key, path);
          if (!inserted) {
            warnings_.push_back(warning(
                path, ancestors_.count(*key)
                          ? "symbolic link loop: leads back to " + seen->second.string() + "; not followed"
                          : "leads to the folder " + seen->second.string() + ", already walked; not followed"));
            continue;
          }
        }
        walk_folder(path, entry_relative);
        continue;
      }
      std::string problem;
      std::error_code link_ec;
      if (status.type() == fs::file_type::not_found && fs::is_symlink(path, link_ec)) {
        problem = "cannot open: dangling symbolic link";
      } else if (entry_ec) {
        problem = "cannot open: " + entry_ec.message();
      } else if (!fs::is_regular_file(status)) {
        problem = "cannot read: not a regular file (a FIFO, socket or device)";
      }
      found_.push_back({entry_relative.generic_string(), path, std::move(problem)});
    }
    if (self) ancestors_.erase(*self);
  }

  const fs::path root_;
  std::vector<std::string>& warnings_;
  std::map<RealFile, fs::path> walked_;  // each real folder, with the path it was walked by
  std::set<RealFile> ancestors_;         // the folders being walked, for telling loops
  std::vector<Found> found_;
};

// The name a folder's files' ids start with under --prefix-ids: the folder as given,
// without "./" or a trailing "/".
std::string input_name(const std::string& argument) {
  std::string name = fs::path(argument).lexically_normal().generic_string();
  while (name.size() > 1 && name.back() == '/') name.pop_back();
  return name == "." ? std::string() : name;
}

// Files already listed, so that no file is indexed twice and no id is silently given
// twice.
class Listed {
 public:
  // Adds FILE to OUT unless it is a file already listed under the same id; a text
  // file whose id another file has is added with a problem naming both.
  void add(InputFile file, std::vector<InputFile>& out) {
    if (file.problem.empty() && file.path != "-") {
      const std::optional<RealFile> key = real_file(file.path);
      const std::string id = file.format == Format::kText ? file.id : std::string();
      if (key && !files_.emplace(*key, id).second) return;  // the same file again, under the same id
      if (file.format == Format::kText) {
        auto [first, inserted] = ids_.emplace(file.id, file.path);
        if (!inserted)
          file.problem = "id \"" + file.id + "\" is also the id of " + first->second +
                         ", which is indexed; give --prefix-ids to name each folder's files by the folder";
      }
    }
    out.push_back(std::move(file));
  }

 private:
  // Every (real file, id) listed: a JSON Lines file (no id of its own) reached through
  // two links is read once; a text file under two ids is two articles.
  std::set<std::pair<RealFile, std::string>> files_;
  std::map<std::string, std::string> ids_;  // text id -> the path that has it
};

}  // namespace

bool looks_like_jsonl(const std::string& name) {
  for (const char* suffix : {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}) {
    if (ends_with(name, suffix)) return true;
  }
  return name == "-";
}

InputList list_inputs(const std::vector<std::string>& arguments, const ListOptions& options) {
  InputList list;
  Listed listed;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      listed.add({"-", Format::kJsonl, {}, 0, {}}, list.files);
      continue;
    }
    std::error_code ec;
    const fs::path root(argument);
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      throw InputError(diagnostic(argument, 0, "cannot open: " + (ec ? ec.message() : std::string("no such file or folder"))));
    }
    if (fs::is_regular_file(status)) {
      listed.add({argument, resolve(options.format, argument), argument, size_of(root), {}}, list.files);
      continue;
    }
    if (!fs::is_directory(status)) throw InputError(diagnostic(argument, 0, "not a file or a folder"));

    const std::string prefix = options.prefix_ids ? input_name(argument) : std::string();
    for (FolderWalker::Found& f : FolderWalker(root, list.warnings).walk()) {
      std::string id = prefix.empty() ? f.id : prefix + '/' + f.id;
      const std::uint64_t bytes = f.problem.empty() ? size_of(f.path) : 0;
      listed.add({f.path.string(), resolve(options.format, f.id), std::move(id), bytes, std::move(f.problem)},
                 list.files);
    }
  }
  return list;
}

std::vector<InputFile> list_input_files(const std::vector<std::string>& arguments, Format format) {
  return list_inputs(arguments, {format, false}).files;
}

}  // namespace segugio::input
