#include "analysis/analyzer.h"

#include "analysis/elision.h"
#include "analysis/fold.h"
#include "analysis/normalize.h"
#include "analysis/repair.h"
#include "analysis/stem.h"
#include "analysis/word_lists.h"
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

namespace {

// Stages 1-4 (see analyzer.h); the offsets still index `normalized.text`.
Analysis segment(const Normalized& normalized, Tokenizer& tokenizer, const WordSet& vocabulary) {
  std::vector<Token> tokens = tokenizer.tokenize(normalized.text);             // 2
  tokens = repair(std::move(tokens), vocabulary);                              // 3
  std::vector<Span> elided;
  tokens = elide(std::move(tokens), normalized.text, &elided);                 // 4
  return Analysis{std::move(tokens), std::move(elided)};
}

void to_input_offsets(const Normalized& normalized, Analysis& analysis) {
  for (Token& token : analysis.tokens) {
    token.start = normalized.input_offset(token.start);
    token.end = normalized.input_offset(token.end);
  }
  for (Span& span : analysis.elided) span = {normalized.input_offset(span.start), normalized.input_offset(span.end)};
}

}  // namespace

Analysis Analyzer::words(std::string_view input) {
  Normalized normalized = normalize(input);                                    // 1
  Analysis analysis = segment(normalized, *tokenizer_, *vocabulary_);          // 2-4
  to_input_offsets(normalized, analysis);
  return analysis;
}

Analysis Analyzer::analyze(std::string_view input) {
  // The order of the stages, written once (see analyzer.h).
  Normalized normalized = normalize(input);                                    // 1
  Analysis analysis = segment(normalized, *tokenizer_, *vocabulary_);          // 2-4

  std::uint32_t position = 0;
  for (Token& token : analysis.tokens) {
    token.position = position;
    if (!token.glue_whole) ++position;  // a whole form shares its first part's position
    finish(token);                                                             // 5-7
  }
  to_input_offsets(normalized, analysis);
  return analysis;
}

void Analyzer::analyze(std::string_view input, const std::function<void(const Token&)>& each, Reading* reading) {
  // analyze(), one token at a time: stages 3-7 run on each token of stage 2 in turn, with
  // the same per-token functions as the whole-text stages (repair reads the text's
  // words from the offsets, as the normalised text holds them).
  Normalized normalized = normalize(input);                                    // 1
  const std::string_view text = normalized.text;
  const std::vector<Word> offsets = tokenizer_->word_offsets(text);           // 2
  Repairer repairer(*vocabulary_, [&](std::unordered_set<std::string_view>& words) {
    for (const Word& w : offsets) words.insert(text.substr(w.start, w.end - w.start));
  });
  if (reading) {
    reading->words.clear();
    reading->elided.clear();
    reading->words.reserve(offsets.size());
  }
  std::vector<Token> repaired;
  std::vector<Span> elided;
  std::uint32_t position = 0;
  for (const Word& w : offsets) {
    Token token;
    token.start = w.start;
    token.end = w.end;
    token.surface.assign(text.substr(token.start, token.end - token.start));
    repaired.clear();
    repairer.repair(std::move(token), repaired);                               // 3
    for (Token& t : repaired) {
      elided.clear();
      const bool kept = elide(t, text, reading ? &elided : nullptr);           // 4
      if (reading) {
        for (const Span& span : elided)
          reading->elided.push_back({normalized.input_offset(span.start), normalized.input_offset(span.end)});
      }
      if (!kept) continue;
      t.position = position;
      if (!t.glue_whole) ++position;
      finish(t);                                                               // 5-7
      t.start = normalized.input_offset(t.start);
      t.end = normalized.input_offset(t.end);
      if (reading) {
        reading->words.push_back({static_cast<std::uint32_t>(t.start), static_cast<std::uint32_t>(t.end),
                                  t.glue_whole, t.glue_part});
      }
      each(t);
    }
  }
}

Reading Reading::of(const Analysis& analysis) {
  Reading reading;
  reading.words.reserve(analysis.tokens.size());
  for (const Token& t : analysis.tokens) {
    reading.words.push_back(
        {static_cast<std::uint32_t>(t.start), static_cast<std::uint32_t>(t.end), t.glue_whole, t.glue_part});
  }
  reading.elided = analysis.elided;
  return reading;
}

void Analyzer::finish(Token& token) {
  std::string folded = fold_case(token.surface);                               // 5
  token.term = remove_accents(folded);
  token.stopword = stopwords_->contains(token.term);                           // 6
  if (!token.stopword && has_letter(token.term)) {                             // 7
    token.stem = (*stemmer_)(folded);
    if (folded != token.term) {
      token.stem = remove_accents(token.stem);
      std::string plain = (*stemmer_)(token.term);
      if (plain != token.stem) token.stem_alt = std::move(plain);
    }
  }
}

}  // namespace segugio::analysis
