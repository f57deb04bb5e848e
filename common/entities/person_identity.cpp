// One id per person. The id of a person is person_key() of the fullest form of the name
// the article gives (resolve_coreference in persons.cpp maps "Putin", "Lavrov" and a
// surname-only mention to that form when one person of the article carries the word),
// then made canonical here so that the variants of one name in different articles meet:
//   * a compound given name written in two words is one word: "Gian Carlo Muzzarelli" and
//     "Giancarlo Muzzarelli" -> "giancarlo muzzarelli" (Gian-, Pier- and any pair whose
//     concatenation is a known given name), when a surname follows;
//   * patronymics and middle initials between the given name and the surname go:
//     "Sergej Viktorovič Lavrov" -> "sergei lavrov", "Vladimir Vladimirovič Putin" ->
//     "vladimir putin", "George W. Bush" -> "george bush";
//   * transliteration variants fold (person_key already folds Sergej/Sergei/Sergey,
//     Dmitrij/Dmitri, Mikhail/Mihail): also "ou" -> "u" (Mahmoud / Mahmud).
// Other middle names stay ("Anna Maria Rossi" and "Anna Rossi" may be two people).
// Ids are chosen article by article: an article that names only "Lavrov" gives "lavrov"
// unless the person lexicon knows the surname; a later article with the fuller name does
// not change the ids already given.
#include <string>
#include <vector>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

bool patronymic(const std::string& w) {
  static const char* const k[] = {"ovic", "evic", "ovich", "evich", "ovitch", "ovna", "evna", "ovitj", "ievic"};
  for (const char* s : k) {
    std::string suf(s);
    if (w.size() > suf.size() + 2 && w.ends_with(suf)) return true;
  }
  return false;
}

}  // namespace

std::string canonical_person_id(const Gazetteer& gaz, const std::string& id) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i <= id.size();) {
    std::size_t j = id.find(' ', i);
    if (j == std::string::npos) j = id.size();
    if (j > i) words.push_back(id.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() >= 3 &&
      (words[0] == "gian" || words[0] == "pier" || gaz.given_name(words[0] + words[1]))) {
    words[0] += words[1];
    words.erase(words.begin() + 1);
  }
  if (words.size() >= 3) {
    std::vector<std::string> kept{words.front()};
    for (std::size_t k = 1; k + 1 < words.size(); ++k) {
      bool initial = words[k].size() == 1 || (words[k].size() == 2 && words[k][1] == '.');
      if (initial || patronymic(words[k])) continue;
      kept.push_back(words[k]);
    }
    kept.push_back(words.back());
    words = std::move(kept);
  }
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (w[k] == 'o' && k + 1 < w.size() && w[k + 1] == 'u') continue;  // "ou" -> "u"
      out += w[k];
    }
  }
  return out;
}

void canonical_person_ids(State& state) {
  for (auto& f : state.found) {
    if (!f.removed && f.facet == Facet::person && !f.id.empty()) f.id = canonical_person_id(state.gaz, f.id);
  }
}

}  // namespace segugio::entities::detail
