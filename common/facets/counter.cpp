#include "facets/counter.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "schema.h"

namespace segugio::facets {

using Sums = std::unordered_map<std::string, Xapian::doccount>;

Xapian::valueno facet_slots_in_use(const Xapian::Database& db, Facet facet) {
  if (facet == Facet::source) return 1;
  // The metadata holds the first shard's figure only when several databases (shards,
  // remote ones included) are searched together, so it is a starting point: slots are
  // filled densely, and the value statistics, which Xapian sums over every shard, say
  // whether any document uses the next slot.
  std::string key(schema::kMetaSlotsPrefix);
  key += facet_name(facet);
  unsigned long n = 0;
  try {
    std::string value = db.get_metadata(key);
    if (!value.empty()) n = std::stoul(value);
  } catch (const std::exception&) {
    n = 0;
  }
  auto used = static_cast<Xapian::valueno>(n);
  while (db.get_value_freq(value_slot(facet, used)) > 0) ++used;
  return used;
}

// Reads each facet's slots in order until the first empty one. Local databases only:
// it has no serialisation, so a remote server cannot run it.
class FacetCounter::DenseSpy : public Xapian::MatchSpy {
 public:
  struct Range {
    Facet facet;
    Xapian::valueno used;
  };
  explicit DenseSpy(std::vector<Range> ranges) : ranges_(std::move(ranges)), sums_(ranges_.size()) {}

  void operator()(const Xapian::Document& doc, double) override {
    for (std::size_t f = 0; f < ranges_.size(); ++f) {
      for (Xapian::valueno i = 0; i < ranges_[f].used; ++i) {
        std::string value = doc.get_value(value_slot(ranges_[f].facet, i));
        if (value.empty()) break;
        ++sums_[f][std::move(value)];
      }
    }
  }
  std::string name() const override { return "segugio.DenseSlotsSpy"; }
  const Sums& sums(std::size_t f) const { return sums_[f]; }

 private:
  std::vector<Range> ranges_;
  std::vector<Sums> sums_;
};

std::string_view counts_name(const FacetCounts& counts) {
  return counts.date == DateGranularity::none ? facet_name(counts.facet) : std::string_view("date");
}

namespace {

// "20230915" as a period of GRANULARITY: "2023", "2023-09", "2023-09-15".
std::string period(const std::string& yyyymmdd, DateGranularity granularity) {
  if (yyyymmdd.size() != 8) return yyyymmdd;
  std::string out = yyyymmdd.substr(0, 4);
  if (granularity != DateGranularity::year) out += "-" + yyyymmdd.substr(4, 2);
  if (granularity == DateGranularity::day) out += "-" + yyyymmdd.substr(6, 2);
  return out;
}

}  // namespace

FacetCounter::FacetCounter(const Xapian::Database& db, std::vector<Facet> facets, FacetCounting how,
                           DateGranularity date)
    : date_(date) {
  if (date_ != DateGranularity::none) date_spy_ = std::make_unique<Xapian::ValueCountMatchSpy>(schema::kSlotDate);
  std::vector<DenseSpy::Range> ranges;
  for (Facet facet : facets) {
    Facets f{facet, facet_slots_in_use(db, facet), {}};
    if (how == FacetCounting::PerSlot)
      for (Xapian::valueno i = 0; i < f.used; ++i)
        f.per_slot.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(value_slot(facet, i)));
    ranges.push_back({f.facet, f.used});
    facets_.push_back(std::move(f));
  }
  if (how == FacetCounting::Dense && !facets_.empty()) dense_ = std::make_unique<DenseSpy>(std::move(ranges));
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  if (dense_) enquire.add_matchspy(dense_.get());
  if (date_spy_) enquire.add_matchspy(date_spy_.get());
  for (auto& f : facets_)
    for (auto& spy : f.per_slot) enquire.add_matchspy(spy.get());
}

void FacetCounter::count(const Xapian::Database& db, const Xapian::Query& query) {
  if (query.empty() || (facets_.empty() && !date_spy_)) return;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  attach(enquire);
  enquire.get_mset(0, 1, db.get_doccount());
}

std::vector<FacetCounts> FacetCounter::results(std::size_t limit, FacetNames& names) const {
  std::vector<FacetCounts> out;
  for (std::size_t index = 0; index < facets_.size(); ++index) {
    const Facets& f = facets_[index];
    Sums per_slot_sums;
    if (!dense_) {
      for (const auto& spy : f.per_slot)
        for (auto v = spy->values_begin(); v != spy->values_end(); ++v)
          if (!(*v).empty()) per_slot_sums[*v] += v.get_termfreq();
    }
    const Sums& sums = dense_ ? dense_->sums(index) : per_slot_sums;
    FacetCounts counts;
    counts.facet = f.facet;
    counts.distinct = sums.size();
    for (const auto& [id, count] : sums) counts.values.push_back({id, id, count});
    std::sort(counts.values.begin(), counts.values.end(), [](const FacetValue& a, const FacetValue& b) {
      return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    if (limit && counts.values.size() > limit) counts.values.resize(limit);
    for (FacetValue& v : counts.values) v.name = names.name(f.facet, v.id);
    out.push_back(std::move(counts));
  }
  if (date_spy_) {
    std::map<std::string, Xapian::doccount> periods;  // ordered: oldest first
    for (auto v = date_spy_->values_begin(); v != date_spy_->values_end(); ++v)
      if (!(*v).empty()) periods[period(*v, date_)] += v.get_termfreq();
    FacetCounts counts;
    counts.date = date_;
    counts.distinct = periods.size();
    for (const auto& [when, count] : periods) counts.values.push_back({when, when, count});
    out.push_back(std::move(counts));
  }
  return out;
}

}  // namespace segugio::facets
