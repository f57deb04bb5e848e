#include "search/shard_check.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include "analysis/analyzer.h"
#include "error.h"
#include "facets/key_fold.h"
#include "schema.h"

namespace segugio::search {
namespace {
namespace fs = std::filesystem;

struct Shard {
  std::string line;  // the stub line that names it, for messages
  Xapian::Database db;
  std::map<std::string, std::string> metadata;  // its "segugio." keys
  std::string name;  // "shard 2 of 3 (remote 127.0.0.1:4567)", set once all are known
};

// The stub file of PATH, or empty when PATH is not a stub.
fs::path stub_of(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    fs::path stub = path / "XAPIANDB";
    return fs::is_regular_file(stub, ec) ? stub : fs::path();
  }
  return fs::is_regular_file(path, ec) ? path : fs::path();
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

Xapian::Database open_remote(const std::string& where) {
  if (!where.empty() && where[0] == ':') {  // ":PROGRAM ARGS"
    const auto space = where.find(' ');
    return Xapian::Remote::open(where.substr(1, space == std::string::npos ? std::string::npos : space - 1),
                                space == std::string::npos ? std::string() : trim(where.substr(space)));
  }
  const auto colon = where.rfind(':');
  if (colon == std::string::npos || colon + 1 == where.size())
    throw Xapian::InvalidArgumentError("expected HOST:PORT, got \"" + where + "\"");
  std::string host = where.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return Xapian::Remote::open(host, static_cast<unsigned>(std::stoul(where.substr(colon + 1))));
}

std::map<std::string, std::string> segugio_metadata(const Xapian::Database& db) {
  std::map<std::string, std::string> keys;
  for (auto it = db.metadata_keys_begin("segugio."); it != db.metadata_keys_end("segugio."); ++it)
    keys[*it] = db.get_metadata(*it);
  return keys;
}

// Appends the shards listed by `stub` (following stubs that list stubs) to `shards`.
void read_stub(const fs::path& stub, std::vector<Shard>& shards, int depth) {
  if (depth > 8) throw DatabaseError(stub.string() + ": stubs nested too deep (a loop?)");
  std::ifstream in(stub);
  if (!in) throw DatabaseError("cannot read stub database " + stub.string());
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find_first_of(" \t");
    const std::string type = line.substr(0, space);
    const std::string where = space == std::string::npos ? std::string() : trim(line.substr(space));
    const std::string origin = diagnostic(stub.string(), number, "");
    const std::string at = origin.substr(0, origin.find(": error:"));
    Shard shard;
    shard.line = line;
    try {
      if (type == "remote") {
        shard.db = open_remote(where);
      } else if (type == "auto" || type == "glass" || type == "chert" || type == "honey") {
        fs::path local(where);
        if (local.is_relative()) local = stub.parent_path() / local;
        if (const fs::path nested = stub_of(local); !nested.empty()) {
          read_stub(nested, shards, depth + 1);
          continue;
        }
        shard.db = Xapian::Database(local.string());
      } else {
        throw DatabaseError(diagnostic(stub.string(), number, "unknown stub line \"" + line +
                                                                   "\" (expected auto, glass or remote)"));
      }
      shard.metadata = segugio_metadata(shard.db);
    } catch (const Xapian::DatabaseModifiedError&) {
      throw;
    } catch (const Xapian::Error& e) {
      throw DatabaseError("cannot open shard " + std::to_string(shards.size() + 1) + " (" + line + ", " + at +
                          "): " + e.get_description());
    }
    shards.push_back(std::move(shard));
  }
}

std::string value_or_none(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? "nothing" : "\"" + it->second + "\"";
}

bool per_shard(const std::string& key) {
  return key == schema::kMetaShard || key.rfind(schema::kMetaSlotsPrefix, 0) == 0;
}

void check_versions(const Shard& shard) {
  const std::string analyzer = value_or_none(shard.metadata, std::string(schema::kMetaAnalyzer));
  if (analyzer == "nothing")
    throw DatabaseError(shard.name + " is not a Segugio database (it records no analyzer)");
  if (analyzer != "\"" + analysis::Analyzer::id() + "\"")
    throw DatabaseError(shard.name + " was analysed with " + analyzer + ", this segugio-query uses \"" +
                        analysis::Analyzer::id() + "\": re-index that shard's articles");
  const std::string fold = value_or_none(shard.metadata, std::string(schema::kMetaKeyFold));
  if (fold != "\"" + std::string(facets::kKeyFoldId) + "\"")
    throw DatabaseError(shard.name + " folds facet ids with " + fold + ", this segugio-query with \"" +
                        std::string(facets::kKeyFoldId) + "\": re-index that shard's articles");
  const std::string version = value_or_none(shard.metadata, std::string(schema::kMetaSchema));
  if (version != "\"" + std::string(schema::kSchemaVersion) + "\"")
    throw DatabaseError(shard.name + " has schema version " + version + ", this segugio-query reads \"" +
                        std::string(schema::kSchemaVersion) + "\": re-index that shard's articles");
}

// Every shared key: the value most shards hold is the database's; a shard with
// another is named.
void check_agreement(const std::vector<Shard>& shards) {
  std::set<std::string> keys;
  for (const Shard& s : shards)
    for (const auto& [key, value] : s.metadata)
      if (!per_shard(key)) keys.insert(key);
  for (const std::string& key : keys) {
    std::map<std::string, std::size_t> votes;
    for (const Shard& s : shards) ++votes[value_or_none(s.metadata, key)];
    if (votes.size() == 1) continue;
    std::string common;
    std::size_t most = 0;
    for (const auto& [value, n] : votes)
      if (n > most) most = n, common = value;
    for (const Shard& s : shards) {
      const std::string value = value_or_none(s.metadata, key);
      if (value != common)
        throw DatabaseError(s.name + " records " + key + " = " + value + ", the other shards " + common +
                            ": every shard must be indexed alike; re-index that shard's articles");
    }
  }
}

// Shards that record their place ("i/N") must be the whole of one layout, each once.
void check_layout(const std::vector<Shard>& shards) {
  const std::string key(schema::kMetaShard);
  std::map<std::string, const Shard*> places;
  for (const Shard& s : shards) {
    auto it = s.metadata.find(key);
    if (it == s.metadata.end()) continue;
    if (auto [where, fresh] = places.emplace(it->second, &s); !fresh)
      throw DatabaseError(s.name + " and " + where->second->name + " are both shard " + it->second +
                          ": the stub lists one shard twice");
  }
  if (places.empty()) return;  // shards put together by hand: nothing to compare
  for (const Shard& s : shards)
    if (!s.metadata.count(key))
      throw DatabaseError(s.name + " records no place among the others (" + key + "): it belongs to another database");
  const std::string& any = places.begin()->first;
  const std::string count = any.substr(any.find('/') + 1);
  if (count != std::to_string(shards.size())) {
    std::string missing;
    for (std::size_t i = 0; i < static_cast<std::size_t>(std::stoul(count)); ++i)
      if (!places.count(std::to_string(i) + "/" + count)) missing += (missing.empty() ? "" : ", ") + std::to_string(i);
    throw DatabaseError("the stub lists " + std::to_string(shards.size()) + " shards of a database of " + count +
                        (missing.empty() ? "" : " (missing: shard " + missing + ")") +
                        "; list every shard, or its articles are silently left out");
  }
  for (const auto& [place, shard] : places)
    if (place.substr(place.find('/') + 1) != count)
      throw DatabaseError(shard->name + " is shard " + place + ", the others of " + count + ": they belong to different databases");
}

}  // namespace

Xapian::Database open_checked(const std::string& path) {
  const fs::path stub = stub_of(path);
  if (stub.empty()) return Xapian::Database(path);
  std::vector<Shard> shards;
  read_stub(stub, shards, 0);
  if (shards.empty()) throw DatabaseError("the stub database " + stub.string() + " lists no shards");
  for (std::size_t i = 0; i < shards.size(); ++i)
    shards[i].name = "shard " + std::to_string(i + 1) + " of " + std::to_string(shards.size()) + " (" + shards[i].line + ")";
  for (const Shard& s : shards) check_versions(s);
  check_agreement(shards);
  check_layout(shards);
  Xapian::Database all;
  for (const Shard& s : shards) all.add_database(s.db);
  return all;
}

}  // namespace segugio::search
