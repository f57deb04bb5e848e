#pragma once
// The one writer of a Segugio database: adds, replaces and deletes articles by id, in
// batches that are committed atomically (a Xapian transaction each), so a crash or a
// kill loses at most the batch in progress and never what was committed before.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include <xapian.h>

#include "facets/facet.h"

namespace segugio::index {

struct WriteCounts {
  std::uint64_t added = 0;
  std::uint64_t replaced = 0;
  std::uint64_t deleted = 0;
  std::uint64_t not_found = 0;  // deletions of ids the database did not hold
};

class IndexWriter {
 public:
  // Opens the database at `path`, creating it (and its folder) when missing. Throws
  // DatabaseError when another process is writing to it ("database is locked"), when it
  // was analysed by another analyzer, key fold or schema version, or when it cannot be
  // opened.
  // Every `batch_size` changes (at least 1) form one committed batch.
  IndexWriter(const std::string& path, std::size_t batch_size);
  // Cancels the batch in progress: call commit() to keep it.
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Adds the article with this id, or replaces the one already there. The document
  // gets its "Q" term here if it lacks it: the id term is what makes replacing work.
  enum class Outcome { kAdded, kReplaced };
  Outcome put(const std::string& id, Xapian::Document document);

  // Removes the article with this id; false when there was none.
  bool remove(const std::string& id);

  // Commits the batch in progress (if any): the explicit final commit. It also records
  // how many facet slots the documents use (metadata "segugio.slots.<facet>"), which
  // the query tool reads to attach one match spy per slot in use.
  void commit();

  // A metadata value of the database ("" when unset), and a change to one, committed
  // with the batch in progress (the sharded writer records each shard's place).
  std::string metadata(const std::string& key) const;
  void set_metadata(const std::string& key, const std::string& value);

  const WriteCounts& counts() const { return counts_; }
  std::string path() const { return path_; }

 private:
  void before_change();
  void after_change();
  void note_facet_slots(const Xapian::Document& document);

  // Facet counting slots in use (schema.h, "segugio.slots.<facet>"): the most any
  // document fills, and what the database's metadata says so far.
  static constexpr std::size_t kFacets = std::size(facets::kEntityFacets);
  std::array<Xapian::valueno, kFacets> slots_used_{};
  std::array<Xapian::valueno, kFacets> slots_recorded_{};

  std::string path_;
  std::size_t batch_size_;
  Xapian::WritableDatabase db_;
  bool in_batch_ = false;
  std::size_t batch_changes_ = 0;
  WriteCounts counts_;
};

}  // namespace segugio::index
