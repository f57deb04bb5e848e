// The article page (html.h): title, date, source, the text in paragraphs with every
// entity mention marked (a link to the search for that entity), and the entity list.
#include <algorithm>

#include "html.h"

namespace segugio::serve {
namespace {

struct Mark {
  std::size_t begin, end;
  const ArticleEntity* entity;
};

// Every article about the entity.
std::string search_link(const ArticleEntity& e) {
  auto facet = search::parse_facet(e.facet);
  State s;
  if (facet) s.include[facet_index(*facet)].push_back(e.id);
  return "/?" + to_query(s);
}

// TEXT escaped, the marks of FIELD around their spans (overlapping spans: the first
// wins), line breaks as paragraphs when PARAGRAPHS.
std::string marked(const std::string& text, const std::string& field, const Article& a, bool paragraphs) {
  std::vector<Mark> marks;
  for (const ArticleEntity& e : a.entities)
    for (const Span& s : e.spans)
      if (s.field == field && s.end <= text.size()) marks.push_back({s.begin, s.end, &e});
  std::sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.begin < y.begin; });
  std::string out = paragraphs ? "<p>" : "";
  std::size_t at = 0;
  auto plain = [&](std::size_t to) {
    std::string run = text.substr(at, to - at);
    if (!paragraphs) {
      out += escape(run);
    } else {
      std::size_t start = 0;
      for (std::size_t nl; (nl = run.find('\n', start)) != std::string::npos; start = nl + 1)
        out += escape(run.substr(start, nl - start)) + "</p><p>";
      out += escape(run.substr(start));
    }
    at = to;
  };
  for (const Mark& m : marks) {
    if (m.begin < at) continue;
    plain(m.begin);
    out += "<a class=\"ent " + escape(m.entity->facet) + "\" href=\"" + escape(search_link(*m.entity)) +
           "\" title=\"" + escape(m.entity->facet + ": " + m.entity->name) + "\">" +
           escape(text.substr(m.begin, m.end - m.begin)) + "</a>";
    at = m.end;
  }
  plain(text.size());
  if (paragraphs) out += "</p>";
  return out;
}

}  // namespace

std::string render_article(const Article& a, const State& back) {
  const std::string back_query = to_query(back);
  std::string h = "<div id=\"app\" class=\"single\"><main class=\"article\">";
  h += "<p><a class=\"back\" href=\"/" + (back_query.empty() ? std::string() : "?" + escape(back_query)) +
       "\">&larr; Back to the results</a></p>";
  h += "<article><h1>" + (a.title.empty() ? std::string("(no title)") : marked(a.title, "title", a, false)) + "</h1>";
  h += "<div class=\"meta\">";
  if (!a.date.empty()) h += "<time datetime=\"" + escape(a.date) + "\">" + escape(a.date) + "</time>";
  if (!a.source.empty()) h += "<span class=\"src\">" + escape(a.source) + "</span>";
  h += "<span class=\"id\">" + escape(a.id) + "</span>";
  if (!a.url.empty()) {
    if (safe_link(a.url)) h += "<a class=\"url\" href=\"" + escape(a.url) + "\" rel=\"noopener noreferrer nofollow\">original</a>";
    else h += "<span class=\"url\">" + escape(a.url) + "</span>";
  }
  h += "</div><div class=\"body\">" + marked(a.text, "text", a, true) + "</div></article>";
  if (!a.entities.empty()) {
    h += "<aside class=\"entities\"><h2>Entities</h2><div class=\"chips\">";
    for (const ArticleEntity& e : a.entities)
      h += "<a class=\"chip " + escape(e.facet) + "\" href=\"" + escape(search_link(e)) + "\" title=\"" +
           escape(e.facet + ": " + e.id) + "\">" + escape(e.name) + "<span class=\"n\">" + std::to_string(e.mentions) +
           "</span></a>";
    h += "</div></aside>";
  }
  h += "</main></div>";
  return page_frame((a.title.empty() ? a.id : a.title) + " – Segugio", back, h);
}

}  // namespace segugio::serve
