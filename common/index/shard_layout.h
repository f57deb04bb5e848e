#pragma once
// How a sharded Segugio database is laid out on disk, and which shard holds an id.
//
// A sharded database is a folder holding one Xapian database per shard
// ("shard-000", "shard-001", ...) and a Xapian stub database file, XAPIANDB, that
// lists them ("auto shard-000", one line each, relative to the folder). Xapian opens
// the folder as the union of its shards, so segugio-query --db FOLDER needs nothing
// else. Each shard records its place in its metadata ("segugio.shard" = "i/N",
// "segugio.shard_hash" = "fnv1a64"), so a shard found on its own still says where it
// belongs, and a stub that lists the wrong shards can be refused.
//
// Routing: an article goes to shard FNV-1a-64(id bytes) mod N. The hash depends only on
// the id, so re-indexing or deleting an id reaches the shard that holds it whatever the
// input order, and the same input gives the same shards. The shard of an id depends on
// N, so N is fixed for the life of a sharded database (docs/SCALING.md, "Resharding").
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace segugio::index {

// FNV-1a, 64 bits (offset basis 14695981039346656037, prime 1099511628211), over bytes.
std::uint64_t fnv1a64(std::string_view bytes);

// The shard (0..count-1) that holds the article with this id.
std::size_t shard_of(std::string_view id, std::size_t count);

inline constexpr std::string_view kShardHash = "fnv1a64";
inline constexpr std::string_view kStubFile = "XAPIANDB";

// "shard-007": the folder of shard i inside a sharded database.
std::string shard_folder(std::size_t shard);

// The value of "segugio.shard" for shard i of count: "i/count".
std::string shard_label(std::size_t shard, std::size_t count);

// What is at a --db path before writing.
enum class StoredKind {
  kNothing,  // nothing there, or an empty folder: a new database
  kSingle,   // one Xapian database
  kSharded,  // a folder with a stub listing its shards
};

struct StoredLayout {
  StoredKind kind = StoredKind::kNothing;
  std::size_t shards = 0;  // kSharded: how many the stub lists
};

// Reads what is at `path`. Throws DatabaseError for a stub this layout did not write
// (remote shards, shards outside the folder, out of order): indexing through it could
// send an id to the wrong shard.
StoredLayout read_stored_layout(const std::string& path);

// Writes the stub of a database of `count` shards at path/XAPIANDB, atomically
// (a temporary file renamed over it).
void write_stub(const std::string& path, std::size_t count);

}  // namespace segugio::index
