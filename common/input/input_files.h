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
  std::string problem;       // non-empty: a folder entry that cannot be read as a file
                             // (a FIFO, a dangling link); reported as a bad record
};

// Throws InputError for an argument that does not exist or is neither a file nor a
// folder. Hidden entries (".name") inside folders are skipped; an entry of a folder
// that is neither a file nor a folder (a FIFO, a socket, a device, a dangling symbolic
// link) is listed with its `problem`, never opened: opening a FIFO would block.
std::vector<InputFile> list_input_files(const std::vector<std::string>& arguments, Format format);

// True for names that Format::kAuto reads as JSON Lines.
bool looks_like_jsonl(const std::string& name);

}  // namespace segugio::input
