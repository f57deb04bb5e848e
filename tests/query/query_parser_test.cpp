#include "search/query_parser.h"

#include <gtest/gtest.h>

#include "error.h"

namespace segugio::search {
namespace {

struct Case {
  const char* query;
  const char* tree;
  friend void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.query << '"'; }
};

class Parse : public ::testing::TestWithParam<Case> {};

TEST_P(Parse, Tree) { EXPECT_EQ(to_string(parse_query(GetParam().query)), GetParam().tree); }

INSTANTIATE_TEST_SUITE_P(
    Language, Parse,
    ::testing::Values(
        Case{"", "*"},
        Case{"   ", "*"},
        Case{"Lavrov", "text:Lavrov"},
        Case{"armi nucleari", "SEQ(text:armi, text:nucleari)"},
        Case{"\"Kim Jong Un\"", "phrase:\"Kim Jong Un\""},
        Case{"\u201cKim Jong Un\u201d", "phrase:\"Kim Jong Un\""},
        Case{"+armi -nucleari corea", "SEQ(+text:armi, -text:nucleari, text:corea)"},
        Case{"a AND b OR c", "OR(AND(text:a, text:b), text:c)"},
        Case{"a OR b AND c", "OR(text:a, AND(text:b, text:c))"},
        Case{"a b AND c", "AND(SEQ(text:a, text:b), text:c)"},
        Case{"a NOT b", "NOT(text:a, text:b)"},
        Case{"a AND NOT b", "NOT(text:a, text:b)"},
        Case{"NOT b", "NOT(*, text:b)"},
        Case{"(a OR b) c", "SEQ(OR(text:a, text:b), text:c)"},
        Case{"-(a b) c", "SEQ(-SEQ(text:a, text:b), text:c)"},
        Case{"Lavrov NEAR Kim", "NEAR/10(text:Lavrov, text:Kim)"},
        Case{"Lavrov NEAR/3 Kim NEAR Putin", "NEAR/10(text:Lavrov, text:Kim, text:Putin)"},
        Case{"nucle*", "wildcard:nucle*"},
        Case{"title:armi", "title:armi"},
        Case{"title:\"Corea del Nord\"", "title:\"Corea del Nord\""},
        Case{"title:nucle*", "title:nucle*"},
        Case{"person:\"Kim Jong Un\" country:KP", "SEQ(person:\"Kim Jong Un\", country:\"KP\")"},
        Case{"-country:UA armi", "SEQ(-country:\"UA\", text:armi)"},
        Case{"country:-UA armi", "SEQ(-country:\"UA\", text:armi)"},
        Case{"person:+Lavrov armi", "SEQ(+person:\"Lavrov\", text:armi)"},
        Case{"armi title:-corea", "SEQ(text:armi, -title:corea)"},
        Case{"organisation:ONU place:Mosca source:seed",
             "SEQ(org:\"ONU\", place:\"Mosca\", source:\"seed\")"},
        Case{"date:2023-09-01..2023-09-30", "date:2023-09-01..2023-09-30"},
        Case{"ore 10:30", "SEQ(text:ore, text:10:30)"},
        Case{"https://example.org Nota: 3:0", "SEQ(text:https://example.org, text:Nota:, text:3:0)"},
        Case{"dell'Assemblea", "text:dell'Assemblea"},
        Case{"and or not", "SEQ(text:and, text:or, text:not)"}));

class Reject : public ::testing::TestWithParam<const char*> {};

TEST_P(Reject, SyntaxErrorsAreInputErrors) { EXPECT_THROW(parse_query(GetParam()), InputError); }

INSTANTIATE_TEST_SUITE_P(Errors, Reject,
                         ::testing::Values("\"Kim Jong", "(a b", "a b)", "a OR", "AND a", "a NEAR",
                                           "NEAR a", "\"a\" NEAR b", "person:", "a NEAR/0 b", "()",
                                           "a NEAR/x b", "a NEAR/ b", "a NEAR/1000 b", "a NEAR/5x b",
                                           "-country:-RU"));

// "Lavrov NEAR/x Kim" was three words, the operator silently lost.
TEST(ParseErrors, NearWithoutANumberIsAnError) {
  try {
    parse_query("Lavrov NEAR/x Kim");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "query: NEAR/x: NEAR/ takes a number of words from 1 to 999, e.g. NEAR/5");
  }
}

TEST(ParseErrors, SayWhatIsWrong) {
  try {
    parse_query("\"Kim Jong");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "query: unterminated phrase: a \" is missing");
  }
}

std::string error_of(std::string_view query) {
  try {
    parse_query(query);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(ParseErrors, UnknownFieldsAreErrorsNotSilentText) {
  EXPECT_EQ(error_of("armi foo:bar"),
            "query: unknown field \"foo\" (fields: title, date, person, country, org, place, source); to search "
            "the text, quote it: \"foo:bar\"");
  EXPECT_EQ(to_string(parse_query("\"foo:bar\"")), "phrase:\"foo:bar\"");
}

TEST(ParseErrors, InvalidUtf8IsAnError) {
  EXPECT_EQ(error_of("caff\xe8 corretto"), "query: invalid UTF-8 at byte 5");
}

// Regression: 100,000 "(" overflowed the parser's stack (SIGSEGV); 200,000 words took
// minutes to build and run.
TEST(ParseErrors, OverlongAndDeeplyNestedQueriesAreRefused) {
  EXPECT_EQ(error_of(std::string(100000, '(') + "armi"), "query: 100004 bytes long, the limit is 8192");
  EXPECT_EQ(error_of(std::string(33, '(') + "armi" + std::string(33, ')')),
            "query: parentheses nested more than 32 deep");
  EXPECT_EQ(to_string(parse_query(std::string(32, '(') + "armi" + std::string(32, ')'))), "text:armi");
  std::string words;
  while (words.size() + 5 <= kMaxQueryBytes) words += "armi ";
  EXPECT_NO_THROW(parse_query(words));
  EXPECT_EQ(error_of(words + "armi"), "query: 8194 bytes long, the limit is 8192");
}

}  // namespace
}  // namespace segugio::search
