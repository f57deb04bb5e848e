#include "person_ids.h"

#include <algorithm>
#include <vector>

#include "entities/fold.h"
#include "entities/scanner.h"

namespace segugio::eval {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : entities::scan(text)) {
    if (t.is_word()) out.push_back(entities::person_key(t.text));
  }
  return out;
}

bool contains_all(const std::vector<std::string>& hay, const std::vector<std::string>& needles) {
  if (needles.empty()) return false;
  return std::all_of(needles.begin(), needles.end(),
                     [&](const std::string& n) { return std::find(hay.begin(), hay.end(), n) != hay.end(); });
}

// Letters only: "Gian Carlo Muzzarelli" and "Giancarlo Muzzarelli" are one key.
std::string letters_key(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    for (char c : w) {
      if (c != ' ' && c != '-' && c != '\'') out += c;
    }
  }
  return out;
}

}  // namespace

void PersonIdCounter::add(const entities::GoldDocument& gold, const entities::Extraction& predicted) {
  std::vector<const entities::GoldSpan*> per;
  for (const auto& e : gold.entities) {
    if (e.type == entities::NerType::PER) per.push_back(&e);
  }
  auto id_of = [&](const entities::GoldSpan& g) -> std::string {
    const entities::Mention* overlap = nullptr;
    for (const auto& m : predicted.mentions) {
      if (m.type != entities::NerType::PER || m.id.empty()) continue;
      if (m.cp_begin == g.start && m.cp_end == g.end) return m.id;
      if (!overlap && m.cp_begin < g.end && g.start < m.cp_end) overlap = &m;
    }
    return overlap ? overlap->id : std::string();
  };
  // Gold persons: longest mentions first; a mention joins the first longer one that
  // contains all its words.
  std::vector<std::vector<std::string>> words(per.size());
  for (std::size_t k = 0; k < per.size(); ++k) words[k] = words_of(per[k]->text);
  std::vector<std::size_t> order(per.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return words[a].size() > words[b].size(); });
  std::vector<std::size_t> heads;
  std::map<std::size_t, std::set<std::string>> ids_of_head;
  for (std::size_t k : order) {
    if (words[k].empty()) continue;
    std::size_t head = k;
    for (std::size_t h : heads) {
      if (contains_all(words[h], words[k])) {
        head = h;
        break;
      }
    }
    if (head == k) heads.push_back(k);
    std::string id = id_of(*per[k]);
    if (!id.empty()) ids_of_head[head].insert(id);
  }
  for (std::size_t h : heads) {
    const auto& ids = ids_of_head[h];
    if (ids.empty()) continue;
    ++persons_in_articles_;
    if (ids.size() >= 2) ++split_in_article_;
    std::string key = letters_key(words[h]);
    // Across articles, the id the person's fullest mention got.
    std::string id = id_of(*per[h]);
    if (id.empty()) id = *ids.begin();
    ids_[key].insert(id);
    names_.try_emplace(key, per[h]->text);
  }
}

std::size_t PersonIdCounter::split_across_articles() const {
  return static_cast<std::size_t>(std::count_if(ids_.begin(), ids_.end(), [](const auto& p) { return p.second.size() >= 2; }));
}

std::string PersonIdCounter::split_people() const {
  std::string out;
  for (const auto& [key, ids] : ids_) {
    if (ids.size() < 2) continue;
    out += names_.at(key) + ":";
    for (const auto& id : ids) out += " " + id + " |";
    out.pop_back();
    out += "\n";
  }
  return out;
}

}  // namespace segugio::eval
