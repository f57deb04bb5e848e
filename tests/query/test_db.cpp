#include "test_db.h"

#include <unistd.h>

#include <map>

#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "analysis/fold.h"
#include "entities/extractor.h"
#include "index/sort_keys.h"
#include "schema.h"
#include "test_data.h"

namespace segugio::test {
namespace {

void add_text(analysis::Analyzer& analyzer, const std::string& text, Xapian::termpos first, bool title,
              Xapian::Document& doc) {
  for (const auto& token : analyzer.analyze(text).tokens) {
    if (token.term.empty()) continue;
    Xapian::termpos pos = first + token.position;
    doc.add_posting(token.term, pos);
    if (title) doc.add_posting("S" + token.term, pos);
    if (token.stopword) continue;
    for (const std::string* stem : {&token.stem, &token.stem_alt}) {
      if (stem->empty()) continue;
      doc.add_term("Z" + *stem);
      if (title) doc.add_term("ZS" + *stem);
    }
  }
}

std::string prefix_of(const std::string& facet) {
  if (facet == "person") return std::string(schema::kPrefixPerson);
  if (facet == "country") return std::string(schema::kPrefixCountry);
  if (facet == "org") return std::string(schema::kPrefixOrg);
  return std::string(schema::kPrefixPlace);
}

Xapian::valueno first_slot(const std::string& facet) {
  if (facet == "person") return schema::kSlotPersonFirst;
  if (facet == "country") return schema::kSlotCountryFirst;
  if (facet == "org") return schema::kSlotOrgFirst;
  return schema::kSlotPlaceFirst;
}

}  // namespace

TestDatabase::TestDatabase(const std::vector<TestArticle>& articles, std::string analyzer_id) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "segugio-query-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl + "/db";
  analysis::Analyzer analyzer;
  Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OVERWRITE);
  std::map<std::string, std::size_t> slots_used;
  for (const TestArticle& a : articles) {
    Xapian::Document doc;
    add_text(analyzer, a.title, 1, true, doc);
    add_text(analyzer, a.text, schema::kBodyFirstPosition, false, doc);
    doc.add_boolean_term("Q" + a.id);
    doc.add_value(schema::kSlotId, a.id);
    nlohmann::json data{{"id", a.id}, {"text", a.text}};
    if (!a.title.empty()) data["title"] = a.title;
    if (!a.source.empty()) {
      doc.add_boolean_term(std::string(schema::kPrefixSource) + analysis::fold_case(a.source));
      doc.add_value(schema::kSlotSource, a.source);
      data["source"] = a.source;
    }
    if (!a.date.empty()) {
      std::string d = a.date.substr(0, 4) + a.date.substr(5, 2) + a.date.substr(8, 2);
      doc.add_boolean_term("Y" + d.substr(0, 4));
      doc.add_boolean_term("M" + d.substr(0, 6));
      doc.add_boolean_term("D" + d);
      doc.add_value(schema::kSlotDate, d);
      data["date"] = a.date;
    }
    doc.add_value(schema::kSlotDateOrder,
                  index::date_order_key(a.date.empty() ? "" : a.date.substr(0, 4) + a.date.substr(5, 2) + a.date.substr(8, 2), a.id));
    std::map<std::string, Xapian::valueno> next;
    data["entities"] = nlohmann::json::array();
    for (const TestEntity& e : a.entities) {
      doc.add_boolean_term(prefix_of(e.facet) + e.id);
      Xapian::valueno i = next[e.facet]++;
      doc.add_value(first_slot(e.facet) + i, e.id);
      slots_used[e.facet] = std::max<std::size_t>(slots_used[e.facet], i + 1);
      data["entities"].push_back({{"facet", e.facet}, {"id", e.id}, {"name", e.name}, {"mentions", e.mentions}});
    }
    doc.set_data(data.dump());
    db.replace_document("Q" + a.id, doc);
  }
  db.set_metadata(std::string(schema::kMetaAnalyzer),
                  analyzer_id.empty() ? analysis::Analyzer::id() : analyzer_id);
  db.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
  for (const auto& [facet, n] : slots_used)
    db.set_metadata(std::string(schema::kMetaSlotsPrefix) + facet, std::to_string(n));
  db.commit();
}

TestDatabase::~TestDatabase() {
  std::error_code ignored;
  std::filesystem::remove_all(std::filesystem::path(path_).parent_path(), ignored);
}

std::vector<TestArticle> extracted_articles(const std::filesystem::path& jsonl) {
  entities::Extractor extractor;
  std::vector<TestArticle> articles;
  for (const std::string& line : read_lines(jsonl)) {
    if (line.empty()) continue;
    auto record = nlohmann::json::parse(line);
    TestArticle a;
    a.id = record.at("id").get<std::string>();
    a.title = record.value("title", "");
    a.date = record.value("date", "").substr(0, 10);
    a.source = record.value("source", "");
    a.text = record.value("text", record.value("contents", ""));
    entities::Extraction found = extractor.extract(a.title.empty() ? a.text : a.title + "\n" + a.text);
    for (const entities::Entity& e : found.entities) {
      std::string facet(entities::to_string(e.facet));
      if (facet == "organisation") facet = "org";
      a.entities.push_back({facet, e.id, e.name, static_cast<int>(e.mentions)});
    }
    articles.push_back(std::move(a));
  }
  return articles;
}

std::vector<TestArticle> sample_articles() {
  return {
      {"seed-000", "", "2023-10-02", "seed",
       "Ministro degli Esteri russo, Sergej LavrovLa porta \u00e8 stata aperta per una visita ufficiale "
       "Corea del nord Nel mese di ottobre, dopo l\u2019ultimo viaggio effettuato dal dittatore nordcoreano "
       "in Russia, Kim Jong UnI due paesi hanno deciso di continuare a rafforzare le loro relazioni. "
       "Ha detto Lavrov da New York, dove si sarebbe recato per partecipare alle riunioni "
       "dell\u2019Assemblea generale delle Nazioni Unite. Si \u00e8 parlato di un possibile accordo per la "
       "fornitura di armi alla Corea del Nord.",
       {{"person", "sergei lavrov", "Sergej Lavrov", 3},
        {"person", "kim jong un", "Kim Jong Un", 3},
        {"person", "vladimir putin", "Vladimir Putin", 1},
        {"country", "RU", "Russia", 4},
        {"country", "KP", "Corea del Nord", 3},
        {"country", "US", "Stati Uniti", 1},
        {"org", "nazioni unite", "Nazioni Unite", 1},
        {"place", "new york@US", "New York", 1}}},
      {"news-001", "Putin incontra Kim a Vladivostok", "2023-09-13", "agenzia",
       "Il presidente russo Vladimir Putin ha incontrato Kim Jong Un. Si \u00e8 parlato di armi e di "
       "cooperazione militare. La citt\u00e0 era blindata.",
       {{"person", "vladimir putin", "Vladimir Putin", 2},
        {"person", "kim jong un", "Kim Jong Un", 1},
        {"country", "RU", "Russia", 2},
        {"country", "KP", "Corea del Nord", 1},
        {"place", "vladivostok@RU", "Vladivostok", 1}}},
      {"news-002", "Kim Yo Jong minaccia Seul", "2023-08-01", "agenzia",
       "La sorella del leader, Kim Yo Jong, ha minacciato la Corea del Sud. Nessun accordo sulle armi.",
       {{"person", "kim yo jong", "Kim Yo Jong", 2},
        {"country", "KP", "Corea del Nord", 1},
        {"country", "KR", "Corea del Sud", 1}}},
      {"news-003", "Blinken a Kiev", "2022-05-20", "quotidiano",
       "Il segretario di Stato Antony Blinken \u00e8 arrivato a Kiev. L'Ucraina chiede armi.",
       {{"person", "antony blinken", "Antony Blinken", 1},
        {"country", "UA", "Ucraina", 2},
        {"country", "US", "Stati Uniti", 1},
        {"place", "kiev@UA", "Kiev", 1}}},
      {"news-004", "Meteo", "", "quotidiano", "Domani pioggia al nord, sole al sud. Perch\u00e9 no.", {}},
  };
}

}  // namespace segugio::test
