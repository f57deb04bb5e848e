#pragma once
// The command line's INPUT... arguments, expanded into the list of files to read, in
// the order they will be indexed: arguments as given, folders walked recursively in
// sorted order (so the database does not depend on the file system's listing order).
#include <cstdint>
#include <string>
#include <vector>

namespace segugio::input {

enum class Format {
  kAuto,   // by name: "-", *.jsonl, *.ndjson (optionally .gz) are JSON Lines, the rest text
  kJsonl,  // every file is JSON Lines
  kText,   // every file is one plain-text article
};

struct InputFile {
  std::string path;          // to open; "-" is standard input (always JSON Lines)
  Format format = Format::kText;  // kJsonl or kText, never kAuto
  std::string id;            // for text files: the article id
  std::uint64_t bytes = 0;   // size on disk, 0 for standard input
  std::string problem;       // non-empty: an entry that cannot be indexed (a FIFO, a
                             // dangling link, an id another input already has);
                             // reported as a bad record
};

struct ListOptions {
  Format format = Format::kAuto;
  // A folder's text files are named by their path relative to the folder ("x.txt");
  // with prefix_ids, by the folder as given followed by that path ("A/x.txt").
  bool prefix_ids = false;
};

struct InputList {
  std::vector<InputFile> files;
  // Complete "PATH: warning: ..." lines: symbolic links not followed because they lead
  // to a folder already walked (a loop, or a second way to the same folder).
  std::vector<std::string> warnings;
};

// Throws InputError for an argument that does not exist or is neither a file nor a
// folder. Inside folders: hidden entries (".name") are skipped; symbolic links are
// followed, but every real folder (device and inode) is walked at most once, so a link
// loop ends at once with a warning and no file is listed twice through two ways in; an
// entry that is neither a file nor a folder (a FIFO, a socket, a device, a dangling
// symbolic link) or a sub-folder that cannot be listed is listed with its `problem`,
// never opened: opening a FIFO would block. A text file whose id an earlier input
// already gave is listed with a problem naming both paths (the first one is indexed);
// the same real file reached twice under one id is listed once.
InputList list_inputs(const std::vector<std::string>& arguments, const ListOptions& options = {});

// list_inputs(arguments, {format}).files, for callers that show no warnings.
std::vector<InputFile> list_input_files(const std::vector<std::string>& arguments, Format format);

// True for names that Format::kAuto reads as JSON Lines.
bool looks_like_jsonl(const std::string& name);

}  // namespace segugio::input
