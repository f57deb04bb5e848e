// segugio-bench-floor: how fast this machine merely reads a corpus, before any indexing.
//
//   segugio-bench-floor CORPUS.jsonl[.gz]
//
// Three passes over the file, one thread each, with the indexer's own input code:
//   read      the file read and decompressed, split into lines (zlib)
//   parse     + every line parsed as a JSON record into an Article (nlohmann::json)
//   tokenize  + the title and text cut into words by ICU's word break iterator, the
//               first stage of the analyzer (no normalisation, stemming or Xapian)
// Each pass includes the ones before it. Prints one JSON object: per pass the seconds,
// and the articles, bytes and tokens seen. segugio-index's time divided by the
// tokenize pass's time is how far indexing is above the floor.
#include <chrono>
#include <cstdint>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/tokenize.h"
#include "input/gzip.h"
#include "input/input_files.h"
#include "input/record_reader.h"

namespace {

constexpr std::size_t kMaxBytes = std::size_t{64} << 20;

struct Pass {
  double seconds = 0;
  std::uint64_t articles = 0;
  std::uint64_t bytes = 0;   // uncompressed bytes of the lines (or of title + text)
  std::uint64_t tokens = 0;
};

double since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Pass read_pass(const std::string& path) {
  Pass pass;
  auto start = std::chrono::steady_clock::now();
  segugio::input::LineReader reader(path, kMaxBytes);
  segugio::input::Line line;
  while (reader.next(line)) {
    pass.bytes += line.bytes + 1;
    if (!line.text.empty()) ++pass.articles;
  }
  pass.seconds = since(start);
  return pass;
}

Pass parse_pass(const std::string& path, bool tokenize) {
  Pass pass;
  auto start = std::chrono::steady_clock::now();
  segugio::input::RecordReader reader(
      segugio::input::list_input_files({path}, segugio::input::Format::kJsonl), kMaxBytes);
  segugio::analysis::Tokenizer tokenizer;
  segugio::input::RawRecord record;
  while (reader.next(record)) {
    segugio::index::Article article = segugio::input::parse_record(record);
    ++pass.articles;
    pass.bytes += article.title.size() + article.text.size();
    if (tokenize) {
      pass.tokens += tokenizer.tokenize(article.title).size();
      pass.tokens += tokenizer.tokenize(article.text).size();
    }
  }
  pass.seconds = since(start);
  return pass;
}

nlohmann::json to_json(const Pass& pass) {
  return {{"seconds", pass.seconds}, {"articles", pass.articles}, {"bytes", pass.bytes},
          {"tokens", pass.tokens}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: segugio-bench-floor CORPUS.jsonl[.gz]\n";
    return 2;
  }
  try {
    const std::string path = argv[1];
    nlohmann::json out;
    out["corpus"] = path;
    out["read"] = to_json(read_pass(path));
    out["parse"] = to_json(parse_pass(path, false));
    out["tokenize"] = to_json(parse_pass(path, true));
    std::cout << out.dump(2) << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "segugio-bench-floor: " << e.what() << "\n";
    return 2;
  }
}
