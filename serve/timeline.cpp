#include "timeline.h"

#include <map>

#include "error.h"
#include "schema.h"
#include "search/query_builder.h"
#include "search/query_parser.h"

namespace segugio::serve {
namespace {

constexpr int kRetries = 20;

Timeline run(Xapian::Database& db, analysis::Analyzer& analyzer, const search::SearchRequest& request) {
  search::DatabaseFacetResolver resolver(db, search::default_lexicon());
  search::QueryBuilder builder(analyzer, resolver);
  search::BuiltQuery built = builder.build(search::parse_query(request.query), request.filters);
  Timeline timeline;
  if (built.query.empty()) return timeline;
  Xapian::Enquire enquire(db);
  enquire.set_query(built.query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::ValueCountMatchSpy days(schema::kSlotDate);
  enquire.add_matchspy(&days);
  Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount());
  std::map<std::string, Xapian::doccount> by_month;
  for (auto it = days.values_begin(); it != days.values_end(); ++it) {
    const std::string day = *it;
    if (day.size() != 8) continue;
    by_month[day.substr(0, 4) + '-' + day.substr(4, 2)] += it.get_termfreq();
    timeline.dated += it.get_termfreq();
  }
  const Xapian::doccount total = mset.get_matches_estimated();
  timeline.undated = total > timeline.dated ? total - timeline.dated : 0;
  std::vector<MonthCount> sparse;
  for (const auto& [month, count] : by_month) sparse.push_back({month, count});
  timeline.months = contiguous(sparse);
  return timeline;
}

}  // namespace

std::vector<MonthCount> contiguous(const std::vector<MonthCount>& sparse) {
  std::vector<MonthCount> out;
  if (sparse.empty()) return out;
  auto parse = [](const std::string& m) { return std::stoi(m.substr(0, 4)) * 12 + std::stoi(m.substr(5, 2)) - 1; };
  const int first = parse(sparse.front().month), last = parse(sparse.back().month);
  std::size_t next = 0;
  for (int m = first; m <= last; ++m) {
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02d", m / 12, m % 12 + 1);
    MonthCount c{key, 0};
    if (next < sparse.size() && sparse[next].month == c.month) c.count = sparse[next++].count;
    out.push_back(std::move(c));
  }
  return out;
}

Timeline count_months(Xapian::Database db, analysis::Analyzer& analyzer, const search::SearchRequest& request) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run(db, analyzer, request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kRetries) throw DatabaseError("the database kept changing while counting dates");
      db.reopen();
    } catch (const Xapian::Error& e) {
      throw DatabaseError("counting dates: " + e.get_description());
    }
  }
}

}  // namespace segugio::serve
