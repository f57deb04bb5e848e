#pragma once
// Tiny Segugio databases built directly through the Xapian API, following schema.h the
// way segugio-index writes it, so the query side can be tested on its own.
#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace segugio::test {

struct TestEntity {
  std::string facet;  // "person", "country", "org", "place"
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
  std::vector<TestEntity> entities;  // most mentioned first: the i-th goes to slot first + i
};

// A fresh database in a new temporary folder (removed by the destructor).
class TestDatabase {
 public:
  explicit TestDatabase(const std::vector<TestArticle>& articles, std::string analyzer_id = "");
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The articles the query tests share: the seed (shortened) and a few others.
std::vector<TestArticle> sample_articles();

// The articles of a JSON Lines file with their entities found by the entity library's
// extractor (on title + "\n" + text), as the indexer annotates them.
std::vector<TestArticle> extracted_articles(const std::filesystem::path& jsonl);

}  // namespace segugio::test
