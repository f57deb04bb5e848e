// Fuzzes segugio-query's batch reader (search/batch.h) with arbitrary bytes as a batch
// file: plain, TSV and JSON Lines lines mixed, a byte-order mark, CR line ends. Then
// each query that reads is parsed by the query parser. Checks: the reader itself never
// throws; a bad line is a complete "NAME:LINE: error: ..." diagnostic; line numbers go
// up and never pass the input's last line; a line that reads has a qid, non-empty facet
// values and dates the date parser accepts; the query parser throws only InputError.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "error.h"
#include "search/batch.h"
#include "search/query_builder.h"
#include "search/query_parser.h"

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_batch: invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace segugio;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t lines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  std::istringstream in(bytes);
  search::BatchReader reader(in, "batch.txt");
  search::BatchQuery query;
  std::string error;
  std::size_t last = 0;
  std::size_t records = 0;
  for (;;) {
    bool more = false;
    try {
      more = reader.next(query, error);
    } catch (...) {
      check(false, "the reader throws nothing: a bad line is a diagnostic");
    }
    if (!more) break;
    ++records;
    check(records <= lines, "no more records than lines");
    if (!error.empty()) {
      const std::string head = "batch.txt:";
      check(error.rfind(head, 0) == 0, "diagnostic names the file");
      const std::size_t colon = error.find(':', head.size());
      check(colon != std::string::npos, "diagnostic has a line number");
      const std::string number = error.substr(head.size(), colon - head.size());
      check(!number.empty() && number.find_first_not_of("0123456789") == std::string::npos,
            "diagnostic's line is a number");
      const std::size_t line = std::stoul(number);
      check(line > last && line <= lines, "diagnostic lines go up within the input");
      check(error.compare(colon, 9, ": error: ") == 0, "diagnostic is FILE:LINE: error: ...");
      last = line;
      continue;
    }
    check(query.line > last && query.line <= lines, "query lines go up within the input");
    last = query.line;
    check(!query.qid.empty(), "every query has a qid");
    for (const search::FacetFilter& f : query.filters.facets) check(!f.value.empty(), "facet values are not empty");
    try {
      if (!query.filters.from.empty()) search::parse_date_bound(query.filters.from, false);
      if (!query.filters.to.empty()) search::parse_date_bound(query.filters.to, true);
    } catch (const InputError&) {
      check(false, "a date the reader kept is one the date parser accepts");
    }
    try {
      (void)search::parse_query(query.query);
    } catch (const InputError&) {
      // a bad query: segugio-query reports it on its line
    }
  }
  return 0;
}
