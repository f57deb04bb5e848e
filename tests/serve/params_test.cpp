// The URL <-> search state mapping (serve/params.h) and the HTML escaping (serve/html.h),
// in-process.
#include <gtest/gtest.h>

#include "error.h"
#include "html.h"
#include "params.h"

namespace segugio::serve {
namespace {

Params params(std::initializer_list<std::pair<const std::string, std::string>> list) { return Params(list); }

// A query string ("a=1&b=x%20y") read back as parameters.
Params from_query(const std::string& query) {
  Params back;
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t amp = query.find('&', start);
    std::string pair = query.substr(start, amp - start);
    std::string name = pair.substr(0, pair.find('=')), value;
    const std::string encoded = pair.substr(pair.find('=') + 1);
    for (std::size_t i = 0; i < encoded.size(); ++i) {
      if (encoded[i] == '%') {
        value += static_cast<char>(std::stoi(encoded.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        value += encoded[i];
      }
    }
    back.emplace(name, value);
    if (amp == std::string::npos) break;
    start = amp + 1;
  }
  return back;
}

TEST(ServeParams, StateRoundTripsThroughItsQueryString) {
  State s = parse_state(params({{"q", "armi \"Kim Jong Un\" & più"}, {"country", "RU"}, {"country", "KP"},
                                {"not_person", "Putin"}, {"from", "2023-09"}, {"to", "2023-10-15"},
                                {"sort", "date"}, {"offset", "20"}, {"limit", "5"}, {"facets", "person,org,date:year"},
                                {"facet_limit", "0"}, {"multi_select", "1"}, {"snippets", "0"}, {"explain", "1"}}),
                        Limits{}, false);
  const std::string query = to_query(s);
  EXPECT_EQ(to_query(parse_state(from_query(query), Limits{}, false)), query);
  search::SearchRequest r = to_request(s, {}, 10);
  EXPECT_EQ(r.query, "armi \"Kim Jong Un\" & più");
  ASSERT_EQ(r.filters.facets.size(), 3u);
  EXPECT_TRUE(r.filters.facets[0].negated);  // facets in display order: the person first
  EXPECT_EQ(r.filters.facets[0].value, "Putin");
  EXPECT_FALSE(r.filters.facets[1].negated);
  EXPECT_EQ(r.offset, 20u);
  EXPECT_EQ(r.limit, 5u);
  EXPECT_EQ(r.facets, (std::vector<search::Facet>{search::Facet::person, search::Facet::organisation}));
  EXPECT_EQ(r.date_facet, facets::DateGranularity::year);
  EXPECT_TRUE(r.multi_select);
  EXPECT_EQ(r.facet_limit, 0u);
  EXPECT_FALSE(r.snippets);
  EXPECT_TRUE(r.explain);
  EXPECT_EQ(r.sort, search::SortOrder::Date);
}

TEST(ServeParams, DefaultsStayOutOfTheQueryString) {
  EXPECT_EQ(to_query(parse_state(params({{"q", "a"}, {"sort", "relevance"}, {"limit", "10"}, {"country", ""}}),
                                 Limits{}, false)),
            "q=a");
}

TEST(ServeParams, ToggleAddsAndRemovesAValueAndGoesBackToTheFirstPage) {
  State s;
  s.offset = 30;
  State on = toggled(s, search::Facet::country, "RU");
  EXPECT_EQ(to_query(on), "country=RU");
  EXPECT_EQ(to_query(toggled(toggled(on, search::Facet::country, "KP"), search::Facet::country, "RU")), "country=KP");
}

TEST(ServeParams, BadParametersAreInputErrorsNamingThem) {
  Limits limits;
  limits.max_page_size = 50;
  auto message = [&](Params p, bool page = false) {
    try {
      parse_state(p, limits, page);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(params({{"limit", "51"}})), "parameter limit: at most 50");
  EXPECT_EQ(message(params({{"limit", "5x"}})), "parameter limit: not a number: \"5x\"");
  EXPECT_EQ(message(params({{"offset", "-1"}})), "parameter offset: not a number: \"-1\"");
  EXPECT_EQ(message(params({{"colour", "red"}})), "unknown parameter \"colour\"");
  EXPECT_EQ(message(params({{"vq_person", "Lav"}})), "unknown parameter \"vq_person\"");  // the page's own
  EXPECT_EQ(message(params({{"vq_person", "Lav"}}), true), "no error");
  EXPECT_EQ(message(params({{"snippets", "maybe"}})), "parameter snippets: give 1 or 0, not \"maybe\"");
  EXPECT_EQ(message(params({{"q", std::string(1025, 'x')}})), "query: longer than 1024 bytes");
  EXPECT_EQ(message(params({{"facets", "person,colour"}})),
            "unknown facet \"colour\" (known: person, country, org, place, source, date, date:year, date:month, "
            "date:day)");
  EXPECT_EQ(message(params({{"facets", "date:week"}})).rfind("unknown facet \"date:week\"", 0), 0u);
  EXPECT_EQ(message(params({{"multi_select", "2"}})), "parameter multi_select: give 1 or 0, not \"2\"");
  EXPECT_THROW(to_request(parse_state(params({{"from", "2023-13"}}), limits, false), {}, 10), InputError);
}

// facets= is read by segugio-query's parser: "date" alone is by month, each facet once,
// and what to_query writes back asks for the same counts.
TEST(ServeParams, FacetsTakeTheDateFacetAsTheQueryToolDoes) {
  auto request = [](const std::string& facets) {
    return to_request(parse_state(params({{"facets", facets}}), Limits{}, false), {}, 10);
  };
  EXPECT_EQ(request("person,date").date_facet, facets::DateGranularity::month);
  EXPECT_EQ(request("date:month").date_facet, facets::DateGranularity::month);
  EXPECT_EQ(request("date:day").date_facet, facets::DateGranularity::day);
  EXPECT_EQ(request("Date:Year").date_facet, facets::DateGranularity::year);
  EXPECT_EQ(request("country").date_facet, facets::DateGranularity::none);
  EXPECT_TRUE(request("date").facets.empty());
  EXPECT_EQ(request("country,person,country").facets,
            (std::vector<search::Facet>{search::Facet::country, search::Facet::person}));
  // No facets= at all: the endpoint's default facets, and no date facet.
  search::SearchRequest defaults = to_request(State{}, search::kAllFacets, 10);
  EXPECT_EQ(defaults.facets.size(), std::size(search::kAllFacets));
  EXPECT_EQ(defaults.date_facet, facets::DateGranularity::none);
  EXPECT_FALSE(defaults.multi_select);
  for (const char* facets : {"person,date", "date:year", "date:day,source", "organizzazione,date:month"}) {
    const State s = parse_state(params({{"facets", facets}}), Limits{}, false);
    const search::SearchRequest again = to_request(parse_state(from_query(to_query(s)), Limits{}, false), {}, 10);
    EXPECT_EQ(again.facets, to_request(s, {}, 10).facets) << facets;
    EXPECT_EQ(again.date_facet, to_request(s, {}, 10).date_facet) << facets;
  }
  EXPECT_EQ(to_query(parse_state(params({{"facets", "org,date:month"}}), Limits{}, false)), "facets=org%2Cdate");
}

TEST(ServeHtml, EscapeCoversEveryCharacterThatEndsTextOrAnAttribute) {
  EXPECT_EQ(escape(R"(<script>alert("x")</script> & 'y')"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  EXPECT_EQ(escape("\"><img src=x onerror=alert(1)>"), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
}

TEST(ServeHtml, SnippetMarksBecomeMarkElementsAndTheRestIsEscaped) {
  std::string snippet = std::string("a <b> ") + search::kHighlightStart + "Lavrov" + search::kHighlightEnd + " & " +
                        search::kHighlightStart + "open";
  EXPECT_EQ(snippet_html(snippet), "a &lt;b&gt; <mark>Lavrov</mark> &amp; <mark>open</mark>");
}

TEST(ServeHtml, OnlyHttpAddressesAreLinks) {
  EXPECT_TRUE(safe_link("https://example.org/"));
  EXPECT_TRUE(safe_link("HTTP://example.org/"));
  EXPECT_FALSE(safe_link("javascript:alert(1)"));
  EXPECT_FALSE(safe_link(" javascript:alert(1)"));
  EXPECT_FALSE(safe_link("data:text/html,<script>"));
}

TEST(ServeTimeline, MonthsWithoutMatchesAreFilledWithZeros) {
  std::vector<MonthCount> months = contiguous({{"2023-11", 2}, {"2024-02", 1}});
  ASSERT_EQ(months.size(), 4u);
  EXPECT_EQ(months[1].month, "2023-12");
  EXPECT_EQ(months[2].month, "2024-01");
  EXPECT_EQ(months[2].count, 0u);
  EXPECT_EQ(months[3].count, 1u);
}

// The timeline is the date facet of a response, by month: zero-filled from the first
// month to the last, and the matches the months do not hold are undated.
TEST(ServeTimeline, ComesFromTheResponsesDateFacet) {
  search::SearchResponse r;
  r.total = 9;
  r.facets.push_back({search::Facet::country, {{"RU", "Russia", 7}}, 1});
  search::FacetCounts date;
  date.date = facets::DateGranularity::month;
  date.values = {{"2023-10", "2023-10", 3}, {"2024-01", "2024-01", 2}};
  date.distinct = 2;
  r.facets.push_back(date);
  Timeline t = timeline_of(r);
  ASSERT_EQ(t.months.size(), 4u);
  EXPECT_EQ(t.months.front().month, "2023-10");
  EXPECT_EQ(t.months.front().count, 3u);
  EXPECT_EQ(t.months[1].count, 0u);
  EXPECT_EQ(t.months.back().month, "2024-01");
  EXPECT_EQ(t.dated, 5u);
  EXPECT_EQ(t.undated, 4u);
  // By year is not a timeline of months; nor is a response without a date facet.
  r.facets.back().date = facets::DateGranularity::year;
  EXPECT_TRUE(timeline_of(r).months.empty());
  r.facets.pop_back();
  EXPECT_TRUE(timeline_of(r).months.empty());
}

TEST(ServeTimeline, ItsRequestCountsOnlyTheDatesAndCanDropThePeriod) {
  State s = parse_state(params({{"q", "armi"}, {"country", "RU"}, {"from", "2023-09"}, {"to", "2023-10"},
                                {"facets", "person,date:year"}, {"multi_select", "1"}, {"offset", "30"}}),
                        Limits{}, false);
  const search::SearchRequest full = to_request(s, {}, 10);
  for (bool every_period : {false, true}) {
    search::SearchRequest r = timeline_request(full, every_period);
    EXPECT_EQ(r.query, "armi");
    ASSERT_EQ(r.filters.facets.size(), 1u);
    EXPECT_EQ(r.date_facet, facets::DateGranularity::month);
    EXPECT_TRUE(r.facets.empty());
    EXPECT_FALSE(r.multi_select);
    EXPECT_EQ(r.limit, 0u);
    EXPECT_EQ(r.offset, 0u);
    EXPECT_FALSE(r.snippets || r.spelling || r.explain);
    EXPECT_EQ(r.filters.from, every_period ? "" : "2023-09");
    EXPECT_EQ(r.filters.to, every_period ? "" : "2023-10");
  }
}

}  // namespace
}  // namespace segugio::serve
