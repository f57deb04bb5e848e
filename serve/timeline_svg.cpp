// The timeline as SVG (html.h): one bar per month, drawn by the server, so it shows
// without JavaScript; each bar with matches is a link to the same search in that month.
#include <algorithm>

#include "html.h"

namespace segugio::serve {
namespace {

constexpr int kWidth = 760, kHeight = 132, kTop = 8, kAxis = 22;
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string month_name(const std::string& key) {
  int m = std::stoi(key.substr(5, 2));
  return std::string(kMonths[(m - 1) % 12]) + " " + key.substr(0, 4);
}

// The month bounds of the state's period as YYYY-MM (open ends: empty).
bool in_period(const std::string& month, const State& s) {
  if (s.from.empty() && s.to.empty()) return false;
  const std::string from = s.from.substr(0, std::min<std::size_t>(7, s.from.size()));
  const std::string to = s.to.substr(0, std::min<std::size_t>(7, s.to.size()));
  return (from.empty() || month >= from.substr(0, 4) + (from.size() >= 7 ? from.substr(4) : "-01")) &&
         (to.empty() || month <= to.substr(0, 4) + (to.size() >= 7 ? to.substr(4) : "-12"));
}

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

}  // namespace

std::string timeline_svg(const Timeline& timeline, const State& state) {
  const auto& months = timeline.months;
  if (months.empty()) return "<p class=\"hint\">No dated articles in these matches.</p>";
  Xapian::doccount most = 1;
  for (const MonthCount& m : months) most = std::max(most, m.count);
  const double slot = static_cast<double>(kWidth) / static_cast<double>(months.size());
  const double gap = slot > 6 ? std::min(4.0, slot * 0.18) : 0.5;
  const int plot = kHeight - kTop - kAxis;
  std::string h = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(kWidth) + " " + std::to_string(kHeight) +
                  "\" role=\"img\" aria-label=\"Matches per month\">";
  h += "<line class=\"axis\" x1=\"0\" x2=\"" + std::to_string(kWidth) + "\" y1=\"" + std::to_string(kTop + plot) +
       "\" y2=\"" + std::to_string(kTop + plot) + "\"/>";
  // Labels: every month when few, else each January (and the first month).
  const std::size_t step = months.size() <= 14 ? 1 : months.size() <= 40 ? 3 : 12;
  for (std::size_t i = 0; i < months.size(); ++i) {
    const MonthCount& m = months[i];
    const double x = static_cast<double>(i) * slot;
    const double height = m.count ? std::max(2.0, plot * static_cast<double>(m.count) / most) : 0;
    const bool chosen = in_period(m.month, state);
    const std::string tip = month_name(m.month) + ": " + std::to_string(m.count) + (m.count == 1 ? " article" : " articles");
    if (m.count) {
      State next = state;
      next.from = m.month;
      next.to = m.month;
      next.offset = 0;
      const std::string query = to_query(next);
      h += "<a class=\"bar" + std::string(chosen ? " on" : "") + "\" href=\"/?" + escape(query) + "\" data-month=\"" +
           m.month + "\" data-count=\"" + std::to_string(m.count) + "\"><title>" + escape(tip) + "</title>";
      h += "<rect class=\"hit\" x=\"" + num(x) + "\" y=\"0\" width=\"" + num(slot) + "\" height=\"" +
           std::to_string(kTop + plot) + "\"/>";
      h += "<rect class=\"fill\" x=\"" + num(x + gap / 2) + "\" y=\"" + num(kTop + plot - height) + "\" width=\"" +
           num(std::max(0.5, slot - gap)) + "\" height=\"" + num(height) + "\" rx=\"1.5\"/></a>";
    }
    const bool january = m.month.compare(5, 2, "01") == 0;
    if (i == 0 || (step == 1) || (step == 3 && (std::stoi(m.month.substr(5, 2)) - 1) % 3 == 0) || (step == 12 && january)) {
      if (i > 0 && step != 1 && static_cast<double>(i) * slot < 40) continue;  // too close to the first label
      std::string text = step == 12 ? m.month.substr(0, 4) : month_name(m.month);
      if (step == 1 && months.size() > 8) text = kMonths[(std::stoi(m.month.substr(5, 2)) - 1) % 12] +
                                                 (january || i == 0 ? " " + m.month.substr(2, 2) : std::string());
      h += "<text x=\"" + num(x + (step == 1 ? slot / 2 : 0)) + "\" y=\"" + std::to_string(kHeight - 6) + "\"" +
           (step == 1 ? " text-anchor=\"middle\"" : "") + ">" + escape(text) + "</text>";
    }
  }
  h += "<text class=\"peak\" x=\"" + std::to_string(kWidth - 2) + "\" y=\"" + std::to_string(kTop + 2) +
       "\" text-anchor=\"end\">max " + std::to_string(most) + "</text>";
  h += "</svg>";
  return h;
}

}  // namespace segugio::serve
