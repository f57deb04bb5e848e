// Multi-select facets, the date facet and the facet list of --facets.
#include <map>

#include <gtest/gtest.h>

#include "error.h"
#include "search/facet_list.h"
#include "search/searcher.h"
#include "test_db.h"

namespace segugio::search {
namespace {

using facets::DateGranularity;
using Counted = std::map<std::string, Xapian::doccount>;

Counted counted(const FacetCounts& counts) {
  Counted out;
  for (const FacetValue& v : counts.values) out[v.id] = v.count;
  return out;
}

TEST(MultiSelect, AFacetsCountsIgnoreItsOwnFiltersAndKeepTheOthers) {
  test::TestDatabase db(test::sample_articles());
  Searcher searcher(db.path());
  SearchRequest request;
  request.query = "armi";
  request.filters.facets = {{Facet::country, "RU", false}, {Facet::person, "Vladimir Putin", false}};
  request.facets = {Facet::country, Facet::person, Facet::place};
  request.facet_limit = 0;
  const SearchResponse plain = searcher.search(request);
  ASSERT_EQ(plain.facets.size(), 3u);
  EXPECT_EQ(counted(plain.facets[0]), (Counted{{"RU", 2}, {"KP", 2}, {"US", 1}}));
  EXPECT_FALSE(plain.facets[0].own_filter_ignored);

  request.multi_select = true;
  const SearchResponse multi = searcher.search(request);
  EXPECT_EQ(multi.total, plain.total);  // the results are still filtered
  ASSERT_EQ(multi.facets.size(), 3u);
  // Countries over "armi" with Putin, any country: seed and news-001.
  EXPECT_EQ(counted(multi.facets[0]), (Counted{{"RU", 2}, {"KP", 2}, {"US", 1}}));
  EXPECT_TRUE(multi.facets[0].own_filter_ignored);
  // Persons over "armi" in Russia, any person: seed and news-001.
  EXPECT_EQ(counted(multi.facets[1]),
            (Counted{{"vladimir putin", 2}, {"kim jong un", 2}, {"sergei lavrov", 1}}));
  EXPECT_TRUE(multi.facets[1].own_filter_ignored);
  // Places have no filter of their own: counted over the filtered matches.
  EXPECT_FALSE(multi.facets[2].own_filter_ignored);
  EXPECT_EQ(counted(multi.facets[2]), (Counted{{"new york@US", 1}, {"vladivostok@RU", 1}}));
}

TEST(MultiSelect, OneFilterOnlyShowsEveryOtherValue) {
  test::TestDatabase db(test::sample_articles());
  Searcher searcher(db.path());
  SearchRequest request;
  request.query = "armi";
  request.filters.facets = {{Facet::country, "RU", false}};
  request.facets = {Facet::country};
  request.facet_limit = 0;
  request.multi_select = true;
  const SearchResponse r = searcher.search(request);
  EXPECT_EQ(r.total, 2u);
  ASSERT_EQ(r.facets.size(), 1u);
  EXPECT_EQ(counted(r.facets[0]), (Counted{{"KP", 3}, {"RU", 2}, {"US", 2}, {"KR", 1}, {"UA", 1}}));
}

TEST(DateFacet, MatchesPerPeriodOldestFirst) {
  test::TestDatabase db(test::sample_articles());
  Searcher searcher(db.path());
  SearchRequest request;
  request.date_facet = DateGranularity::year;
  SearchResponse r = searcher.search(request);
  ASSERT_EQ(r.facets.size(), 1u);
  EXPECT_EQ(r.facets[0].date, DateGranularity::year);
  ASSERT_EQ(r.facets[0].values.size(), 2u);
  EXPECT_EQ(r.facets[0].values[0].id, "2022");
  EXPECT_EQ(r.facets[0].values[0].count, 1u);
  EXPECT_EQ(r.facets[0].values[1].id, "2023");
  EXPECT_EQ(r.facets[0].values[1].count, 3u);  // the undated article is in no period

  request.query = "armi";
  request.date_facet = DateGranularity::month;
  request.facets = {Facet::country};
  r = searcher.search(request);
  ASSERT_EQ(r.facets.size(), 2u);
  EXPECT_EQ(r.facets[1].date, DateGranularity::month);
  EXPECT_EQ(counted(r.facets[1]), (Counted{{"2022-05", 1}, {"2023-08", 1}, {"2023-09", 1}, {"2023-10", 1}}));

  request.date_facet = DateGranularity::day;
  request.sort = SortOrder::Date;
  r = searcher.search(request);
  ASSERT_EQ(r.facets.size(), 2u);
  EXPECT_EQ(r.facets[1].values.front().id, "2022-05-20");
  EXPECT_EQ(r.facets[1].values.back().id, "2023-10-02");
}

TEST(FacetList, NamesDatesAndErrors) {
  FacetList list = parse_facet_list("person, org ,date:year");
  EXPECT_EQ(list.facets, (std::vector<Facet>{Facet::person, Facet::organisation}));
  EXPECT_EQ(list.date, DateGranularity::year);
  EXPECT_EQ(parse_facet_list("date").date, DateGranularity::month);
  EXPECT_EQ(parse_facet_list("Date:Day").date, DateGranularity::day);
  EXPECT_EQ(parse_facet_list("").facets.size(), 0u);
  try {
    parse_facet_list("person,date:week");
    FAIL() << "accepted date:week";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("\"date:week\""), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("date:month"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace segugio::search
