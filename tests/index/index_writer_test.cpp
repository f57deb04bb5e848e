// The index writer: add, replace, delete, batches committed atomically, locking, and
// the refusal to mix analyzers in one database.
#include <gtest/gtest.h>

#include "analysis/analyzer.h"
#include "error.h"
#include "facets/key_fold.h"
#include "index/index_writer.h"
#include "process.h"
#include "schema.h"

namespace segugio::index {
namespace {

using facets::Facet;

Xapian::Document doc_with(const std::string& term) {
  Xapian::Document doc;
  doc.add_term(term);
  return doc;
}

Xapian::doccount committed_count(const test::TempDir& dir) {
  return Xapian::Database((dir / "db").string()).get_doccount();
}

TEST(IndexWriter, AddReplaceDeleteAreCountedAndCommitted) {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  {
    IndexWriter writer(path, 100);
    EXPECT_EQ(writer.put("a", doc_with("one")), IndexWriter::Outcome::kAdded);
    EXPECT_EQ(writer.put("b", doc_with("two")), IndexWriter::Outcome::kAdded);
    // The same id again in the same batch is a replacement, not a second document.
    EXPECT_EQ(writer.put("a", doc_with("three")), IndexWriter::Outcome::kReplaced);
    EXPECT_TRUE(writer.remove("b"));
    EXPECT_FALSE(writer.remove("never-there"));
    writer.commit();
    EXPECT_EQ(writer.counts().added, 2u);
    EXPECT_EQ(writer.counts().replaced, 1u);
    EXPECT_EQ(writer.counts().deleted, 1u);
    EXPECT_EQ(writer.counts().not_found, 1u);
  }
  Xapian::Database db(path);
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_TRUE(db.term_exists("three"));
  EXPECT_FALSE(db.term_exists("one"));
  EXPECT_FALSE(db.term_exists("Qb"));
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaAnalyzer)), analysis::Analyzer::id());
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaSchema)), schema::kSchemaVersion);
}

TEST(IndexWriter, FullBatchesAreCommittedAndAnUnfinishedOneIsNot) {
  test::TempDir dir;
  {
    IndexWriter writer((dir / "db").string(), 2);
    writer.put("a", doc_with("x"));
    writer.put("b", doc_with("x"));  // batch of 2: committed now
    EXPECT_EQ(committed_count(dir), 2u);
    writer.put("c", doc_with("x"));
    EXPECT_EQ(committed_count(dir), 2u);
  }  // destroyed without commit(): "c" is dropped, as after a crash
  EXPECT_EQ(committed_count(dir), 2u);
}

TEST(IndexWriter, SecondWriterGetsDatabaseIsLocked) {
  test::TempDir dir;
  IndexWriter first((dir / "db").string(), 10);
  try {
    IndexWriter second((dir / "db").string(), 10);
    FAIL() << "second writer opened a locked database";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("database is locked"), std::string::npos) << e.what();
  }
}

TEST(IndexWriter, ANewDatabaseIsLabelledEvenWhenNothingIsWritten) {
  test::TempDir dir;
  { IndexWriter writer((dir / "db").string(), 10); }
  Xapian::Database db((dir / "db").string());
  EXPECT_EQ(db.get_doccount(), 0u);
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaAnalyzer)), analysis::Analyzer::id());
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaSchema)), schema::kSchemaVersion);
}

TEST(IndexWriter, RecordsHowManyFacetSlotsTheDocumentsUse) {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  {
    IndexWriter writer(path, 100);
    Xapian::Document doc;
    for (Xapian::valueno i = 0; i < 3; ++i) doc.add_value(facets::value_slot(Facet::person, i), "p" + std::to_string(i));
    doc.add_value(facets::value_slot(Facet::country, 0), "RU");
    doc.add_value(facets::value_slot(Facet::source, 0), "agenzia");  // not counted in slots
    doc.add_value(schema::kSlotDate, "20230915");  // not a facet slot
    writer.put("a", doc);
    writer.commit();
  }
  {
    IndexWriter writer(path, 100);  // fewer slots later never lower the count
    Xapian::Document doc;
    doc.add_value(facets::value_slot(Facet::person, 0), "p");
    doc.add_value(facets::value_slot(Facet::place, 1), "mosca@RU");
    writer.put("b", doc);
    writer.commit();
  }
  Xapian::Database db(path);
  const std::string prefix(schema::kMetaSlotsPrefix);
  EXPECT_EQ(db.get_metadata(prefix + "person"), "3");
  EXPECT_EQ(db.get_metadata(prefix + "country"), "1");
  EXPECT_EQ(db.get_metadata(prefix + "place"), "2");
  EXPECT_EQ(db.get_metadata(prefix + "org"), "");
  EXPECT_EQ(db.get_metadata(prefix + "source"), "");
}

TEST(IndexWriter, RecordsItsKeyFold) {
  test::TempDir dir;
  { IndexWriter writer((dir / "db").string(), 10); }
  Xapian::Database db((dir / "db").string());
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaKeyFold)), facets::kKeyFoldId);
}

TEST(IndexWriter, RefusesADatabaseOfAnotherKeyFold) {
  test::TempDir dir;
  { IndexWriter writer((dir / "db").string(), 10); }
  {
    Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_OPEN);
    db.set_metadata(std::string(schema::kMetaKeyFold), "other-fold/3");
    db.commit();
  }
  try {
    IndexWriter writer((dir / "db").string(), 10);
    FAIL() << "opened a database of another key fold";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("other-fold/3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("re-index"), std::string::npos) << e.what();
  }
}

TEST(IndexWriter, RefusesADatabaseOfAnotherAnalyzer) {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE);
    db.set_metadata(std::string(schema::kMetaAnalyzer), "other-analyzer/7");
    db.commit();
  }
  try {
    IndexWriter writer((dir / "db").string(), 10);
    FAIL() << "opened a database of another analyzer";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("other-analyzer/7"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("re-index"), std::string::npos) << e.what();
  }
}

TEST(IndexWriter, RefusesANonSegugioDatabase) {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE);
    db.add_document(doc_with("x"));
    db.commit();
  }
  EXPECT_THROW(IndexWriter((dir / "db").string(), 10), DatabaseError);
}

}  // namespace
}  // namespace segugio::index
