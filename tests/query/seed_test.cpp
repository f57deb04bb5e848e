// The bundled sample (corpora/sample: the seed + Italian Wikinews) with entities found by
// the real extractor, indexed following the schema: the queries a first user tries.
#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "search/searcher.h"
#include "test_data.h"
#include "test_db.h"

namespace segugio::search {
namespace {

class Seed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto articles = test::extracted_articles(test::source_dir() / "corpora/sample/seed.jsonl");
    auto wikinews = test::extracted_articles(test::source_dir() / "corpora/sample/wikinews-it.jsonl");
    articles.insert(articles.end(), wikinews.begin(), wikinews.end());
    db_ = new test::TestDatabase(articles);
  }
  static void TearDownTestSuite() { delete db_; }

  std::vector<std::string> ids(const std::string& query, std::vector<FacetFilter> facets = {}) {
    SearchRequest request;
    request.query = query;
    request.filters.facets = std::move(facets);
    request.limit = 1000;
    request.snippets = false;
    std::vector<std::string> out;
    for (const Hit& hit : searcher_.search(request).hits) out.push_back(hit.id);
    return out;
  }
  static bool has_seed(const std::vector<std::string>& ids) {
    return std::find(ids.begin(), ids.end(), "seed-000") != ids.end();
  }

  static test::TestDatabase* db_;
  Searcher searcher_{db_->path()};
};
test::TestDatabase* Seed::db_ = nullptr;

TEST_F(Seed, FoundByTheQueriesOfTheIssue) {
  EXPECT_TRUE(has_seed(ids("Lavrov")));
  EXPECT_TRUE(has_seed(ids("\"Kim Jong Un\"")));
  EXPECT_TRUE(has_seed(ids("armi", {{Facet::person, "Kim Jong Un", false}, {Facet::country, "RU", false}})));
  EXPECT_TRUE(has_seed(ids("country:KP")));
  EXPECT_TRUE(has_seed(ids("dell'Assemblea")));
  EXPECT_TRUE(has_seed(ids("assemblea")));
}

TEST_F(Seed, PersonBySurname) {
  auto lavrov = ids("", {{Facet::person, "Lavrov", false}});
  EXPECT_TRUE(has_seed(lavrov));
  EXPECT_EQ(ids("", {{Facet::person, "Sergej Lavrov", false}}), lavrov);
}

TEST_F(Seed, CountryCodeNameAndDemonymAreOneFilter) {
  auto by_code = ids("", {{Facet::country, "RU", false}});
  EXPECT_TRUE(has_seed(by_code));
  EXPECT_EQ(ids("", {{Facet::country, "russia", false}}), by_code);
  EXPECT_EQ(ids("", {{Facet::country, "russa", false}}), by_code);
  EXPECT_EQ(ids("country:Russia"), by_code);
  EXPECT_EQ(ids("", {{Facet::country, "Corea del Nord", false}}), ids("country:KP"));
}

TEST_F(Seed, FacetCountsEqualCountsOfStoredEntities) {
  Xapian::Database db(db_->path());
  for (const char* query : {"", "Putin", "Russia OR Ucraina", "\"Corea del Nord\""}) {
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    request.facets = {Facet::person, Facet::country, Facet::organisation, Facet::place};
    request.facet_limit = 0;
    SearchResponse counted = searcher_.search(request);
    std::map<std::string, std::map<std::string, Xapian::doccount>> expected;
    std::size_t matches = 0;
    for (const std::string& id : ids(query)) {
      ++matches;
      auto post = db.postlist_begin("Q" + id);
      auto data = nlohmann::json::parse(db.get_document(*post).get_data());
      std::set<std::pair<std::string, std::string>> held;
      for (const auto& e : data["entities"]) held.insert({e["facet"].get<std::string>(), e["id"].get<std::string>()});
      for (const auto& [facet, id2] : held) ++expected[facet][id2];
    }
    EXPECT_EQ(counted.total, matches) << query;
    for (const FacetCounts& f : counted.facets) {
      std::map<std::string, Xapian::doccount> got;
      for (const FacetValue& v : f.values) got[v.id] = v.count;
      EXPECT_EQ(got, expected[std::string(facet_name(f.facet))]) << query << " " << facet_name(f.facet);
      EXPECT_FALSE(got.empty()) << query << " " << facet_name(f.facet);
    }
  }
}

TEST_F(Seed, DenseAndPerSlotCountingAgree) {
  SearchRequest request;
  request.query = "Russia OR Corea OR Putin OR governo";
  request.limit = 0;
  request.facets = {Facet::person, Facet::country, Facet::organisation, Facet::place, Facet::source};
  request.facet_limit = 0;
  Searcher per_slot(db_->path());
  per_slot.set_facet_counting(FacetCounting::PerSlot);
  auto dense = searcher_.search(request).facets;
  auto summed = per_slot.search(request).facets;
  ASSERT_EQ(dense.size(), summed.size());
  std::size_t values = 0;
  for (std::size_t f = 0; f < dense.size(); ++f) {
    ASSERT_EQ(dense[f].values.size(), summed[f].values.size()) << facet_name(dense[f].facet);
    for (std::size_t i = 0; i < dense[f].values.size(); ++i) {
      EXPECT_EQ(dense[f].values[i].id, summed[f].values[i].id);
      EXPECT_EQ(dense[f].values[i].count, summed[f].values[i].count);
    }
    values += dense[f].values.size();
  }
  EXPECT_GT(values, 50u);
}

}  // namespace
}  // namespace segugio::search
