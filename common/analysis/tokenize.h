#pragma once
// Stage 2: word tokens from ICU's word break iterator (locale "it").
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/token.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace segugio::analysis {

// Holds one ICU break iterator, so it is not thread-safe: one Tokenizer per thread.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // The words of `text` (valid UTF-8) in order: letters, numbers, ideographs; spaces and
  // punctuation are skipped. Fills surface, start and end; positions are assigned by the
  // analyzer once repair and elision have run.
  std::vector<Token> tokenize(std::string_view text);
  // The same words as offsets only (no surface copied): for a long text, which the
  // analyzer then reads one token at a time.
  std::vector<Word> word_offsets(std::string_view text);

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace segugio::analysis
