// Persons: capitalised name sequences, accepted on evidence (a known given name, a role
// before the name, or words that are not Italian), then surname-only and partial
// mentions resolved to the full names found in the same article.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "entities/extract_state.h"
#include "entities/fold.h"

namespace segugio::entities::detail {
namespace {

bool number_word(const std::string& key) {
  static const std::unordered_set<std::string> k = {"due", "tre", "quattro", "cinque", "sei", "sette", "otto",
                                                    "nove", "dieci", "venti"};
  return k.count(key) != 0;
}

bool roman_numeral(const ScanToken& t) {
  if (!t.is_word() || t.text.empty() || t.text.size() > 5) return false;
  for (char c : t.text) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  }
  return true;
}

// Words that end names of events, prizes and places rather than people.
bool not_person_tail(const std::string& key) {
  static const char* const k[] = {"league", "cup", "contest", "festival", "award", "awards", "prize", "tour",
                                  "show", "trophy", "open", "games", "world", "championship", "series", "day",
                                  "street", "square", "avenue", "road", "park", "valley", "view", "bridge",
                                  "airport", "station", "hall", "arena", "stadium", "center", "centre", "hotel", "resort"};
  for (const char* w : k) {
    if (key == w) return true;
  }
  return false;
}

// English titles of songs, films and shows ("When You Believe", "Purple Rain" is not
// caught, "Your Baby Tonight" is): a function word gives them away.
bool foreign_phrase(const State& s, const std::vector<std::size_t>& words, std::size_t from) {
  static const char* const k[] = {"of", "the", "and", "you", "your", "my", "for", "in", "on", "to", "with", "by",
                                  "from", "one", "love", "when", "we", "me", "it", "is", "are", "our", "all",
                                  "new", "no", "not", "i", "baby", "night", "day", "world", "life", "time", "man"};
  for (std::size_t w = from; w < words.size(); ++w) {
    for (const char* x : k) {
      if (s.tokens[words[w]].key == x) return true;
    }
  }
  return false;
}

// "il Natale", "l'Islam", "la Bella": an article before a lone given name makes it a noun.
bool after_article(const State& s, std::size_t i) {
  if (i == 0 || !s.tokens[i - 1].is_word()) return false;
  const std::string& k = s.tokens[i - 1].key;
  return s.gaz.stopword(k) && k != "e" && k != "ed" && k != "o" && k != "con" && k != "da" && k != "per" && k != "tra" &&
         k != "fra" && k != "su" && k != "che" && k != "ma" && k != "se";
}

// "a Brenda", "in Ucraina", "nel Sussex": after a preposition of place a lone unknown word
// names a place more often than a person.
bool after_place_preposition(const State& s, std::size_t i) {
  if (i == 0 || !s.tokens[i - 1].is_word()) return false;
  static const std::unordered_set<std::string> k = {"a", "in", "nel", "nell'", "presso", "ad", "verso", "dal", "dall'", "al", "all'"};
  return k.count(s.tokens[i - 1].key) != 0;
}

// "Troy [Davis]", "Porto [Rico]", "[Morgan] Freeman": a capitalised word right before
// or after a lone word means it is part of a longer name some other pass has taken.
bool next_to_capitalised(const State& s, std::size_t first, std::size_t last) {
  auto capitalised = [&](std::size_t k) {
    const ScanToken& t = s.tokens[k];
    return t.is_word() && (t.cap || t.kind == ScanToken::Kind::number);
  };
  if (first > 0 && !s.tokens[first].newline_before && capitalised(first - 1)) return true;
  if (first > 0 && s.tokens[first - 1].elided && s.tokens[first - 1].cap) return true;
  return last < s.tokens.size() && !s.tokens[last].newline_before && !s.tokens[last].glued && capitalised(last);
}

// "il", "della", "nell'", "un": Italian puts no article before a person's full name; a
// capitalised run after one names a work, a brand, a team or a building ("la Daewoo
// Matiz", "del Royal Hospital", "un Homo Habilis").
bool after_determiner(const State& s, std::size_t i) {
  static const std::unordered_set<std::string> k = {
      "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "del", "dello", "della", "dei", "degli",
      "delle", "dell'", "al", "allo", "alla", "ai", "agli", "alle", "all'", "dal", "dallo", "dalla", "dai", "dagli",
      "dalle", "dall'", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'", "sul", "sullo", "sulla", "sui",
      "sugli", "sulle", "sull'", "col"};
  return i > 0 && s.tokens[i - 1].is_word() && !s.tokens[i - 1].cap && k.count(s.tokens[i - 1].key) != 0;
}

// At a sentence start "La", "Lo", "Le" are articles, not particles ("La Sharapova").
bool is_article(const std::string& key) { return key == "la" || key == "lo" || key == "le" || key == "li" || key == "il"; }

bool name_word(const ScanToken& t) { return t.is_word() && t.cap && !t.upper && !t.elided && t.kind != ScanToken::Kind::number; }

bool initial(const std::vector<ScanToken>& toks, std::size_t i) {
  return i + 1 < toks.size() && toks[i].is_word() && toks[i].upper == false && toks[i].cap && toks[i].text.size() == 1 &&
         toks[i + 1].is_punct(".");
}

// Words between a role and a name that keep the role's cue: articles, prepositions,
// country adjectives, the role's complement ("degli Esteri"), a comma.
bool role_filler(const State& s, std::size_t i) {
  const ScanToken& t = s.tokens[i];
  if (t.is_punct(",")) return true;
  if (!t.is_word()) return false;
  if (const Found* f = s.owned_by(i); f && f->evidence == Evidence::demonym) return true;
  if (s.gaz.stopword(t.key) || t.elided) return true;
  static const char* const kExtra[] = {"ex", "neo", "nuovo", "nuova", "attuale", "uscente", "vice", "grande"};
  for (const char* w : kExtra) {
    if (t.key == w) return true;
  }
  return t.cap && s.gaz.common_word(t.key);  // "Esteri", "Interno"
}

bool role_before(const State& s, std::size_t first) {
  // "il presidente di Google": a name right after "di" belongs to what the role is of.
  if (first > 0 && s.tokens[first - 1].is_word()) {
    const std::string& k = s.tokens[first - 1].key;
    if (k == "di" || k.starts_with("del") || k.starts_with("dell") || k == "dei" || k == "degli" || k == "d'") return false;
  }
  std::size_t steps = 0;
  for (std::size_t k = first; k > 0 && steps < 7; ++steps) {
    --k;
    const ScanToken& t = s.tokens[k];
    if (t.is_word()) {
      if (s.gaz.role(t.key)) return true;
      if (k > 0 && s.tokens[k - 1].is_word() && s.gaz.role(s.tokens[k - 1].key + " " + t.key)) return true;
    }
    if (t.is_punct(".") && k > 0 && s.gaz.role(s.tokens[k - 1].key + ".")) return true;  // "sig. Rossi"
    if (!role_filler(s, k)) return false;
  }
  return false;
}

// A capitalised particle (Di, De, Lo, La, Del, D') that starts a two-word surname: not at
// a sentence start, followed by a name word that is not a common word.
bool capital_particle(const State& s, const std::vector<std::size_t>& words, std::size_t w) {
  static const char* const k[] = {"di", "de", "lo", "la", "li", "del", "della", "dal", "dalla", "da", "d'", "le"};
  const ScanToken& t = s.tokens[words[w]];
  if (!t.cap || t.sent_start || w + 1 >= words.size() || words[w + 1] != words[w] + 1) return false;
  if (s.gaz.common_word(s.tokens[words[w + 1]].key)) return false;
  for (const char* x : k) {
    if (t.key == x) return true;
  }
  return false;
}

bool lower_particle(const ScanToken& t) {
  static const char* const k[] = {"de", "van", "von", "zu", "der", "den", "ter", "dos", "das", "du", "bin", "ibn", "el"};
  if (!t.is_word() || t.cap) return false;
  for (const char* x : k) {
    if (t.key == x) return true;
  }
  return false;
}

// A lone name speaking: "Rossi ha detto", "ha dichiarato Rossi", "secondo Rossi,", "Rossi:
// «...»". Verbs of speech say that the word before or after them names a person.
bool speech_context(const State& s, std::size_t first, std::size_t last) {
  static const std::unordered_set<std::string> verbs = {
      "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "commentato", "sottolineato", "precisato",
      "ribadito", "annunciato", "replicato", "risposto", "raccontato", "ammesso", "confermato", "osservato",
      "dice", "afferma", "dichiara", "spiega", "aggiunge", "commenta", "sottolinea", "precisa", "ribadisce",
      "replica", "risponde", "racconta", "ammette", "conferma", "osserva", "dichiarò", "disse", "affermò"};
  const auto& toks = s.tokens;
  // After: "Rossi ha detto", "Rossi dice", "Rossi avrebbe detto"
  std::size_t j = last;
  if (j < toks.size() && toks[j].is_word() &&
      (toks[j].key == "ha" || toks[j].key == "aveva" || toks[j].key == "avrebbe" || toks[j].key == "avrebbe")) {
    ++j;
  }
  if (j < toks.size() && toks[j].is_word() && verbs.count(toks[j].key)) return true;
  // Before: "ha detto Rossi", "secondo Rossi"
  if (first > 0 && toks[first - 1].is_word() && (verbs.count(toks[first - 1].key) || toks[first - 1].key == "secondo")) {
    return last >= toks.size() || toks[last].kind == ScanToken::Kind::punct;
  }
  return false;
}

Found person(const State& s, std::size_t first, std::size_t last, Evidence ev) {
  Found f;
  f.first = first;
  f.last = last;
  f.type = NerType::PER;
  f.facet = Facet::person;
  f.name = s.words(first, last);
  f.id = person_key(f.name);
  f.evidence = ev;
  return f;
}

}  // namespace

void match_persons(State& state) {
  const Gazetteer& gaz = state.gaz;
  auto& toks = state.tokens;
  const std::size_t n = toks.size();
  for (std::size_t i = 0; i < n;) {
    // A given name that is also a place starts a name when a free name word follows
    // ("Sofia Goggia", "Virginia Raggi").
    bool place_given = !state.is_free(i) && name_word(toks[i]) && gaz.given_name(toks[i].key) &&
                       state.owned_by(i)->facet == Facet::place && state.owned_by(i)->first == i &&
                       state.owned_by(i)->last == i + 1 && i + 1 < n && name_word(toks[i + 1]) && state.is_free(i + 1) &&
                       !toks[i + 1].glued && !toks[i + 1].newline_before && !gaz.common_word(toks[i + 1].key) &&
                       !gaz.given_name(toks[i + 1].key);  // "sindaco di Milano Gabriele Albertini"
    if (!name_word(toks[i]) || (!state.is_free(i) && !place_given)) {
      ++i;
      continue;
    }
    // The chunk: name words, initials ("W."), particles between name words, and a place
    // name after a given name (Denzel Washington).
    std::vector<std::size_t> words{i};
    std::size_t j = i + 1;
    while (j < n) {
      const ScanToken& u = toks[j];
      if (u.newline_before || u.glued) break;
      if (u.is_punct(".") && initial(toks, j - 1)) {
        ++j;
        continue;
      }
      // A free name word; or, after a given name, a one-word place (Denzel Washington) or
      // a surname the person lexicon knows (Sergej Viktorovič Lavrov, George Bush).
      const Found* o = state.owned_by(j);
      bool free_name = name_word(u) && (state.is_free(j) || (gaz.given_name(toks[words[0]].key) && o->first == j && o->last == j + 1 &&
                                                            (o->facet == Facet::place || o->facet == Facet::person)));
      if (free_name) {
        words.push_back(j++);
        continue;
      }
      // "Benedetto XVI", "Giovanni Paolo II"
      if (roman_numeral(u) && state.is_free(j)) {
        words.push_back(j++);
        break;
      }
      // "Lincoln di Steven Spielberg", "Skyfall di Adele": a work and its author.
      // ("Alessandro di Battista": a particle before a lone given name stays in the name.)
      if (u.is_word() && u.key == "di" && j + 2 < n && gaz.given_name(toks[j + 1].key) && name_word(toks[j + 2]) &&
          !toks[j + 2].glued) {
        break;
      }
      if (u.is_word() && !u.cap && gaz.name_particle(u.key) && j + 1 < n && name_word(toks[j + 1]) &&
          state.is_free(j + 1) && !toks[j + 1].glued && !gaz.common_word(toks[j + 1].key)) {
        ++j;
        continue;
      }
      // "(il presidente russo Vladimir) Putin"
      if (u.is_punct(")") && gaz.given_name(toks[words.back()].key) && j + 1 < n && name_word(toks[j + 1]) &&
          state.is_free(j + 1) && !gaz.common_word(toks[j + 1].key)) {
        ++j;
        continue;
      }
      break;
    }
    std::size_t chunk_end = j;
    // A capitalised function word after a name starts a title, not the name ("Marco
    // Masini Il confronto", "Lorenzo Fragola Un posto nel mondo").
    while (words.size() >= 2 && gaz.stopword(toks[words.back()].key)) words.pop_back();
    // A capitalised number word after a name opens a headline ("Serena Arbizzi Tre momenti
    // di confronto"): numbers end no name.
    while (words.size() >= 2 && number_word(toks[words.back()].key)) words.pop_back();
    if (not_person_tail(toks[words.back()].key)) {
      i = chunk_end;
      continue;
    }
    // Organisations named like people: "Manchester United", "Red Bull Racing".
    if (words.size() >= 2 && gaz.org_suffix(toks[words.back()].key)) {
      Found f = person(state, i, words.back() + 1, Evidence::org_cue);
      f.type = NerType::ORG;
      f.facet = Facet::organisation;
      f.id = fold_key(f.name);
      state.add(std::move(f));
      i = chunk_end;
      continue;
    }
    // Leading common words are not part of the name ("Secondo", "Esteri", "Presidente").
    bool cue = role_before(state, i);
    std::size_t w = 0;
    while (w < words.size()) {
      const std::string& k = toks[words[w]].key;
      // "Primo Ministro David Cameron", "Vice Primo Ministro": a two-word role, even
      // when its first word is a given name (Primo).
      if (w + 1 < words.size() && words[w + 1] == words[w] + 1 && gaz.role(k + " " + toks[words[w + 1]].key)) {
        cue = true;
        w += 2;
        continue;
      }
      if (gaz.role(k) && words.size() - w >= 2) {  // "Papa Benedetto XVI", "Presidente Putin"
        cue = true;
        ++w;
        continue;
      }
      // "Secondo Mario Rossi": a sentence-initial word that is also a given name, before
      // another given name, is the sentence's word.
      bool initial_word = toks[words[w]].sent_start && gaz.italian_word(k) && w + 1 < words.size() &&
                          (gaz.given_name(toks[words[w + 1]].key) || k == "secondo") && k != "gian" && k != "pier";
      // "Di Battista", "De Luca", "Lo Russo": a capitalised particle mid-sentence opens a surname.
      if (capital_particle(state, words, w)) break;
      if (!initial_word && (gaz.given_name(k) || !gaz.common_word(k))) break;
      cue = gaz.role(k);  // a role word keeps the cue, any other common word ends it ("Parco Chen")
      ++w;
    }
    if (w == words.size()) {
      i = chunk_end;
      continue;
    }
    // Five or more name words in a row are a list or a title, not one person's name
    // (particles aside: "Juan Carlos de Borbón" is four).
    std::size_t name_words = 0;
    for (std::size_t k = w; k < words.size(); ++k) name_words += gaz.name_particle(toks[words[k]].key) ? 0 : 1;
    if (name_words >= 5) {
      i = chunk_end;
      continue;
    }
    std::size_t first = words[w];
    // "don Zeno", "suor Rosanna": these titles are part of the name as written.
    bool religious = first > 0 && toks[first - 1].is_word() && state.is_free(first - 1) && gaz.given_name(toks[first].key) &&
                     (toks[first - 1].key == "don" || toks[first - 1].key == "suor");
    std::size_t last = words.back() + 1;
    std::size_t count = words.size() - w;
    const ScanToken& head = toks[first];
    bool all_uncommon = true;
    for (std::size_t k = w; k < words.size(); ++k) {
      all_uncommon = all_uncommon && (!gaz.common_word(toks[words[k]].key) || capital_particle(state, words, k));
    }
    // "de Gea", "van Gaal", "von der Leyen": a lower-case particle right before the name is part of it.
    if (first == words[w] && first > 0 && state.is_free(first - 1) && lower_particle(toks[first - 1]) &&
        !(first > 1 && name_word(toks[first - 2]))) {
      --first;
      if (first > 0 && state.is_free(first - 1) && lower_particle(toks[first - 1]) && !(first > 1 && name_word(toks[first - 2]))) --first;
    }
    if (religious) {
      state.add(person(state, first - 1, last, Evidence::role));
    } else if (count >= 2 && gaz.given_name(head.key) &&
               (!after_determiner(state, first) || toks[first - 1].key == "la")) {
      // After an article a given name opens the name of a building, a firm, an event or
      // a work ("il Maria Vittoria", "alla Edil Pozzi", "della Prima Guerra Mondiale");
      // the bare "la" before a woman's full name is colloquial usage ("la Maria Rossi").
      state.add(person(state, first, last, Evidence::given_name));
    } else if (cue && (count >= 2 || !gaz.common_word(head.key))) {
      state.add(person(state, first, last, Evidence::role));
    } else if (count >= 2 && count <= 3 && all_uncommon && !foreign_phrase(state, words, w) &&
               !after_determiner(state, first)) {
      state.add(person(state, first, last, Evidence::capitalised));
    } else if (count == 1 && !gaz.common_word(head.key) && !(head.sent_start && gaz.italian_word(head.key)) &&
               !after_article(state, first) && speech_context(state, first, last)) {
      state.add(person(state, first, last, Evidence::role));
    } else if (count == 1 && state.options.lone_known_names && !head.sent_start && !gaz.italian_word(head.key) &&
               (gaz.given_name(head.key) || gaz.surname(head.key)) && !after_place_preposition(state, first) &&
               !gaz.comune_short(head.key) &&  // "Savignano", "Novi": a town's short name
               !after_article(state, first) && !next_to_capitalised(state, first, last)) {
      state.add(person(state, first, last, gaz.given_name(head.key) ? Evidence::given_name : Evidence::capitalised));
    } else if (count == 1 && state.options.lone_given_names && !head.sent_start && gaz.given_name(head.key) &&
               !gaz.common_word(head.key) && !after_article(state, first)) {
      state.add(person(state, first, last, Evidence::given_name));
    } else if (count == 1 && state.options.lone_surnames && !head.sent_start && gaz.surname(head.key) &&
               !gaz.common_word(head.key) && !gaz.given_name(head.key)) {
      state.add(person(state, first, last, Evidence::capitalised));
    }
    i = chunk_end;
  }
}

namespace {

bool list_separator(const ScanToken& t) { return t.is_punct(",") || (t.is_word() && (t.key == "e" || t.key == "ed")); }

bool person_at(const State& s, std::size_t i, bool ending) {
  const Found* f = s.owned_by(i);
  return f && f->facet == Facet::person && f->ner && (ending ? f->last == i + 1 : f->first == i);
}

}  // namespace

// "Rossi, Bianchi e Verdi": an unknown capitalised name in a list next to a person is a
// person too (lists of players, defendants, candidates).
void match_person_lists(State& state) {
  const Gazetteer& gaz = state.gaz;
  const auto& toks = state.tokens;
  const std::size_t n = toks.size();
  for (int round = 0; round < 3; ++round) {
    bool changed = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (!name_word(toks[i]) || !state.is_free(i) || gaz.common_word(toks[i].key) || toks[i].glued) continue;
      // The chunk: one or two free name words.
      std::size_t last = i + 1;
      if (last < n && name_word(toks[last]) && state.is_free(last) && !toks[last].newline_before &&
          !gaz.common_word(toks[last].key)) {
        ++last;
      }
      if (last < n && name_word(toks[last]) && !toks[last].newline_before) continue;  // longer: something else
      if (toks[i].sent_start && gaz.italian_word(toks[i].key)) continue;
      bool before = i >= 2 && list_separator(toks[i - 1]) && person_at(state, i - 2, true);
      bool after = last + 1 < n && list_separator(toks[last]) && person_at(state, last + 1, false);
      if (!before && !after) continue;
      state.add(person(state, i, last, Evidence::capitalised));
      changed = true;
      i = last - 1;
    }
    if (!changed) break;
  }
}

void resolve_coreference(State& state) {
  const auto& toks = state.tokens;
  // Each name word of each person, to the person; longer names win shared words.
  struct Target {
    std::string id, name;
    std::size_t words = 0;
  };
  std::vector<Target> targets;
  std::unordered_map<std::string, std::size_t> by_word;
  std::vector<std::size_t> order;
  for (std::size_t f = 0; f < state.found.size(); ++f) {
    if (!state.found[f].removed && state.found[f].facet == Facet::person) order.push_back(f);
  }
  // The words of a person's name as displayed (a lexicon match "Putin" displays
  // "Vladimir Putin"), folded.
  auto name_keys = [&](const Found& f) {
    std::vector<std::string> keys;
    for (const auto& t : scan(f.name)) {
      if (t.is_word() && t.cap && t.text.size() >= 2 && !state.gaz.name_particle(t.key) && !state.gaz.role(t.key)) {
        keys.push_back(t.key);
      }
    }
    return keys;
  };
  auto word_count = [&](const Found& f) { return name_keys(f).size(); };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return word_count(state.found[a]) > word_count(state.found[b]); });
  std::map<std::string, std::size_t> target_of_id;
  for (std::size_t f : order) {
    Found& p = state.found[f];
    // A shorter person whose words all belong to a longer one is that one ("Jong Un").
    std::size_t target = targets.size();
    bool all_known = true;
    std::size_t known = targets.size();
    for (const auto& key : name_keys(p)) {
      auto it = by_word.find(key);
      if (it == by_word.end() || (known != targets.size() && it->second != known)) {
        all_known = false;
        break;
      }
      known = it->second;
    }
    if (all_known && known < targets.size()) {
      target = known;
      p.id = targets[target].id;
      p.name = targets[target].name;
      p.evidence = Evidence::coreference;
    } else if (auto it = target_of_id.find(p.id); it != target_of_id.end()) {
      target = it->second;
    } else {
      targets.push_back({p.id, p.name, word_count(p)});
      target_of_id[p.id] = target;
    }
    for (const auto& key : name_keys(p)) by_word.try_emplace(key, target);
  }
  if (targets.empty()) return;
  // Free capitalised words that name a known person: runs of words of the same person.
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!name_word(toks[i]) || !state.is_free(i)) continue;
    auto it = by_word.find(toks[i].key);
    if (it == by_word.end()) continue;
    std::size_t j = i + 1;
    while (j < toks.size() && name_word(toks[j]) && state.is_free(j) && !toks[j].glued && !toks[j].newline_before) {
      auto jt = by_word.find(toks[j].key);
      if (jt == by_word.end() || jt->second != it->second) break;
      ++j;
    }
    // A following unknown capitalised word means a different person (Marco Putin).
    if (j < toks.size() && name_word(toks[j]) && state.is_free(j) && !toks[j].glued && !toks[j].newline_before &&
        !state.gaz.common_word(toks[j].key)) {
      i = j;
      continue;
    }
    if (i > 0 && name_word(toks[i - 1]) && state.is_free(i - 1) && !toks[i].glued && !toks[i].newline_before &&
        !state.gaz.common_word(toks[i - 1].key) && !toks[i - 1].sent_start) {
      i = j - 1;
      continue;
    }
    Found f;
    f.first = i;
    // "Di Battista", "De Luca" after "Alessandro Di Battista": the particle comes along.
    if (i > 0 && state.is_free(i - 1) && toks[i - 1].is_word() && toks[i - 1].cap && !toks[i].glued &&
        state.gaz.name_particle(toks[i - 1].key) && !(toks[i - 1].sent_start && is_article(toks[i - 1].key))) {
      f.first = i - 1;
    }
    f.last = j;
    f.type = NerType::PER;
    f.facet = Facet::person;
    f.id = targets[it->second].id;
    f.name = targets[it->second].name;
    f.evidence = Evidence::coreference;
    state.add(std::move(f));
    i = j - 1;
  }
}

}  // namespace segugio::entities::detail
