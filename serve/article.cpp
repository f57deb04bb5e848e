#include "article.h"

#include <memory>

#include "entities/extractor.h"
#include "error.h"
#include "schema.h"
#include "search/facet.h"

namespace segugio::serve {
namespace {

constexpr int kRetries = 20;

const entities::Extractor& extractor() {
  static const entities::Extractor shared;  // const and thread-safe (extractor.h)
  return shared;
}

std::string text_of(const nlohmann::json& data, const char* key) {
  auto it = data.find(key);
  return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The query side's facet name ("org") of the extractor's ("organisation").
std::string facet_name_of(std::string_view stored) {
  auto facet = search::parse_facet(stored);
  return facet ? std::string(search::facet_name(*facet)) : std::string(stored);
}

std::optional<Article> read(Xapian::Database& db, const std::string& id) {
  const std::string term = std::string(schema::kPrefixId) + id;
  auto posting = db.postlist_begin(term);
  if (posting == db.postlist_end(term)) return std::nullopt;
  Xapian::Document doc = db.get_document(*posting);
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
  if (!data.is_object()) return std::nullopt;
  Article a;
  a.id = id;
  a.title = text_of(data, "title");
  a.date = text_of(data, "date");
  a.url = text_of(data, "url");
  a.source = text_of(data, "source");
  a.text = text_of(data, "text");
  auto stored = data.find("entities");
  if (stored != data.end() && stored->is_array()) {
    for (const auto& e : *stored) {
      if (!e.is_object()) continue;
      ArticleEntity entity;
      entity.facet = facet_name_of(e.value("facet", ""));
      entity.id = e.value("id", "");
      entity.name = e.value("name", entity.id);
      if (e.contains("mentions") && e["mentions"].is_number_integer()) entity.mentions = e["mentions"].get<int>();
      a.entities.push_back(std::move(entity));
    }
  }
  if (a.entities.empty()) return a;
  // Offsets of the extraction count from the start of the title (title, line feed, body).
  const std::string joined = a.title + "\n" + a.text;
  const std::size_t body = a.title.size() + 1;
  entities::Extraction extraction = extractor().extract(joined);
  for (const entities::Mention& m : extraction.mentions) {
    if (m.id.empty() || m.end <= m.begin || m.end > joined.size()) continue;
    const std::string facet = std::string(search::facet_name(m.facet));
    for (ArticleEntity& e : a.entities) {
      if (e.facet != facet || e.id != m.id) continue;
      if (m.end <= a.title.size()) e.spans.push_back({"title", m.begin, m.end});
      else if (m.begin >= body) e.spans.push_back({"text", m.begin - body, m.end - body});
      break;
    }
  }
  return a;
}

}  // namespace

std::optional<Article> find_article(Xapian::Database db, const std::string& id) {
  for (int attempt = 1;; ++attempt) {
    try {
      return read(db, id);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kRetries) throw DatabaseError("the database kept changing while reading an article");
      db.reopen();
    } catch (const Xapian::Error& e) {
      throw DatabaseError("reading an article: " + e.get_description());
    }
  }
}

nlohmann::json article_json(const Article& a) {
  nlohmann::json j{{"id", a.id}, {"title", a.title}, {"date", a.date}, {"url", a.url}, {"source", a.source},
                   {"text", a.text}};
  j["entities"] = nlohmann::json::array();
  for (const ArticleEntity& e : a.entities) {
    nlohmann::json spans = nlohmann::json::array();
    for (const Span& s : e.spans) spans.push_back({{"field", s.field}, {"begin", s.begin}, {"end", s.end}});
    j["entities"].push_back({{"facet", e.facet}, {"id", e.id}, {"name", e.name}, {"mentions", e.mentions},
                             {"spans", std::move(spans)}});
  }
  return j;
}

}  // namespace segugio::serve
