#pragma once
// Tiny Segugio databases written by the indexer's own DocumentBuilder and IndexWriter,
// with entities given by the test instead of found by the extractor, so the query side
// is tested on exactly the terms, values and metadata segugio-index writes.
#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace segugio::test {

struct TestEntity {
  std::string facet;  // a facet name: "person", "country", "org", "place"
  std::string id;     // canonical id: "sergei lavrov", "RU", "nazioni unite", "mosca@RU"
  std::string name;   // display name
  int mentions = 1;
};

struct TestArticle {
  std::string id;
  std::string title;
  std::string date;  // YYYY-MM-DD or empty
  std::string source;
  std::string text;
  std::vector<TestEntity> entities;  // most mentioned first, as the extractor orders them
};

// A fresh database in a new temporary folder (removed by the destructor).
class TestDatabase {
 public:
  explicit TestDatabase(const std::vector<TestArticle>& articles, std::string analyzer_id = "");
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& path() const { return path_; }
  // Overwrites one metadata entry (to test how a database labelled otherwise is met).
  void set_metadata(const std::string& key, const std::string& value);

 private:
  std::string path_;
};

// The articles the query tests share: the seed (shortened) and a few others.
std::vector<TestArticle> sample_articles();

// The articles of a JSON Lines file with their entities found by the entity library's
// extractor (on title + "\n" + text), as the indexer annotates them.
std::vector<TestArticle> extracted_articles(const std::filesystem::path& jsonl);

}  // namespace segugio::test
