// Fuzzes the folder walk of segugio-index's INPUT... arguments (input/input_files.h).
// The bytes describe a small tree, built afresh for each input in a scratch folder:
// folders, text and JSON Lines files, hidden entries, FIFOs, symbolic links to folders
// (ancestors included, so loops; relative or absolute), to files, and dangling ones.
// Then one to three of its folders and files are listed, with or without --prefix-ids.
// Checks: only InputError is thrown; the walk ends, and lists each entry of the tree at
// most once per argument (every real folder is walked once, whatever links lead to it);
// no two readable text files share an id and no real file is listed twice under one id;
// every listed path is an argument or lies below one, and its id is that path relative
// to the folder (with the folder's name first under --prefix-ids); no hidden entry is
// listed; every readable entry is a regular file; every warning is
// "PATH: warning: ..." about a link not followed.
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "error.h"
#include "input/input_files.h"

namespace fs = std::filesystem;

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_folders: invariant broken: %s\n", what);
    std::abort();
  }
}

// The scratch folder of this process, made once.
const fs::path& scratch() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "segugio-fuzz-folders-XXXXXX").string();
    check(mkdtemp(pattern.data()) != nullptr, "mkdtemp");
    return fs::path(pattern);
  }();
  return dir;
}

class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return at_ >= size_; }
  std::uint8_t next() { return at_ < size_ ? data_[at_++] : 0; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

struct Tree {
  std::vector<fs::path> folders;  // the root first
  std::vector<fs::path> files;
  std::size_t entries = 0;        // everything made below the root
};

Tree build(const fs::path& root, Bytes& in) {
  Tree tree;
  fs::create_directory(root);
  tree.folders.push_back(root);
  constexpr int kMaxOps = 40;
  for (int op = 0; op < kMaxOps && !in.empty(); ++op) {
    const std::uint8_t kind = in.next();
    const std::uint8_t arg = in.next();
    const fs::path parent = tree.folders[arg % tree.folders.size()];
    static const char* const kExtensions[] = {".txt", ".jsonl", ""};
    std::string name = ((kind & 0x80) ? "." : "") + std::string("n") + std::to_string(op) + kExtensions[(kind >> 4) % 3];
    const fs::path path = parent / name;
    std::error_code ec;
    switch (kind % 7) {
      case 0:
        if (fs::create_directory(path, ec)) tree.folders.push_back(path);
        break;
      case 1:
      case 2:
        std::ofstream(path) << "testo " << op << "\n";
        tree.files.push_back(path);
        break;
      case 3: {  // a link to a folder, maybe an ancestor: a loop
        const fs::path& target = tree.folders[(arg >> 3) % tree.folders.size()];
        fs::create_directory_symlink((kind & 0x08) ? target : fs::relative(target, parent), path, ec);
        break;
      }
      case 4:
        if (!tree.files.empty()) fs::create_symlink(tree.files[(arg >> 3) % tree.files.size()], path, ec);
        break;
      case 5:
        fs::create_symlink(parent / "missing", path, ec);
        break;
      case 6:
        mkfifo(path.c_str(), 0600);
        break;
    }
    ++tree.entries;
  }
  return tree;
}

bool below(const std::string& path, const std::string& folder) {
  return path.size() > folder.size() + 1 && path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace segugio;
  Bytes in(data, size);
  const std::uint8_t setup = in.next();
  const fs::path root = scratch() / "tree";
  fs::remove_all(root);  // links are removed, never followed
  const Tree tree = build(root, in);

  // One to three arguments, folders or files of the tree.
  std::vector<std::string> arguments;
  const int count = 1 + setup % 3;
  for (int i = 0; i < count; ++i) {
    const std::uint8_t pick = static_cast<std::uint8_t>(setup >> (2 + 2 * i)) ^ static_cast<std::uint8_t>(i * 37);
    if ((pick & 1) && !tree.files.empty()) arguments.push_back(tree.files[(pick >> 1) % tree.files.size()].string());
    else arguments.push_back(tree.folders[(pick >> 1) % tree.folders.size()].string());
  }
  input::ListOptions options;
  options.prefix_ids = (setup & 0x80) != 0;

  input::InputList list;
  try {
    list = input::list_inputs(arguments, options);
  } catch (const InputError&) {
    return 0;  // an argument that is not a file or a folder
  } catch (...) {
    check(false, "list_inputs throws only InputError");
  }

  check(list.files.size() <= arguments.size() * (tree.entries + 1), "each entry at most once per argument");
  std::set<std::string> ids;
  std::set<std::pair<std::pair<dev_t, ino_t>, std::string>> listed;
  for (const input::InputFile& f : list.files) {
    bool placed = false;
    for (const std::string& argument : arguments) {  // a file given as an argument, hidden or not
      if (f.path == argument) placed = f.id == argument || f.format == input::Format::kJsonl;
    }
    for (const std::string& argument : arguments) {  // or below a folder argument, nothing hidden on the way
      if (placed || !below(f.path, argument)) continue;
      const std::string relative = f.path.substr(argument.size() + 1);
      const std::string prefix = options.prefix_ids ? fs::path(argument).lexically_normal().generic_string() : "";
      bool hidden = false;
      for (const auto& part : fs::path(relative)) hidden = hidden || part.string().rfind('.', 0) == 0;
      placed = !hidden && f.id == (prefix.empty() ? relative : prefix + "/" + relative);
    }
    check(placed, "a listed path is an argument or below one through no hidden entry, with its id");
    if (!f.problem.empty()) continue;
    struct stat st {};
    check(::stat(f.path.c_str(), &st) == 0 && S_ISREG(st.st_mode), "a readable entry is a regular file");
    check(listed.insert({{st.st_dev, st.st_ino}, f.format == input::Format::kText ? f.id : ""}).second,
          "no real file is listed twice under one id");
    if (f.format == input::Format::kText) check(ids.insert(f.id).second, "no two readable text files share an id");
  }
  for (const std::string& w : list.warnings) {
    check(w.find(": warning: ") != std::string::npos, "a warning is PATH: warning: ...");
    check(w.find("not followed") != std::string::npos, "a warning is about a link not followed");
  }
  return 0;
}
