// The article the project started from (corpora/sample/seed.jsonl): machine-translated,
// with words glued by HTML stripping. Everything a user will try first.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "helpers.h"
#include "test_data.h"

using namespace segugio::entities;
using namespace segugio::entities::test;

namespace {

Extraction seed() {
  auto lines = segugio::test::read_lines(segugio::test::source_dir() / "corpora/sample/seed.jsonl");
  EXPECT_FALSE(lines.empty());
  auto j = nlohmann::json::parse(lines.at(0));
  return extractor().extract(j.at("text").get<std::string>());
}

}  // namespace

TEST(Seed, Persons) {
  auto p = names(seed(), Facet::person);
  for (const char* n : {"Sergej Lavrov", "Kim Jong Un", "Vladimir Putin", "Anthony Blinken", "Yuko Kamikawa"}) {
    EXPECT_TRUE(has(p, n)) << n;
  }
}

TEST(Seed, NoPersonFromAGluedOrSentenceInitialWord) {
  auto x = seed();
  // Every person's every word must be a word of one of the five real names.
  const std::vector<std::string> real = {"Sergej", "Lavrov", "Kim", "Jong", "Un", "Vladimir", "Putin",
                                         "Anthony", "Blinken", "Yuko", "Kamikawa"};
  for (const Entity* e : x.of(Facet::person)) {
    std::size_t i = 0;
    while (i < e->name.size()) {
      std::size_t j = e->name.find(' ', i);
      if (j == std::string::npos) j = e->name.size();
      EXPECT_TRUE(has(real, e->name.substr(i, j - i))) << "junk person: " << e->name;
      i = j + 1;
    }
  }
  EXPECT_EQ(x.of(Facet::person).size(), 5u);
}

TEST(Seed, Countries) {
  auto c = ids(seed(), Facet::country);
  for (const char* cc : {"RU", "KP", "US", "UA", "KR", "JP"}) EXPECT_TRUE(has(c, cc)) << cc;
}

TEST(Seed, OrganisationsAndPlaces) {
  auto x = seed();
  auto o = names(x, Facet::organisation);
  EXPECT_TRUE(has(o, "Nazioni Unite"));
  EXPECT_TRUE(has(o, "Consiglio di Sicurezza"));
  auto p = names(x, Facet::place);
  for (const char* n : {"New York", "Pyongyang", "Mosca"}) EXPECT_TRUE(has(p, n)) << n;
}

TEST(Seed, SurnameMentionsCountTowardsTheFullName) {
  auto x = seed();
  const Entity* putin = find(x, Facet::person, person_key("Vladimir Putin"));
  ASSERT_NE(putin, nullptr);
  EXPECT_GE(putin->mentions, 4u);  // "(il presidente russo Vladimir) Putin" and four "Putin"
  EXPECT_NE(std::find(putin->evidence.begin(), putin->evidence.end(), Evidence::coreference), putin->evidence.end());
}
