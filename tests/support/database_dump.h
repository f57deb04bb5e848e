#pragma once
// Readable, comparable renderings of a Xapian database's content for tests: two
// databases are "the same" when their dumps are equal.
#include <filesystem>
#include <string>

#include <xapian.h>

namespace segugio::test {

// The document's terms in order, one space apart: "term" for a boolean term (no
// position, wdf 0), "term:wdf" for a weighted one, "term@1,5" with its positions.
std::string dump_terms(const Xapian::Document& document);

// "slot=value" pairs in slot order, one space apart.
std::string dump_values(const Xapian::Document& document);

// The document whose "Q" term is "Q" + id; a test failure (and an empty document) when
// there is none.
Xapian::Document document_by_id(const Xapian::Database& db, const std::string& id);

// Every document in docid order (docid, terms, values, data) and every metadata key
// with its value: everything a reader of the database can see.
std::string dump_database(const std::filesystem::path& path);

}  // namespace segugio::test
