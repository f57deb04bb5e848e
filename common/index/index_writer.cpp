#include "index/index_writer.h"

#include <algorithm>
#include <filesystem>

#include "analysis/analyzer.h"
#include "error.h"
#include "facets/facet.h"
#include "facets/key_fold.h"
#include "index/terms.h"
#include "schema.h"

namespace segugio::index {
namespace {

Xapian::WritableDatabase open_database(const std::string& path) {
  try {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseError("database is locked: " + path + " is being written by another process");
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open database " + path + ": " + e.get_description());
  }
}

// Refuses to mix analyses: terms made by another analyzer would not match queries.
void check_metadata(Xapian::WritableDatabase& db, const std::string& path) {
  const std::string analyzer = db.get_metadata(std::string(schema::kMetaAnalyzer));
  const std::string schema_version = db.get_metadata(std::string(schema::kMetaSchema));
  if (analyzer.empty() && db.get_doccount() > 0) {
    throw DatabaseError(path + " is not a Segugio database (it has no " + std::string(schema::kMetaAnalyzer) +
                        " metadata); index into a new folder");
  }
  if (!analyzer.empty() && analyzer != analysis::Analyzer::id()) {
    throw DatabaseError(path + " was analysed by " + analyzer + ", this segugio-index uses " +
                        analysis::Analyzer::id() + ": re-index everything into a new database (remove " + path +
                        " or choose another --db)");
  }
  const std::string key_fold = db.get_metadata(std::string(schema::kMetaKeyFold));
  if (!analyzer.empty() && key_fold != facets::kKeyFoldId) {
    throw DatabaseError(path + " folds facet ids with " + (key_fold.empty() ? "an unnamed key fold" : key_fold) +
                        ", this segugio-index uses " + std::string(facets::kKeyFoldId) +
                        ": re-index everything into a new database (remove " + path + " or choose another --db)");
  }
  if (!schema_version.empty() && schema_version != schema::kSchemaVersion) {
    throw DatabaseError(path + " has schema version " + schema_version + ", this segugio-index writes version " +
                        std::string(schema::kSchemaVersion) + ": re-index everything into a new database");
  }
}

std::string slots_key(facets::Facet facet) {
  return std::string(schema::kMetaSlotsPrefix) + std::string(facets::facet_name(facet));
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, std::size_t batch_size)
    : path_(path), batch_size_(batch_size == 0 ? 1 : batch_size), db_(open_database(path)) {
  check_metadata(db_, path_);
  for (std::size_t f = 0; f < kFacets; ++f) {
    const std::string recorded = db_.get_metadata(slots_key(facets::kEntityFacets[f]));
    try {
      slots_recorded_[f] = recorded.empty() ? 0 : static_cast<Xapian::valueno>(std::stoul(recorded));
    } catch (const std::exception&) {  // unreadable: rewritten at the next commit
      slots_recorded_[f] = 0;
    }
    slots_used_[f] = slots_recorded_[f];
  }
  // A new database is labelled at once, so that even an empty one says how it is
  // analysed.
  if (db_.get_metadata(std::string(schema::kMetaAnalyzer)).empty()) {
    before_change();
    commit();
  }
}

IndexWriter::~IndexWriter() {
  if (in_batch_) {
    try {
      db_.cancel_transaction();
    } catch (...) {  // nothing more to do while unwinding
    }
  }
}

void IndexWriter::before_change() {
  if (in_batch_) return;
  try {
    db_.begin_transaction(true);
    in_batch_ = true;
    db_.set_metadata(std::string(schema::kMetaAnalyzer), analysis::Analyzer::id());
    db_.set_metadata(std::string(schema::kMetaKeyFold), std::string(facets::kKeyFoldId));
    db_.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot write to database " + path_ + ": " + e.get_description());
  }
}

void IndexWriter::after_change() {
  if (++batch_changes_ >= batch_size_) commit();
}

IndexWriter::Outcome IndexWriter::put(const std::string& id, Xapian::Document document) {
  before_change();
  Outcome outcome;
  try {
    const std::string term = id_term(id);
    document.add_boolean_term(term);
    note_facet_slots(document);
    outcome = db_.term_exists(term) ? Outcome::kReplaced : Outcome::kAdded;
    db_.replace_document(term, document);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot write to database " + path_ + ": " + e.get_description());
  }
  ++(outcome == Outcome::kAdded ? counts_.added : counts_.replaced);
  after_change();
  return outcome;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = id_term(id);
  bool found;
  try {
    found = db_.term_exists(term);
    if (found) {
      before_change();
      db_.delete_document(term);
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot write to database " + path_ + ": " + e.get_description());
  }
  if (!found) {
    ++counts_.not_found;
    return false;
  }
  ++counts_.deleted;
  after_change();
  return true;
}

std::string IndexWriter::metadata(const std::string& key) const {
  try {
    return db_.get_metadata(key);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot read database " + path_ + ": " + e.get_description());
  }
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
  before_change();
  try {
    db_.set_metadata(key, value);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot write to database " + path_ + ": " + e.get_description());
  }
}

void IndexWriter::note_facet_slots(const Xapian::Document& document) {
  if (document.values_count() == 0) return;
  for (auto value = document.values_begin(); value != document.values_end(); ++value) {
    const auto place = facets::slot_place(value.get_valueno());
    if (!place || place->facet == facets::Facet::source) continue;
    auto& used = slots_used_[static_cast<std::size_t>(place->facet)];
    used = std::max(used, place->index + 1);
  }
}

void IndexWriter::commit() {
  if (!in_batch_) return;
  try {
    for (std::size_t f = 0; f < kFacets; ++f) {
      if (slots_used_[f] > slots_recorded_[f]) {
        db_.set_metadata(slots_key(facets::kEntityFacets[f]), std::to_string(slots_used_[f]));
      }
    }
    db_.commit_transaction();
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot commit to database " + path_ + ": " + e.get_description());
  }
  in_batch_ = false;
  batch_changes_ = 0;
  slots_recorded_ = slots_used_;
}

}  // namespace segugio::index
