#include "index/shard_layout.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "error.h"

namespace segugio::index {
namespace fs = std::filesystem;

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

std::size_t shard_of(std::string_view id, std::size_t count) {
  return count <= 1 ? 0 : static_cast<std::size_t>(fnv1a64(id) % count);
}

std::string shard_folder(std::size_t shard) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%03zu", shard);
  return name;
}

std::string shard_label(std::size_t shard, std::size_t count) {
  return std::to_string(shard) + "/" + std::to_string(count);
}

StoredLayout read_stored_layout(const std::string& path) {
  std::error_code ec;
  const fs::path folder(path);
  if (!fs::exists(folder, ec)) return {};
  if (!fs::is_directory(folder, ec)) {
    throw DatabaseError(path + " is a file; a sharded database is a folder with a " + std::string(kStubFile) +
                        " stub, written by segugio-index --shards N");
  }
  const fs::path stub = folder / kStubFile;
  if (!fs::exists(stub, ec)) {
    return {fs::is_empty(folder, ec) ? StoredKind::kNothing : StoredKind::kSingle, 0};
  }
  std::ifstream in(stub);
  if (!in) throw DatabaseError("cannot read " + stub.string());
  StoredLayout layout{StoredKind::kSharded, 0};
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string type, where;
    words >> type >> where;
    if ((type != "auto" && type != "glass") || where != shard_folder(layout.shards)) {
      throw DatabaseError(diagnostic(stub.string(), line_number,
                                     "this stub was not written by segugio-index --shards (expected \"auto " +
                                         shard_folder(layout.shards) +
                                         "\"); index into the shard folders' own stub, or into a new folder"));
    }
    ++layout.shards;
  }
  if (layout.shards == 0) throw DatabaseError(stub.string() + " lists no shards");
  return layout;
}

void write_stub(const std::string& path, std::size_t count) {
  const fs::path stub = fs::path(path) / kStubFile;
  const fs::path temporary = fs::path(path) / (std::string(kStubFile) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << "# Segugio sharded database: " << count << " shards, article id -> shard by " << kShardHash
        << " mod " << count << ".\n"
        << "# Xapian opens this folder as the union of the shards below.\n";
    for (std::size_t i = 0; i < count; ++i) out << "auto " << shard_folder(i) << '\n';
    out.flush();
    if (!out) throw DatabaseError("cannot write " + temporary.string());
  }
  std::error_code ec;
  fs::rename(temporary, stub, ec);
  if (ec) throw DatabaseError("cannot write " + stub.string() + ": " + ec.message());
}

}  // namespace segugio::index
