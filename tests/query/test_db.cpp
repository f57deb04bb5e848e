#include "test_db.h"

#include <unistd.h>

#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "entities/extractor.h"
#include "facets/facet.h"
#include "index/document_builder.h"
#include "index/index_writer.h"
#include "schema.h"
#include "test_data.h"

namespace segugio::test {
namespace {

// Hands the document builder the entities a test gave for each article.
class GivenEntities : public index::EntityAnnotator {
 public:
  explicit GivenEntities(const std::vector<TestArticle>& articles) {
    for (const TestArticle& a : articles) {
      entities::Extraction& x = by_id_[a.id];
      for (const TestEntity& e : a.entities) {
        auto facet = facets::parse_facet(e.facet);
        if (!facet || *facet == facets::Facet::source)
          throw std::invalid_argument("test entity with unknown facet \"" + e.facet + "\"");
        entities::Entity entity;
        entity.facet = *facet;
        entity.id = e.id;
        entity.name = e.name;
        entity.mentions = static_cast<std::uint32_t>(e.mentions);
        x.entities.push_back(std::move(entity));
      }
    }
  }
  entities::Extraction annotate(const index::Article& article, const analysis::Reading&,
                                const analysis::Reading&) override {
    return by_id_.at(article.id);
  }

 private:
  std::map<std::string, entities::Extraction> by_id_;
};

// "2023-10-02" -> "20231002", as the indexer's input readers normalise dates.
std::string compact_date(const std::string& date) {
  if (date.empty()) return date;
  return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
}

}  // namespace

TestDatabase::TestDatabase(const std::vector<TestArticle>& articles, std::string analyzer_id) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "segugio-query-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl + "/db";
  {
    analysis::Analyzer analyzer;
    GivenEntities given(articles);
    index::DocumentBuilder builder(analyzer, &given);
    index::IndexWriter writer(path_, 1000);
    for (const TestArticle& a : articles) {
      index::Article article;
      article.id = a.id;
      article.title = a.title;
      article.text = a.text;
      article.date = compact_date(a.date);
      article.source = a.source;
      writer.put(article.id, builder.build(article));
    }
    writer.commit();
  }
  if (!analyzer_id.empty()) set_metadata(std::string(schema::kMetaAnalyzer), analyzer_id);
}

void TestDatabase::set_metadata(const std::string& key, const std::string& value) {
  Xapian::WritableDatabase db(path_, Xapian::DB_OPEN);
  db.set_metadata(key, value);
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
    for (const entities::Entity& e : found.entities)
      a.entities.push_back({std::string(facets::facet_name(e.facet)), e.id, e.name, static_cast<int>(e.mentions)});
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
