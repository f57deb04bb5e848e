// Fuzzes the analyzer with arbitrary bytes (invalid UTF-8 included: analyze() promises
// never to throw) and checks what every consumer of tokens relies on: offsets inside
// the input, positions that never go back, non-empty terms, and valid UTF-8 in every
// string a token carries (terms reach Xapian and JSON output). Over-long words are the
// document builder's to drop; fuzz_jsonl checks the terms that reach a document.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "analysis/analyzer.h"
#include "input/utf8.h"

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_analyzer: invariant broken: %s\n", what);
    std::abort();
  }
}

bool valid_utf8(std::string_view s) { return !segugio::input::find_invalid_utf8(s); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static segugio::analysis::Analyzer analyzer;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const segugio::analysis::Analysis analysis = analyzer.analyze(text);
  std::uint32_t last_position = 0;
  for (const auto& token : analysis.tokens) {
    check(token.start <= token.end, "start <= end");
    check(token.end <= size, "end within the input");
    check(token.position >= last_position, "positions never go back");
    last_position = token.position;
    check(!token.term.empty(), "a token has a term");
    check(valid_utf8(token.term), "term is valid UTF-8");
    check(valid_utf8(token.stem), "stem is valid UTF-8");
    check(valid_utf8(token.stem_alt), "stem_alt is valid UTF-8");
    check(valid_utf8(token.surface), "surface is valid UTF-8");
    check(!token.stopword || token.stem.empty(), "stop words have no stem");
  }
  return 0;
}
