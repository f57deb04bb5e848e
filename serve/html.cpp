#include "html.h"

#include <algorithm>
#include <cctype>

namespace segugio::serve {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string snippet_html(std::string_view snippet) {
  std::string out, run;
  bool open = false;
  auto flush = [&] {
    out += escape(run);
    run.clear();
  };
  for (char c : snippet) {
    if (c == search::kHighlightStart && !open) {
      flush();
      out += "<mark>";
      open = true;
    } else if (c == search::kHighlightEnd && open) {
      flush();
      out += "</mark>";
      open = false;
    } else if (c != search::kHighlightStart && c != search::kHighlightEnd) {
      run += c;
    }
  }
  flush();
  if (open) out += "</mark>";
  return out;
}

bool safe_link(std::string_view url) {
  std::string lower(url.substr(0, 8));
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

std::string page_frame(const std::string& title, const State& state, const std::string& body) {
  std::string h;
  h += "<!doctype html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
       "<title>" + escape(title) + "</title>"
       "<link rel=\"stylesheet\" href=\"/assets/app.css\">"
       "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"
       "<script src=\"/assets/app.js\" defer></script></head>\n<body>"
       "<header class=\"top\"><a class=\"brand\" href=\"/\"><img src=\"/assets/favicon.svg\" alt=\"\" width=\"28\" height=\"28\">"
       "<span>Segugio</span></a>"
       "<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">"
       "<input type=\"search\" name=\"q\" id=\"q\" value=\"" + escape(state.q) +
       "\" placeholder=\"Search words, &quot;phrases&quot;, person:&quot;Kim Jong Un&quot;, date:2023-09\" "
       "aria-label=\"Search\" autocomplete=\"off\">";
  // A new query keeps the filters; paging starts again.
  for (Facet f : search::kAllFacets) {
    const std::string facet(search::facet_name(f));
    for (const std::string& v : state.include[facet_index(f)])
      h += "<input type=\"hidden\" name=\"" + facet + "\" value=\"" + escape(v) + "\">";
    for (const std::string& v : state.exclude[facet_index(f)])
      h += "<input type=\"hidden\" name=\"not_" + facet + "\" value=\"" + escape(v) + "\">";
  }
  if (!state.from.empty()) h += "<input type=\"hidden\" name=\"from\" value=\"" + escape(state.from) + "\">";
  if (!state.to.empty()) h += "<input type=\"hidden\" name=\"to\" value=\"" + escape(state.to) + "\">";
  h += std::string("<select name=\"sort\" aria-label=\"Order\">") +
       "<option value=\"relevance\"" + (state.sort == "date" ? "" : " selected") + ">Best match</option>" +
       "<option value=\"date\"" + (state.sort == "date" ? " selected" : "") + ">Newest first</option></select>" +
       "<button type=\"submit\">Search</button></form>"
       "<a class=\"api\" href=\"/api/status\">API</a></header>\n";
  h += body;
  h += "<footer class=\"foot\">Segugio &middot; <a href=\"/api/status\">database status</a></footer>"
       "</body></html>\n";
  return h;
}

std::string render_error(int status, const std::string& message, const State& state) {
  std::string body = "<div id=\"app\" class=\"single\"><main><div class=\"notice error\" role=\"alert\"><strong>" +
                     std::string(status == 400   ? "Bad request"
                                 : status == 404 ? "Not found"
                                 : status == 503 ? "Database unavailable"
                                                 : "Error") +
                     "</strong> " + escape(message) + "</div>"
                     "<p><a href=\"/\">Start a new search</a></p></main></div>";
  return page_frame("Segugio: error", state, body);
}

}  // namespace segugio::serve
