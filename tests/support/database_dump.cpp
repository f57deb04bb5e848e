#include "database_dump.h"

#include <gtest/gtest.h>

namespace segugio::test {

std::string dump_terms(const Xapian::Document& document) {
  std::string out;
  for (auto t = document.termlist_begin(); t != document.termlist_end(); ++t) {
    if (!out.empty()) out += ' ';
    out += *t;
    std::string positions;
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
      positions += positions.empty() ? "@" : ",";
      positions += std::to_string(*p);
    }
    if (!positions.empty()) {
      out += positions;
    } else if (t.get_wdf() > 0) {
      out += ":" + std::to_string(t.get_wdf());
    }
  }
  return out;
}

std::string dump_values(const Xapian::Document& document) {
  std::string out;
  for (auto v = document.values_begin(); v != document.values_end(); ++v) {
    if (!out.empty()) out += ' ';
    out += std::to_string(v.get_valueno()) + "=" + *v;
  }
  return out;
}

Xapian::Document document_by_id(const Xapian::Database& db, const std::string& id) {
  auto posting = db.postlist_begin("Q" + id);
  if (posting == db.postlist_end("Q" + id)) {
    ADD_FAILURE() << "no document with id " << id;
    return {};
  }
  return db.get_document(*posting);
}

std::string dump_database(const std::filesystem::path& path) {
  Xapian::Database db(path.string());
  std::string out = "doccount " + std::to_string(db.get_doccount()) + "\n";
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    out += "metadata " + *key + "=" + db.get_metadata(*key) + "\n";
  }
  for (auto posting = db.postlist_begin(""); posting != db.postlist_end(""); ++posting) {
    Xapian::Document document = db.get_document(*posting);
    out += "doc " + std::to_string(*posting) + "\n  terms " + dump_terms(document) + "\n  values " +
           dump_values(document) + "\n  data " + document.get_data() + "\n";
  }
  return out;
}

}  // namespace segugio::test
