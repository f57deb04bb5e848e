#include "analysis/analyzer.h"

#include "analysis/elision.h"
#include "analysis/fold.h"
#include "analysis/normalize.h"
#include "analysis/repair.h"
#include "analysis/stem.h"
#include "analysis/stopwords.h"
#include "analysis/tokenize.h"

namespace segugio::analysis {

std::string Analyzer::id() { return std::string(kName) + "/" + std::to_string(kVersion); }

Analyzer::Analyzer()
    : stopwords_(&italian_stopwords()),
      vocabulary_(&italian_vocabulary()),
      tokenizer_(std::make_unique<Tokenizer>()),
      stemmer_(std::make_unique<Stemmer>()) {}

Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Analysis Analyzer::analyze(std::string_view input) {
  // The order of the stages, written once (see analyzer.h).
  Normalized normalized = normalize(input);                                    // 1
  std::vector<Token> tokens = tokenizer_->tokenize(normalized.text);           // 2
  tokens = repair(std::move(tokens), *vocabulary_);                            // 3
  tokens = elide(std::move(tokens), normalized.text);                          // 4

  std::uint32_t position = 0;
  for (Token& token : tokens) {
    token.position = position;
    if (!token.glue_whole) ++position;  // a whole form shares its first part's position
    std::string folded = fold_case(token.surface);                             // 5
    token.term = remove_accents(folded);
    token.stopword = stopwords_->contains(token.term);                         // 6
    if (!token.stopword && has_letter(token.term)) {                           // 7
      token.stem = (*stemmer_)(folded);
      if (folded != token.term) {
        token.stem = remove_accents(token.stem);
        std::string plain = (*stemmer_)(token.term);
        if (plain != token.stem) token.stem_alt = std::move(plain);
      }
    }
    token.start = normalized.input_offset(token.start);
    token.end = normalized.input_offset(token.end);
  }
  return Analysis{std::move(tokens)};
}

}  // namespace segugio::analysis
