#pragma once
// Opens a database for searching, checking a sharded one shard by shard.
//
// A Xapian stub database (a file, or a folder holding a XAPIANDB file) lists shards,
// local ("auto PATH", "glass PATH", relative to the stub's folder) or remote
// ("remote HOST:PORT" for xapian-tcpsrv, "remote :PROGRAM ARGS"). Xapian itself would
// open the union and read metadata from the first shard only, so a shard analysed
// differently, or one that cannot be reached, would go unnamed. Here each shard is
// opened on its own and must hold:
//   - the analyzer, key fold and schema version this program uses
//     ("segugio.analyzer", "segugio.key_fold", "segugio.schema");
//   - the same value as the other shards for every other "segugio." metadata key
//     (the key fold, the routing hash...), except the per-shard ones: its place
//     ("segugio.shard") and its facet slots in use ("segugio.slots.*");
//   - when the shards record their places ("i/N", written by segugio-index --shards),
//     exactly the shards 0..N-1 of one layout, each once: a stub that forgets a shard
//     would silently lose its articles.
// A failure throws DatabaseError naming the shard ("shard 2 of 3 (remote
// 127.0.0.1:4567)").
#include <string>

#include <xapian.h>

namespace segugio::search {

// PATH itself when it is not a stub (its errors are Xapian's); else the union of its
// shards, each opened once. Xapian::DatabaseModifiedError passes through, to be retried.
Xapian::Database open_checked(const std::string& path);

}  // namespace segugio::search
