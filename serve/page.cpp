// The search page (html.h): facet panels, summary and active filters, timeline,
// results with snippets and entity chips, pager. Every link is a complete URL of the
// state it leads to, so the page works as plain links and the state can be shared.
#include <algorithm>
#include <cctype>

#include "html.h"

namespace segugio::serve {
namespace {

using search::FacetCounts;
using search::FacetValue;

constexpr std::size_t kPanelValues = 10;       // values shown per panel
constexpr std::size_t kPanelSearchValues = 30;  // ... when the panel's value search is used
constexpr std::size_t kChipsPerHit = 10;

std::string link(const State& state) {
  std::string query = to_query(state);
  return query.empty() ? "/" : "/?" + query;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string label(Facet facet) {
  switch (facet) {
    case Facet::person: return "People";
    case Facet::country: return "Countries";
    case Facet::organisation: return "Organisations";
    case Facet::place: return "Places";
    case Facet::source: return "Sources";
  }
  return "";
}

std::string singular(Facet facet) {
  switch (facet) {
    case Facet::person: return "person";
    case Facet::country: return "country";
    case Facet::organisation: return "organisation";
    case Facet::place: return "place";
    case Facet::source: return "source";
  }
  return "";
}

std::string article(Facet facet) { return facet == Facet::organisation ? "an" : "a"; }

// The value of the state's filter list that names V (by id or display name), or null.
const std::string* selected(const State& state, Facet facet, const FacetValue& v) {
  for (const std::string& given : state.include[facet_index(facet)])
    if (given == v.id || lower(given) == lower(v.id) || lower(given) == lower(v.name)) return &given;
  return nullptr;
}

// A value matches the panel's value search when one of its words starts with it.
bool matches_prefix(const FacetValue& v, const std::string& prefix) {
  const std::string p = lower(prefix);
  for (const std::string& text : {lower(v.name), lower(v.id)}) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      bool word_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '-' || text[i - 1] == '\'';
      if (word_start && text.compare(i, p.size(), p) == 0) return true;
    }
  }
  return false;
}

std::string hidden_state(const State& state) {
  std::string h;
  std::string query = to_query(state);
  // Re-read the query string as fields: one hidden input per parameter.
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t amp = query.find('&', start);
    std::string pair = query.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    std::size_t eq = pair.find('=');
    std::string name = pair.substr(0, eq), value;
    for (std::size_t i = eq + 1; i < pair.size(); ++i) {
      if (pair[i] == '%' && i + 2 < pair.size()) {
        value += static_cast<char>(std::stoi(pair.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        value += pair[i];
      }
    }
    h += "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    if (amp == std::string::npos) break;
    start = amp + 1;
  }
  return h;
}

std::string panel(const FacetCounts& counts, const State& state) {
  const Facet f = counts.facet;
  const std::string facet(search::facet_name(f));
  const std::string& vq = state.value_search[facet_index(f)];
  std::vector<const FacetValue*> shown;
  for (const FacetValue& v : counts.values)
    if (selected(state, f, v)) shown.push_back(&v);  // ticked values first, always shown
  const std::size_t cap = vq.empty() ? kPanelValues : kPanelSearchValues;
  std::size_t listed = 0;
  for (const FacetValue& v : counts.values) {
    if (selected(state, f, v) || (!vq.empty() && !matches_prefix(v, vq))) continue;
    if (listed++ < cap) shown.push_back(&v);
  }
  std::string h = "<section class=\"facet\" data-facet=\"" + facet + "\"><h2>" + label(f) +
                  "<span class=\"distinct\" title=\"distinct values in the matches\">" +
                  std::to_string(counts.distinct) + "</span></h2>";
  State without_vq = state;
  without_vq.value_search[facet_index(f)].clear();
  h += "<form class=\"vq\" action=\"/\" method=\"get\">" + hidden_state(without_vq) +
       "<input type=\"search\" name=\"vq_" + facet + "\" value=\"" + escape(vq) + "\" placeholder=\"Find " + article(f) + " " +
       singular(f) + "\" aria-label=\"Find " + article(f) + " " + singular(f) + "\" autocomplete=\"off\"></form>";
  h += "<ul class=\"values\">";
  for (const FacetValue* v : shown) {
    const std::string* given = selected(state, f, *v);
    State next = given ? toggled(state, f, *given) : toggled(state, f, v->id);
    next.value_search[facet_index(f)].clear();
    h += std::string("<li><a class=\"fv") + (given ? " on" : "") + "\" href=\"" + escape(link(next)) +
         "\" role=\"checkbox\" aria-checked=\"" + (given ? "true" : "false") + "\" data-facet=\"" + facet +
         "\" data-id=\"" + escape(v->id) + "\" title=\"" + escape(v->id) + "\"><span class=\"box\"></span>" +
         "<span class=\"name\">" + escape(v->name) + "</span><span class=\"n\">" + std::to_string(v->count) +
         "</span></a></li>";
  }
  if (shown.empty()) h += "<li class=\"none\">" + std::string(vq.empty() ? "none in these matches" : "no match") + "</li>";
  h += "</ul>";
  const std::size_t rest = listed > cap ? listed - cap : 0;
  if (rest) h += "<p class=\"more\">" + std::to_string(rest) + " more: find them by name</p>";
  h += "</section>";
  return h;
}

// A display name for a filter value: the name the counts give it, else as given.
std::string filter_name(const SearchPage& page, Facet f, const std::string& given) {
  for (const FacetCounts& c : page.response.facets)
    if (c.facet == f)
      for (const FacetValue& v : c.values)
        if (given == v.id || lower(given) == lower(v.id) || lower(given) == lower(v.name)) return v.name;
  return given;
}

std::string active_filters(const SearchPage& page) {
  const State& s = page.state;
  if (!s.has_filters()) return "";
  std::string h = "<div class=\"active\" aria-label=\"Filters\">";
  for (Facet f : search::kAllFacets) {
    for (const std::string& v : s.include[facet_index(f)]) {
      h += "<a class=\"chip " + std::string(search::facet_name(f)) + " on\" href=\"" + escape(link(toggled(s, f, v))) +
           "\" title=\"remove this filter\"><span class=\"k\">" + singular(f) + "</span>" +
           escape(filter_name(page, f, v)) + "<span class=\"x\" aria-hidden=\"true\">&times;</span></a>";
    }
    for (const std::string& v : s.exclude[facet_index(f)]) {
      State next = s;
      auto& list = next.exclude[facet_index(f)];
      list.erase(std::find(list.begin(), list.end(), v));
      next.offset = 0;
      h += "<a class=\"chip not\" href=\"" + escape(link(next)) + "\" title=\"remove this filter\"><span class=\"k\">not " +
           singular(f) + "</span>" + escape(v) + "<span class=\"x\" aria-hidden=\"true\">&times;</span></a>";
    }
  }
  if (!s.from.empty() || !s.to.empty()) {
    State next = s;
    next.from.clear();
    next.to.clear();
    next.offset = 0;
    std::string period = s.from == s.to ? s.from : (s.from.empty() ? "…" : s.from) + " – " + (s.to.empty() ? "…" : s.to);
    h += "<a class=\"chip date on\" href=\"" + escape(link(next)) + "\" title=\"remove this filter\"><span class=\"k\">period</span>" +
         escape(period) + "<span class=\"x\" aria-hidden=\"true\">&times;</span></a>";
  }
  State none;
  none.q = s.q;
  none.sort = s.sort;
  h += "<a class=\"clear\" href=\"" + escape(link(none)) + "\">Clear all</a></div>";
  return h;
}

std::string pretty_date(const std::string& iso) {
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
  int m = std::atoi(iso.substr(5, 2).c_str());
  if (m < 1 || m > 12) return iso;
  return std::to_string(std::atoi(iso.substr(8, 2).c_str())) + " " + months[m - 1] + " " + iso.substr(0, 4);
}

std::string hit_html(const search::Hit& hit, const State& state) {
  State article_state = state;
  std::string h = "<li class=\"hit\"><h3><a class=\"title\" href=\"/article?id=" + escape(url_encode(hit.id));
  const std::string back = to_query(article_state);
  if (!back.empty()) h += "&amp;" + escape(back);
  h += "\">" + (hit.title.empty() ? std::string("<span class=\"untitled\">(no title)</span>") : escape(hit.title)) + "</a></h3>";
  h += "<div class=\"meta\">";
  if (!hit.date.empty()) h += "<time datetime=\"" + escape(hit.date) + "\">" + escape(pretty_date(hit.date)) + "</time>";
  else h += "<span class=\"undated\">undated</span>";
  if (!hit.source.empty()) h += "<span class=\"src\">" + escape(hit.source) + "</span>";
  h += "<span class=\"id\">" + escape(hit.id) + "</span></div>";
  // A snippet of nothing but ellipses (what a search by filters alone gets) is left out.
  const bool has_text = std::any_of(hit.snippet.begin(), hit.snippet.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
  if (has_text) h += "<p class=\"snippet\">" + snippet_html(hit.snippet) + "</p>";
  if (!hit.entities.empty()) {
    h += "<div class=\"chips\">";
    std::size_t n = 0;
    for (const search::Entity& e : hit.entities) {
      auto facet = search::parse_facet(e.facet);
      if (!facet || n++ == kChipsPerHit) continue;
      bool on = false;
      for (const std::string& v : state.include[facet_index(*facet)]) on = on || lower(v) == lower(e.id);
      State next = on ? state : toggled(state, *facet, e.id);
      h += "<a class=\"chip " + escape(e.facet) + (on ? " on" : "") + "\" href=\"" + escape(link(next)) +
           "\" title=\"" + singular(*facet) + ": " + escape(e.id) + "\">" + escape(e.name) + "</a>";
    }
    h += "</div>";
  }
  h += "</li>";
  return h;
}

std::string pager(const SearchPage& page) {
  const State& s = page.state;
  const std::size_t total = page.response.total;
  if (total <= s.limit && s.offset == 0) return "";
  std::string h = "<nav class=\"pager\" aria-label=\"Pages\">";
  State prev = s, next = s;
  prev.offset = s.offset > s.limit ? s.offset - s.limit : 0;
  next.offset = s.offset + s.limit;
  if (s.offset > 0) h += "<a class=\"prev\" rel=\"prev\" href=\"" + escape(link(prev)) + "\">&larr; Previous</a>";
  else h += "<span class=\"prev disabled\">&larr; Previous</span>";
  const std::size_t pages = s.limit ? (total + s.limit - 1) / s.limit : 1;
  h += "<span class=\"where\">Page " + std::to_string(s.limit ? s.offset / s.limit + 1 : 1) + " of " +
       std::to_string(std::max<std::size_t>(pages, 1)) + "</span>";
  if (next.offset < total) h += "<a class=\"next\" rel=\"next\" href=\"" + escape(link(next)) + "\">Next &rarr;</a>";
  else h += "<span class=\"next disabled\">Next &rarr;</span>";
  h += "</nav>";
  return h;
}

}  // namespace

std::string render_search(const SearchPage& page) {
  const State& s = page.state;
  const search::SearchResponse& r = page.response;
  std::string h = "<div id=\"app\" class=\"layout\"><aside class=\"facets\" aria-label=\"Facets\">";
  for (const FacetCounts& c : r.facets) h += panel(c, s);
  h += "</aside><main class=\"main\">";
  h += "<div class=\"summary\"><span class=\"total\" id=\"total\" data-total=\"" + std::to_string(r.total) + "\">" +
       std::to_string(r.total) + "</span> " + (r.total == 1 ? "article" : "articles");
  if (!s.q.empty()) h += " for <q>" + escape(s.q) + "</q>";
  if (r.total > 0 && !r.hits.empty())
    h += "<span class=\"range\">showing " + std::to_string(r.hits.front().rank) + "–" +
         std::to_string(r.hits.back().rank) + "</span>";
  h += "</div>";
  h += active_filters(page);
  if (!r.suggestion.empty()) {
    State fixed = s;
    fixed.q = r.suggestion;
    fixed.offset = 0;
    h += "<p class=\"notice\">Did you mean <a class=\"suggestion\" href=\"" + escape(link(fixed)) + "\">" +
         escape(r.suggestion) + "</a>?</p>";
  }
  for (const std::string& note : r.notes) h += "<p class=\"notice\">" + escape(note) + "</p>";
  h += "<section class=\"timeline\" aria-label=\"Matches per month\"><h2>Matches per month";
  if (!s.from.empty() || !s.to.empty()) h += "<span class=\"hint\">bars count every period; the chosen one is dark</span>";
  h += "</h2>" + timeline_svg(page.timeline, s);
  if (page.timeline.undated)
    h += "<p class=\"hint\">" + std::to_string(page.timeline.undated) + " matching article" +
         (page.timeline.undated == 1 ? " has" : "s have") + " no date</p>";
  h += "</section>";
  if (r.hits.empty()) {
    h += "<p class=\"empty\">No articles match" + std::string(s.has_filters() ? " with these filters" : "") + ".</p>";
  } else {
    h += "<ol class=\"hits\" start=\"" + std::to_string(r.hits.front().rank) + "\">";
    for (const search::Hit& hit : r.hits) h += hit_html(hit, s);
    h += "</ol>";
  }
  h += pager(page);
  h += "</main></div>";
  const std::string title = s.q.empty() ? std::string("Segugio") : s.q + " – Segugio";
  return page_frame(title, s, h);
}

}  // namespace segugio::serve
