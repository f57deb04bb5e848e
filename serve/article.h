#pragma once
// One article by id, as stored (schema.h, "Document data"), with the spans of its
// entities: the entity extractor is run again on the stored title and text, read as
// one text the way the indexer read them (index/entity_annotator.h), and its mentions
// are kept when they resolve to one of the entities stored with the article.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace segugio::serve {

struct Span {
  std::string field;  // "title" or "text"
  std::size_t begin = 0, end = 0;  // byte offsets into that field
};

struct ArticleEntity {
  std::string facet;  // person, country, org, place
  std::string id;
  std::string name;
  int mentions = 0;
  std::vector<Span> spans;
};

struct Article {
  std::string id, title, date, url, source, text;
  std::vector<ArticleEntity> entities;
};

// The article with id ID, or nullopt. Throws DatabaseError.
std::optional<Article> find_article(Xapian::Database db, const std::string& id);

// {"id","title","date","url","source","text","entities":[{"facet","id","name",
// "mentions","spans":[{"field","begin","end"}]}]}: the stored fields' names.
nlohmann::json article_json(const Article& article);

}  // namespace segugio::serve
