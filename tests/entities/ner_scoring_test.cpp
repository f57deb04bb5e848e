// The scorer behind segugio-eval-ner, on hand-made gold files (tests/data/ner/).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "entities/ner_scoring.h"
#include "helpers.h"
#include "test_data.h"

using namespace segugio::entities;

namespace {

std::vector<GoldDocument> tiny() {
  std::ifstream in(segugio::test::source_dir() / "tests/data/ner/tiny.jsonl");
  EXPECT_TRUE(in.good()) << "tests/data/ner/tiny.jsonl is missing";
  return read_gold(in);
}

Mention mention(std::size_t b, std::size_t e, NerType t) {
  Mention m;
  m.cp_begin = b;
  m.cp_end = e;
  m.type = t;
  return m;
}

Entity entity(Facet f, const std::string& id, const std::string& name) {
  Entity e;
  e.facet = f;
  e.id = id;
  e.name = name;
  e.mentions = 1;
  return e;
}

}  // namespace

TEST(NerScoring, ReadsGoldWithCodePointOffsets) {
  auto docs = tiny();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].entities.size(), 3u);
  EXPECT_EQ(docs[1].entities[0].start, 9u);  // "Città di " is 9 code points, 10 bytes
  EXPECT_EQ(docs[1].entities[0].type, NerType::LOC);
}

TEST(NerScoring, MalformedRecordNamesItsLine) {
  std::ifstream in(segugio::test::source_dir() / "tests/data/ner/malformed.jsonl");
  ASSERT_TRUE(in.good());
  try {
    read_gold(in);
    FAIL() << "no error for an unknown type";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("MISC"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_gold_line("{not json"), std::exception);
  EXPECT_THROW(parse_gold_line("{\"id\":\"a\"}"), std::exception);
}

TEST(NerScoring, ExactTokenAndDocumentLevels) {
  auto docs = tiny();
  NerScorer scorer;
  // Doc 1: Mario Rossi right, Roma with the wrong type, Anna right; the person facet has
  // Mario Rossi (finds one gold mention) and Luca Verdi (matches none); countries: IT.
  Extraction a;
  a.mentions = {mention(0, 11, NerType::PER), mention(19, 23, NerType::ORG), mention(28, 32, NerType::PER)};
  a.entities = {entity(Facet::person, "mario rossi", "Mario Rossi"), entity(Facet::person, "luca verdi", "Luca Verdi"),
                entity(Facet::country, "IT", "Italia")};
  scorer.add(docs[0], a);
  // Doc 2: Mosca exactly, after a non-ASCII character; countries: RU.
  Extraction b;
  b.mentions = {mention(9, 14, NerType::LOC)};
  b.entities = {entity(Facet::country, "RU", "Russia")};
  scorer.add(docs[1], b);
  const NerScores& s = scorer.scores();
  auto per = s.exact[0], loc = s.exact[1], org = s.exact[2];
  EXPECT_EQ(per.tp, 2u);
  EXPECT_EQ(per.fp, 0u);
  EXPECT_EQ(loc.tp, 1u);
  EXPECT_EQ(loc.fn, 1u);
  EXPECT_EQ(org.fp, 1u);
  EXPECT_NEAR(s.exact_micro().precision(), 3.0 / 4.0, 1e-9);
  EXPECT_NEAR(s.exact_micro().recall(), 3.0 / 4.0, 1e-9);
  // Tokens: "Mario Rossi vive a Roma con Anna ." and "Città di Mosca".
  EXPECT_EQ(s.tokens, 11u);
  EXPECT_EQ(s.token[0].tp, 3u);  // Mario, Rossi, Anna
  EXPECT_EQ(s.token[1].tp, 1u);  // Mosca
  EXPECT_EQ(s.token[1].fn, 1u);  // Roma
  EXPECT_EQ(s.token[2].fp, 1u);  // Roma as ORG
  EXPECT_NEAR(s.token_micro().f1(), 4.0 / 5.0, 1e-9);
  // Person facet: Mario Rossi finds "Mario Rossi"; "Anna" is not found; Luca Verdi is wrong.
  EXPECT_EQ(s.person_doc.tp, 1u);
  EXPECT_EQ(s.person_doc.fn, 1u);
  EXPECT_EQ(s.person_doc.fp, 1u);
  // Countries: "Roma" and "Mosca" are places, not country names: the strict view counts
  // IT and RU as wrong, the view with places counts both right.
  EXPECT_EQ(s.country_doc.fp, 2u);
  EXPECT_EQ(s.country_places_doc.tp, 2u);
  EXPECT_EQ(s.country_places_doc.fp, 0u);
  auto j = scores_to_json(s);
  EXPECT_NEAR(j["per_exact_f1"].get<double>(), 1.0, 1e-9);
  EXPECT_TRUE(j.contains("token_micro_f1"));
  EXPECT_TRUE(j.contains("country_doc_f1"));
  EXPECT_NE(scores_table(s).find("micro"), std::string::npos);
}

TEST(NerScoring, PersonFacetMatchesFoldedWordsInAnyOrder) {
  GoldDocument g = parse_gold_line(
      R"({"id":"p","text":"Sergei Lavrov e Putin","entities":[{"start":0,"end":13,"type":"PER","text":"Sergei Lavrov"},{"start":16,"end":21,"type":"PER","text":"Putin"}]})");
  Extraction x;
  x.entities = {entity(Facet::person, "sergei lavrov", "Sergej Lavrov"), entity(Facet::person, "vladimir putin", "Vladimir Putin")};
  NerScorer scorer;
  scorer.add(g, x);
  EXPECT_EQ(scorer.scores().person_doc.tp, 2u);
  EXPECT_EQ(scorer.scores().person_doc.fp, 0u);
}

TEST(NerScoring, ErrorsAreListedWithClassTypeAndContext) {
  auto docs = tiny();
  NerScorer scorer;
  scorer.keep_errors(true);
  // "Roma" as ORG (gold LOC): a wrong type, one FP and one FN; "Mario" alone (gold
  // "Mario Rossi"): a boundary FP and FN; "Rossi" as ORG: a boundary of another type; gold "Anna"
  // with nothing predicted: missed.
  Extraction a;
  Mention mario = mention(0, 5, NerType::PER);
  mario.text = "Mario";
  mario.evidence = Evidence::given_name;
  a.mentions = {mario, mention(6, 11, NerType::ORG), mention(19, 23, NerType::ORG)};
  scorer.add(docs[0], a);
  const auto& e = scorer.errors();
  auto count = [&](NerError::Kind k, NerError::Class c) {
    return std::count_if(e.begin(), e.end(), [&](const NerError& x) { return x.kind == k && x.cls == c; });
  };
  EXPECT_EQ(count(NerError::Kind::false_positive, NerError::Class::wrong_type), 1);
  EXPECT_EQ(count(NerError::Kind::false_negative, NerError::Class::wrong_type), 1);
  EXPECT_EQ(count(NerError::Kind::false_positive, NerError::Class::boundary), 1);
  EXPECT_EQ(count(NerError::Kind::false_positive, NerError::Class::boundary_type), 1);  // Rossi as ORG
  EXPECT_EQ(count(NerError::Kind::false_negative, NerError::Class::boundary), 1);       // Mario Rossi
  EXPECT_EQ(count(NerError::Kind::false_negative, NerError::Class::missed), 1);         // Anna
  auto it = std::find_if(e.begin(), e.end(), [](const NerError& x) { return x.text == "Mario"; });
  ASSERT_NE(it, e.end());
  EXPECT_EQ(it->evidence, "given-name");
  EXPECT_EQ(it->other, "PER Mario Rossi");
  EXPECT_EQ(it->context, "[Mario] Rossi vive a Roma con Anna.");
  auto table = errors_table(e);
  EXPECT_NE(table.find("FN\tmissed\tPER\tt1\t28-32\t\"Anna\""), std::string::npos) << table;
}

TEST(NerScoring, SummaryHasALinePerFileAndATotal) {
  NerScores a, b;
  a.documents = 2;
  a.exact[0] = {3, 1, 0};
  b.documents = 1;
  b.exact[0] = {1, 0, 1};
  auto t = summary_table({{"one.jsonl", a}, {"two.jsonl", b}});
  EXPECT_NE(t.find("one.jsonl"), std::string::npos);
  EXPECT_NE(t.find("two.jsonl"), std::string::npos);
  // total: 4 TP, 1 FP, 1 FN, PER F1 0.8, three documents
  EXPECT_NE(t.find("total                             3  0.8000"), std::string::npos) << t;
}
