// segugio-eval-ner [--json] [--errors] GOLD.jsonl...   entity quality against gold mentions
// segugio-eval-ner --explain TEXT             mentions, spans and ids found in TEXT
// segugio-eval-ner --bench ARTICLES.jsonl     extraction speed on a collection
// Exit codes: 0 success, 2 error (bad option, unreadable or malformed input).
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "entities/entity_json.h"
#include "entities/extractor.h"
#include "entities/ner_scoring.h"
#include "error.h"
#include "person_ids.h"

namespace {

struct Options {
  std::vector<std::string> gold;
  std::string explain;
  std::string bench;
  std::string predictions;
  bool json = false;
  bool errors = false;
  bool person_ids = false;
};

std::vector<segugio::entities::GoldDocument> load_gold(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw segugio::InputError(segugio::diagnostic(path, 0, "cannot open"));
  try {
    return segugio::entities::read_gold(in);
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ":" + e.what());
  }
}

// The file's name without folders, for the summary lines.
std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int evaluate(const Options& o) {
  // Read every file first, so a malformed one fails before any work.
  std::vector<std::vector<segugio::entities::GoldDocument>> files;
  for (const auto& path : o.gold) files.push_back(load_gold(path));
  segugio::entities::Extractor extractor;
  std::ofstream dump;
  if (!o.predictions.empty()) {
    dump.open(o.predictions);
    if (!dump) throw segugio::InputError(segugio::diagnostic(o.predictions, 0, "cannot write"));
  }
  std::vector<std::pair<std::string, segugio::entities::NerScores>> rows;
  nlohmann::json json_rows = nlohmann::json::object();
  for (std::size_t f = 0; f < files.size(); ++f) {
    segugio::entities::NerScorer scorer;
    segugio::eval::PersonIdCounter person_ids;
    scorer.keep_errors(o.errors);
    auto start = std::chrono::steady_clock::now();
    for (const auto& doc : files[f]) {
      auto extraction = extractor.extract(doc.text);
      scorer.add(doc, extraction);
      if (o.person_ids) person_ids.add(doc, extraction);
      if (dump.is_open()) {
        nlohmann::json spans = nlohmann::json::array();
        for (const auto& m : extraction.mentions) {
          spans.push_back({{"start", m.cp_begin}, {"end", m.cp_end}, {"type", segugio::entities::to_string(m.type)},
                           {"text", m.text}, {"evidence", segugio::entities::to_string(m.evidence)}, {"ner", m.ner},
                           {"id", m.id}, {"country", m.country}});
        }
        nlohmann::json facets = segugio::entities::entities_to_json(extraction);
        dump << nlohmann::json{{"id", doc.id}, {"entities", spans}, {"facets", facets}}.dump() << "\n";
      }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (o.json) {
      auto j = segugio::entities::scores_to_json(scorer.scores());
      j["seconds"] = seconds;
      json_rows[o.gold[f]] = j;
    } else {
      if (files.size() > 1) std::cout << "== " << o.gold[f] << "\n";
      std::cout << segugio::entities::scores_table(scorer.scores());
      if (o.errors) std::cout << segugio::entities::errors_table(scorer.errors());
      if (o.person_ids) {
        std::cout << "person ids: " << person_ids.split_in_article() << " of " << person_ids.persons_in_articles()
                  << " gold persons get two or more ids in one article; " << person_ids.split_across_articles()
                  << " of " << person_ids.people() << " people get two or more ids across articles\n"
                  << person_ids.split_people();
      }
      if (files.size() > 1) std::cout << "\n";
    }
    rows.emplace_back(base_name(o.gold[f]), scorer.scores());
  }
  if (o.json) {
    if (files.size() == 1) {
      std::cout << json_rows.begin().value().dump() << "\n";
    } else {
      segugio::entities::NerScores total;
      for (const auto& r : rows) total += r.second;
      json_rows["total"] = segugio::entities::scores_to_json(total);
      std::cout << json_rows.dump() << "\n";
    }
  } else if (files.size() > 1) {
    std::cout << segugio::entities::summary_table(rows);
  }
  return 0;
}

int bench(const Options& o) {
  std::ifstream in(o.bench);
  if (!in) throw segugio::InputError(segugio::diagnostic(o.bench, 0, "cannot open"));
  std::vector<std::string> texts;
  std::string line;
  std::size_t bytes = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string text = j.value("title", std::string());
    text += "\n" + j.value("text", j.value("contents", std::string()));
    bytes += text.size();
    texts.push_back(std::move(text));
  }
  segugio::entities::Extractor extractor;
  (void)extractor.extract("Roma");  // load the lexicons outside the timing
  auto start = std::chrono::steady_clock::now();
  std::size_t entities = 0;
  for (const auto& t : texts) entities += extractor.extract(t).entities.size();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << texts.size() << " articles, " << bytes << " bytes, " << entities << " entities in " << seconds << " s: "
            << (seconds > 0 ? double(texts.size()) / seconds : 0.0) << " articles/s\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores Segugio's entity extraction against gold NER mentions (JSON Lines: id, text, entities "
               "with start/end in code points and type PER/LOC/ORG).\n\nExamples:\n"
               "  segugio-eval-ner ../shared/corpora/ner/dev.jsonl ../shared/corpora/ner/dice-dev.jsonl\n"
               "  segugio-eval-ner --errors ../shared/corpora/ner/dice-dev.jsonl\n"
               "  segugio-eval-ner --json ../shared/corpora/ner/dev.jsonl\n"
               "  segugio-eval-ner --explain \"Il presidente russo Vladimir Putin ha incontrato Kim Jong Un.\"\n"
               "  segugio-eval-ner --bench ../shared/corpora/news/wikinews-kind-dev.jsonl"};
  Options o;
  app.add_option("gold", o.gold, "gold files (JSON Lines); several give a table each, then a line per file and a total");
  app.add_flag("--json", o.json, "print one JSON object instead of a table (several files: keyed by file, and \"total\")");
  app.add_flag("--errors", o.errors,
               "after each table, every false positive and false negative (exact span) with its class, type, "
               "evidence and context, tab-separated");
  app.add_flag("--person-ids", o.person_ids,
               "after each table, how many gold persons get two or more ids in one article and across articles, "
               "and those people");
  app.add_option("--explain", o.explain, "print the mentions found in this text (- reads standard input)");
  app.add_option("--predictions", o.predictions, "also write the predicted mentions and facets, one JSON line per document");
  app.add_option("--bench", o.bench, "time the extractor on a JSON Lines article collection");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help
    std::cerr << segugio::error_line("segugio-eval-ner", e.what()) << "\n";
    return 2;
  }
  return segugio::run_or_report("segugio-eval-ner", std::cerr, 2, [&] {
    if (!o.explain.empty()) {
      std::string text = o.explain;
      if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      std::cout << segugio::entities::explain_entities(text);
      return 0;
    }
    if (!o.bench.empty()) return bench(o);
    if (o.gold.empty()) throw std::invalid_argument("no gold file given (see --help)");
    return evaluate(o);
  });
}
