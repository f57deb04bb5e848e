// Words glued by HTML stripping ("LavrovLa", "UnI", "BlinkenPochi", "KamikawaBlinken")
// are split where a lower-case letter meets a capital, when the evidence says the
// capital starts a new word; real mixed-case names (McDonald, DiCaprio, iPhone,
// YouTube, PdL) stay whole.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_set>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

// Byte offsets (within the token) and code point counts of lower->upper transitions.
struct Split {
  std::size_t byte = 0;
  std::size_t cps = 0;
};

std::vector<Split> transitions(std::string_view s) {
  std::vector<Split> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size()), i = 0;
  std::size_t cps = 0;
  bool prev_lower = false;
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isupper(c) && prev_lower) out.push_back({static_cast<std::size_t>(at), cps});
    prev_lower = c >= 0 && u_islower(c);
    ++cps;
  }
  return out;
}

bool is_single_word_letter(std::string_view right) {
  return right == "I" || right == "E" || right == "A" || right == "O" || right == "\xC3\x88" /* È */;
}

}  // namespace

void repair_glue(State& state) {
  const Gazetteer& gaz = state.gaz;
  // Capitalised words that stand alone somewhere in the article.
  std::unordered_set<std::string> standalone;
  for (const auto& t : state.tokens) {
    if (t.is_word() && t.cap && !t.mixed) standalone.insert(t.key);
  }
  std::vector<ScanToken> out;
  out.reserve(state.tokens.size() + 8);
  for (auto& t : state.tokens) {
    if (!t.is_word() || !t.mixed || t.upper || t.elided || gaz.phrase(t.key)) {
      out.push_back(std::move(t));
      continue;
    }
    ScanToken rest = std::move(t);
    while (true) {
      auto splits = transitions(rest.text);
      bool done = true;
      for (const auto& sp : splits) {
        std::string_view left = rest.text.substr(0, sp.byte);
        std::string_view right = rest.text.substr(sp.byte);
        std::string rkey = fold_key(right), lkey = fold_key(left);
        bool split = false;
        if (is_single_word_letter(right)) {
          split = sp.cps >= 2;  // "UnI"
        } else if (sp.cps >= 3) {
          split = gaz.common_word(rkey) || standalone.count(rkey) || gaz.given_name(rkey) ||
                  (standalone.count(lkey) && gaz.surname(rkey));
        }
        if (!split) continue;
        ScanToken a = rest, b = rest;
        a.end = a.begin + sp.byte;
        a.cp_end = a.cp_begin + sp.cps;
        a.text = left;
        a.key = lkey;
        a.mixed = false;
        b.begin = a.end;
        b.cp_begin = a.cp_end;
        b.text = right;
        b.key = rkey;
        b.glued = true;
        b.cap = true;
        b.newline_before = false;
        b.space_before = false;
        b.mixed = transitions(right).size() > 0;
        b.upper = false;
        out.push_back(std::move(a));
        rest = std::move(b);
        done = !rest.mixed;
        break;
      }
      if (done) break;
    }
    out.push_back(std::move(rest));
  }
  state.tokens = std::move(out);
}

}  // namespace segugio::entities::detail
