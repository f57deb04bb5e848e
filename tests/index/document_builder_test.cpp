// The document builder: every term, value and the stored data of an article, written
// out in full (database_dump.h's compact form) so that a schema change shows in review.
#include <nlohmann/json.hpp>
#include <gtest/gtest.h>

#include "analysis/analyzer.h"
#include "database_dump.h"
#include "index/document_builder.h"
#include "facets/key_fold.h"
#include "index/sort_keys.h"
#include "index/terms.h"
#include "schema.h"

namespace segugio::index {
namespace {

Article article(std::string id, std::string title, std::string text) {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.text = std::move(text);
  return a;
}

class DocumentBuilderTest : public ::testing::Test {
 protected:
  analysis::Analyzer analyzer;
  DocumentBuilder builder{analyzer};
};

TEST_F(DocumentBuilderTest, TitleBodyDateAndSource) {
  Article a = article("art-1", "La città di Modena", "Il sindaco di Modena ha parlato dell'Assemblea.");
  a.date = "20230915";
  a.source = "Gazzetta di Prova";
  a.url = "https://example.org/art-1";
  Xapian::Document doc = builder.build(a);
  // Title words from position 1 (also with "S"), body words from 1000000; stop words
  // ("la", "di", "il", "ha") keep their positions but get no stem.
  EXPECT_EQ(test::dump_terms(doc),
            "Qart-1 Scitta@2 Sdi@3 Sla@1 Smodena@4 XN:XSRCgazzetta di prova\tGazzetta di Prova "
            "XSRCgazzetta di prova "
            "ZScitt:1 ZSmoden:1 Zassemble:1 Zcitt:1 Zmoden:2 Zparl:1 Zsindac:1 "
            "assemblea@1000006 citta@2 di@3,1000002 ha@1000004 il@1000000 la@1 modena@4,1000003 "
            "parlato@1000005 sindaco@1000001");
  // The source slot holds the source id (the key fold of its name), as its filter term.
  EXPECT_EQ(test::dump_values(doc), "0=20230915 1=gazzetta di prova 2=art-1 3=" + date_order_key("20230915", "art-1"));
  EXPECT_EQ(nlohmann::json::parse(doc.get_data()),
            nlohmann::json::parse(R"({"id":"art-1","title":"La città di Modena","date":"2023-09-15",
              "url":"https://example.org/art-1","source":"Gazzetta di Prova",
              "text":"Il sindaco di Modena ha parlato dell'Assemblea."})"));
}

TEST_F(DocumentBuilderTest, NoDateNoSourceMeansOnlySortKeysAndNoBooleanFacets) {
  Xapian::Document doc = builder.build(article("x", "", "Roma"));
  EXPECT_EQ(test::dump_terms(doc), "Qx Zrom:1 roma@1000000");
  EXPECT_EQ(test::dump_values(doc), "2=x 3=" + date_order_key("", "x"));  // the sort keys only
  EXPECT_EQ(doc.get_data(), R"({"id":"x","text":"Roma"})");
}

TEST_F(DocumentBuilderTest, AccentFreeStemIsIndexedToo) {
  // The stemmer reads "abbandonerà" as a future tense, "abbandonera" not: both stems.
  EXPECT_EQ(test::dump_terms(builder.build(article("x", "", "abbandonerà"))),
            "Qx Zabbandon:1 Zabbandoner:1 abbandonera@1000000");
}

TEST_F(DocumentBuilderTest, GluedWordKeepsItsWholeFormAtItsFirstPartsPosition) {
  EXPECT_EQ(test::dump_terms(builder.build(article("x", "LavrovLa porta", ""))),
            "Qx Sla@2 Slavrov@1 Slavrovla@1 Sporta@3 ZSlavrov:1 ZSlavrovl:1 ZSport:1 Zlavrov:1 Zlavrovl:1 "
            "Zport:1 la@2 lavrov@1 lavrovla@1 porta@3");
}

TEST_F(DocumentBuilderTest, OverlongWordsAreNotIndexed) {
  const std::string junk(kMaxWordBytes + 1, 'a');
  EXPECT_EQ(test::dump_terms(builder.build(article("x", "", "casa " + junk))), "Qx Zcas:1 casa@1000000");
}

TEST(Terms, BooleanTermSpelling) {
  EXPECT_EQ(id_term("dice-57"), "Qdice-57");
  EXPECT_EQ(facets::facet_term(facets::Facet::source, facets::fold_id(facets::Facet::source, "Wikinews-KIND")),
            "XSRCwikinews-kind");
  EXPECT_EQ(facets::fold_id(facets::Facet::source, "STRAßE"), "strasse");
}

// The entity hook: the annotator finds entities, the builder writes them: filter terms,
// display-name terms, slots in order (most mentioned first), and the stored JSON.
class FakeAnnotator : public EntityAnnotator {
 public:
  entities::Extraction annotate(const Article& a, const analysis::Reading& title,
                                const analysis::Reading& body) override {
    seen = a.id + " " + std::to_string(title.words.size()) + " " + std::to_string(body.words.size());
    entities::Extraction x;
    auto entity = [](facets::Facet f, std::string id, std::string name) {
      entities::Entity e;
      e.facet = f;
      e.id = std::move(id);
      e.name = std::move(name);
      e.mentions = 1;
      return e;
    };
    x.entities = {entity(facets::Facet::person, "sergei lavrov", "Sergej Lavrov"),
                  entity(facets::Facet::person, "kim jong un", "Kim Jong Un"),
                  entity(facets::Facet::country, "RU", "Russia"),
                  entity(facets::Facet::organisation, "nazioni unite", "Nazioni Unite")};
    return x;
  }
  std::string seen;
};

TEST(DocumentBuilderHook, EntitiesBecomeTermsSlotsAndStoredEntities) {
  analysis::Analyzer analyzer;
  FakeAnnotator annotator;
  DocumentBuilder builder(analyzer, &annotator);
  Xapian::Document doc = builder.build(article("e", "", ""));
  EXPECT_EQ(annotator.seen, "e 0 0");
  EXPECT_EQ(test::dump_terms(doc),
            "NRU Qe XN:NRU\tRussia XN:XOnazioni unite\tNazioni Unite XN:XPkim jong un\tKim Jong Un "
            "XN:XPsergei lavrov\tSergej Lavrov XOnazioni unite XPkim jong un XPsergei lavrov");
  // person 0 -> 100, country 0 -> 101, org 0 -> 102, person 1 -> 104 (facets/facet.h).
  EXPECT_EQ(test::dump_values(doc),
            "2=e 3=" + date_order_key("", "e") + " 100=sergei lavrov 101=RU 102=nazioni unite 104=kim jong un");
  auto data = nlohmann::json::parse(doc.get_data());
  ASSERT_EQ(data["entities"].size(), 4u);
  EXPECT_EQ(data["entities"][0]["facet"], "person");
  EXPECT_EQ(data["entities"][0]["name"], "Sergej Lavrov");
  EXPECT_EQ(data["entities"][3]["facet"], "org");
}

}  // namespace
}  // namespace segugio::index
