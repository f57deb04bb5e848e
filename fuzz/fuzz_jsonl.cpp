// Fuzzes segugio-index's reading path with arbitrary bytes as the contents of a JSON
// Lines file (gzip-compressed when they start like gzip): RecordReader splits lines
// and drops over-long ones, parse_record checks each record, DocumentBuilder turns the
// good ones into Xapian documents. Checks: the only exception is InputError, with a
// complete diagnostic naming the file; an accepted article passes check_article and is
// valid UTF-8; every term of its document fits Xapian's limit.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

#include "analysis/analyzer.h"
#include "error.h"
#include "index/document_builder.h"
#include "index/terms.h"
#include "input/article_checks.h"
#include "input/record_reader.h"
#include "input/utf8.h"

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_jsonl: invariant broken: %s\n", what);
    std::abort();
  }
}

bool valid_utf8(const std::string& s) { return !segugio::input::find_invalid_utf8(s); }

// The input as a file that lives in memory, for LineReader, which opens a path.
class MemoryFile {
 public:
  MemoryFile(const std::uint8_t* data, std::size_t size) : fd_(memfd_create("fuzz_jsonl", 0)) {
    check(fd_ >= 0, "memfd_create");
    for (std::size_t done = 0; done < size;) {
      const ssize_t n = write(fd_, data + done, size - done);
      check(n > 0, "write to memfd");
      done += static_cast<std::size_t>(n);
    }
  }
  ~MemoryFile() { close(fd_); }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace segugio;
  static analysis::Analyzer analyzer;
  static index::DocumentBuilder builder(analyzer);
  MemoryFile file(data, size);
  const std::string path = file.path();
  // A small limit, so that the fuzzer reaches over-long records too.
  input::RecordReader reader({{path, input::Format::kJsonl, {}, size, {}}}, 4096);
  input::RawRecord record;
  for (;;) {
    try {
      if (!reader.next(record)) break;
    } catch (const InputError& e) {  // a damaged gzip stream ends the file
      check(std::string(e.what()).rfind(path + ":", 0) == 0, "read error names the file");
      break;
    }
    index::Article article;
    try {
      article = input::parse_record(record);
    } catch (const InputError& e) {
      const std::string what = e.what();
      check(what.rfind(path + ":" + std::to_string(record.line) + ": error: ", 0) == 0,
            "diagnostic is file:line: error: ...");
      check(valid_utf8(what), "diagnostic is valid UTF-8");
      continue;
    }
    check(!input::check_article(article), "accepted article passes check_article");
    check(valid_utf8(article.id) && valid_utf8(article.title) && valid_utf8(article.text) &&
              valid_utf8(article.url) && valid_utf8(article.source),
          "accepted article is valid UTF-8");
    const Xapian::Document document = builder.build(article);
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      check((*term).size() <= index::kMaxTermBytes, "terms fit Xapian's limit");
    }
  }
  return 0;
}
