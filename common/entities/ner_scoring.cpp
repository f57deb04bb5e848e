#include "entities/ner_scoring.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "entities/fold.h"
#include "entities/scanner.h"

namespace segugio::entities {
namespace {

NerType parse_type(const std::string& s) {
  if (s == "PER") return NerType::PER;
  if (s == "LOC") return NerType::LOC;
  if (s == "ORG") return NerType::ORG;
  throw std::runtime_error("unknown entity type \"" + s + "\" (expected PER, LOC or ORG)");
}

std::size_t idx(NerType t) { return static_cast<std::size_t>(t); }

// The words of a name, folded like person ids, without punctuation.
std::vector<std::string> name_words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : scan(text)) {
    if (t.kind == ScanToken::Kind::punct) continue;
    std::string k = person_key(t.text);
    while (!k.empty() && k.back() == '\'') k.pop_back();
    if (!k.empty()) out.push_back(k);
  }
  return out;
}

bool contains_all(const std::vector<std::string>& hay, const std::vector<std::string>& needles) {
  if (needles.empty()) return false;
  for (const auto& n : needles) {
    bool found = false;
    for (const auto& h : hay) found = found || h == n;
    if (!found) return false;
  }
  return true;
}

// Byte offset of every code point of text, and one past the end.
std::vector<std::size_t> cp_offsets(std::string_view text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(text.size());
  return out;
}

// The span with up to 60 code points each side, on one line: "... [span] ...".
std::string context_of(std::string_view text, const std::vector<std::size_t>& cps, std::size_t start, std::size_t end) {
  std::size_t n = cps.size() - 1;
  start = std::min(start, n);
  end = std::min(std::max(end, start), n);
  std::size_t from = start > 60 ? start - 60 : 0, to = std::min(n, end + 60);
  std::string out;
  out += text.substr(cps[from], cps[start] - cps[from]);
  out += "[";
  out += text.substr(cps[start], cps[end] - cps[start]);
  out += "]";
  out += text.substr(cps[end], cps[to] - cps[end]);
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

void score_sets(const std::set<std::string>& gold, const std::set<std::string>& pred, Counts& c) {
  for (const auto& g : gold) (pred.count(g) ? c.tp : c.fn)++;
  for (const auto& p : pred) {
    if (!gold.count(p)) ++c.fp;
  }
}

// Every exact-span error of one document, classified against the other side's spans.
void record_errors(const GoldDocument& gold, const std::vector<const Mention*>& pred, std::vector<NerError>& out) {
  struct Span {
    std::size_t start, end;
    NerType type;
    std::string text, evidence;
  };
  std::vector<Span> g, p;
  for (const auto& e : gold.entities) g.push_back({e.start, e.end, e.type, e.text, {}});
  for (const auto* m : pred) p.push_back({m->cp_begin, m->cp_end, m->type, m->text, std::string(to_string(m->evidence))});
  auto cps = cp_offsets(gold.text);
  auto one_side = [&](const std::vector<Span>& mine, const std::vector<Span>& theirs, NerError::Kind kind) {
    for (const auto& s : mine) {
      const Span* same = nullptr;
      const Span* overlap = nullptr;
      bool exact = false;
      for (const auto& t : theirs) {
        if (t.start == s.start && t.end == s.end) {
          if (t.type == s.type) exact = true;
          same = &t;
        } else if (t.start < s.end && s.start < t.end && (!overlap || (t.type == s.type && overlap->type != s.type))) {
          overlap = &t;
        }
      }
      if (exact) continue;
      NerError e;
      e.kind = kind;
      e.document = gold.id;
      e.start = s.start;
      e.end = s.end;
      e.type = s.type;
      e.text = s.text;
      e.evidence = s.evidence;
      e.context = context_of(gold.text, cps, s.start, s.end);
      const Span* o = same ? same : overlap;
      if (same) {
        e.cls = NerError::Class::wrong_type;
      } else if (overlap) {
        e.cls = overlap->type == s.type ? NerError::Class::boundary : NerError::Class::boundary_type;
      } else {
        e.cls = kind == NerError::Kind::false_positive ? NerError::Class::spurious : NerError::Class::missed;
      }
      if (o) e.other = std::string(to_string(o->type)) + " " + o->text;
      out.push_back(std::move(e));
    }
  };
  one_side(p, g, NerError::Kind::false_positive);
  one_side(g, p, NerError::Kind::false_negative);
}

}  // namespace

GoldDocument parse_gold_line(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end());  // throws on bad JSON
  if (!j.is_object()) throw std::runtime_error("record is not a JSON object");
  GoldDocument doc;
  doc.id = j.value("id", std::string());
  if (!j.contains("text") || !j["text"].is_string()) throw std::runtime_error("record has no \"text\" string");
  doc.text = j["text"].get<std::string>();
  if (j.contains("entities")) {
    for (const auto& e : j["entities"]) {
      GoldSpan s;
      s.start = e.at("start").get<std::size_t>();
      s.end = e.at("end").get<std::size_t>();
      s.type = parse_type(e.at("type").get<std::string>());
      s.text = e.value("text", std::string());
      if (s.end < s.start) throw std::runtime_error("entity end before start");
      doc.entities.push_back(std::move(s));
    }
  }
  return doc;
}

std::vector<GoldDocument> read_gold(std::istream& in) {
  std::vector<GoldDocument> docs;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      docs.push_back(parse_gold_line(line));
    } catch (const std::exception& e) {
      throw std::runtime_error("line " + std::to_string(number) + ": " + e.what());
    }
  }
  return docs;
}

Counts NerScores::exact_micro() const {
  Counts c;
  for (const auto& x : exact) c += x;
  return c;
}

Counts NerScores::token_micro() const {
  Counts c;
  for (const auto& x : token) c += x;
  return c;
}

std::string_view to_string(NerError::Kind kind) {
  return kind == NerError::Kind::false_positive ? "FP" : "FN";
}

std::string_view to_string(NerError::Class cls) {
  switch (cls) {
    case NerError::Class::wrong_type: return "wrong_type";
    case NerError::Class::boundary: return "boundary";
    case NerError::Class::boundary_type: return "boundary_type";
    case NerError::Class::spurious: return "spurious";
    case NerError::Class::missed: return "missed";
  }
  return "?";
}

NerScores& operator+=(NerScores& a, const NerScores& b) {
  for (std::size_t t = 0; t < 3; ++t) {
    a.exact[t] += b.exact[t];
    a.token[t] += b.token[t];
  }
  a.person_doc += b.person_doc;
  a.country_doc += b.country_doc;
  a.country_places_doc += b.country_places_doc;
  a.documents += b.documents;
  a.tokens += b.tokens;
  return a;
}

NerScorer::NerScorer(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

void NerScorer::add(const GoldDocument& gold, const Extraction& predicted) {
  ++scores_.documents;
  std::vector<const Mention*> pred;
  for (const auto& m : predicted.mentions) {
    if (m.ner) pred.push_back(&m);
  }
  // 1. Exact spans.
  std::multiset<std::tuple<std::size_t, std::size_t, int>> g, p;
  for (const auto& e : gold.entities) g.insert({e.start, e.end, int(idx(e.type))});
  for (const auto* m : pred) p.insert({m->cp_begin, m->cp_end, int(idx(m->type))});
  for (const auto& x : g) {
    auto it = p.find(x);
    auto& c = scores_.exact[std::size_t(std::get<2>(x))];
    if (it != p.end()) {
      ++c.tp;
      p.erase(it);
    } else {
      ++c.fn;
    }
  }
  for (const auto& x : p) ++scores_.exact[std::size_t(std::get<2>(x))].fp;
  if (keep_errors_) record_errors(gold, pred, errors_);
  // 2. Tokens.
  auto tokens = scan(gold.text);
  scores_.tokens += tokens.size();
  auto label = [](std::size_t cp, const auto& spans, auto begin, auto end, auto type) {
    for (const auto& s : spans) {
      if (begin(s) <= cp && cp < end(s)) return int(idx(type(s)));
    }
    return -1;
  };
  for (const auto& t : tokens) {
    int gl = label(t.cp_begin, gold.entities, [](const GoldSpan& s) { return s.start; },
                   [](const GoldSpan& s) { return s.end; }, [](const GoldSpan& s) { return s.type; });
    int pl = label(t.cp_begin, pred, [](const Mention* m) { return m->cp_begin; }, [](const Mention* m) { return m->cp_end; },
                   [](const Mention* m) { return m->type; });
    if (gl >= 0 && gl == pl) ++scores_.token[std::size_t(gl)].tp;
    if (gl >= 0 && gl != pl) ++scores_.token[std::size_t(gl)].fn;
    if (pl >= 0 && gl != pl) ++scores_.token[std::size_t(pl)].fp;
  }
  // 3a. Person facet.
  std::vector<std::vector<std::string>> facet;
  for (const Entity* e : predicted.of(Facet::person)) facet.push_back(name_words(e->name));
  std::set<std::vector<std::string>> gold_people;
  for (const auto& e : gold.entities) {
    if (e.type == NerType::PER) {
      auto w = name_words(e.text);
      if (!w.empty()) gold_people.insert(std::move(w));
    }
  }
  for (const auto& gp : gold_people) {
    bool found = false;
    for (const auto& f : facet) found = found || contains_all(f, gp);
    (found ? scores_.person_doc.tp : scores_.person_doc.fn)++;
  }
  for (const auto& f : facet) {
    bool right = false;
    for (const auto& gp : gold_people) right = right || contains_all(f, gp);
    if (!right) ++scores_.person_doc.fp;
  }
  // 3b. Country facet.
  std::set<std::string> gold_countries, gold_with_places, pred_countries;
  for (const Entity* e : predicted.of(Facet::country)) pred_countries.insert(e->id);
  for (const auto& e : gold.entities) {
    if (e.type == NerType::PER) continue;
    auto toks = scan(e.text);
    if (toks.empty()) continue;
    const LexEntry* x = gazetteer_->phrase(phrase_key(toks, 0, toks.size()));
    if (!x || x->country.empty()) continue;
    if (x->kind == LexKind::country) {
      gold_countries.insert(x->country);
      gold_with_places.insert(x->country);
    } else if (x->kind == LexKind::place && e.type == NerType::LOC) {
      // A name that is a foreign place and an Italian comune (Castelnuovo) has two
      // readings: the gold place names whichever of the two the prediction chose.
      bool italian = !x->italian_id.empty() && pred_countries.count("IT") && !pred_countries.count(x->country);
      gold_with_places.insert(italian ? std::string("IT") : x->country);
    }
  }
  score_sets(gold_countries, pred_countries, scores_.country_doc);
  score_sets(gold_with_places, pred_countries, scores_.country_places_doc);
}

nlohmann::json scores_to_json(const NerScores& s) {
  nlohmann::json j;
  const char* names[] = {"per", "loc", "org"};
  auto put = [&](const std::string& prefix, const Counts& c) {
    j[prefix + "_p"] = c.precision();
    j[prefix + "_r"] = c.recall();
    j[prefix + "_f1"] = c.f1();
  };
  for (std::size_t t = 0; t < 3; ++t) {
    put(std::string(names[t]) + "_exact", s.exact[t]);
    put(std::string(names[t]) + "_token", s.token[t]);
  }
  put("micro_exact", s.exact_micro());
  put("token_micro", s.token_micro());
  put("person_doc", s.person_doc);
  put("country_doc", s.country_doc);
  put("country_places_doc", s.country_places_doc);
  j["documents"] = s.documents;
  j["tokens"] = s.tokens;
  return j;
}

std::string scores_table(const NerScores& s) {
  std::ostringstream out;
  char buf[160];
  auto row = [&](const char* level, const char* type, const Counts& c) {
    std::snprintf(buf, sizeof buf, "%-10s %-8s %7.4f %7.4f %7.4f %8llu %8llu %8llu\n", level, type, c.precision(),
                  c.recall(), c.f1(), static_cast<unsigned long long>(c.tp), static_cast<unsigned long long>(c.fp),
                  static_cast<unsigned long long>(c.fn));
    out << buf;
  };
  std::snprintf(buf, sizeof buf, "%-10s %-8s %7s %7s %7s %8s %8s %8s\n", "level", "type", "P", "R", "F1", "TP", "FP", "FN");
  out << buf;
  const char* names[] = {"PER", "LOC", "ORG"};
  for (std::size_t t = 0; t < 3; ++t) row("exact", names[t], s.exact[t]);
  row("exact", "micro", s.exact_micro());
  for (std::size_t t = 0; t < 3; ++t) row("token", names[t], s.token[t]);
  row("token", "micro", s.token_micro());
  row("document", "person", s.person_doc);
  row("document", "country", s.country_doc);
  row("document", "country+", s.country_places_doc);
  out << s.documents << " documents, " << s.tokens << " tokens; country+ also counts gold places resolved to their country\n";
  return out.str();
}

std::string errors_table(const std::vector<NerError>& errors) {
  std::ostringstream out;
  out << "kind\tclass\ttype\tdocument\tspan\ttext\tevidence\tother\tcontext\n";
  for (const auto& e : errors) {
    out << to_string(e.kind) << '\t' << to_string(e.cls) << '\t' << to_string(e.type) << '\t' << e.document << '\t'
        << e.start << '-' << e.end << "\t\"" << e.text << "\"\t" << (e.evidence.empty() ? "-" : e.evidence) << '\t'
        << (e.other.empty() ? "-" : e.other) << '\t' << e.context << '\n';
  }
  return out.str();
}

std::string summary_table(const std::vector<std::pair<std::string, NerScores>>& rows) {
  std::ostringstream out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-28s %6s %7s %7s %7s %7s %7s %7s %7s %7s\n", "file", "docs", "PER", "LOC", "ORG",
                "micro-P", "micro", "token", "person", "country+");
  out << buf;
  NerScores total;
  auto line = [&](const std::string& name, const NerScores& s) {
    std::snprintf(buf, sizeof buf, "%-28s %6zu %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f\n", name.c_str(),
                  s.documents, s.exact[0].f1(), s.exact[1].f1(), s.exact[2].f1(), s.exact_micro().precision(),
                  s.exact_micro().f1(), s.token_micro().f1(), s.person_doc.f1(), s.country_places_doc.f1());
    out << buf;
  };
  for (const auto& [name, s] : rows) {
    line(name, s);
    total += s;
  }
  line("total", total);
  out << "exact-span F1 per type, micro exact precision and F1, token micro F1, person and country+ document F1\n";
  return out.str();
}

}  // namespace segugio::entities
