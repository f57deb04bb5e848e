#pragma once
// The Italian analyzer: one pipeline for documents and queries, by construction.
//
// The order of the stages is written in analyzer.cpp and nowhere else:
//   1. normalize   NFC, control characters dropped, apostrophe variants unified
//   2. tokenize    ICU word break iterator (locale "it"), byte offsets and positions
//   3. repair      words glued by HTML stripping ("LavrovLa"), sentences glued at "."
//   4. elision     "l'Ucraina" -> "Ucraina", "E'" -> "È"; "po'" stays a word
//   5. fold        ICU full case folding, then accents removed ("Città" -> "citta")
//                  for the unstemmed term
//   6. stop words  Snowball's Italian list, matched on the folded form
//   7. stem        Snowball Italian (Xapian::Stem) on the case-folded word, accents
//                  removed from the stem; plus the stem of the accent-free word
//                  when the two differ (Token::stem_alt)
// Each stage lives in its own file and is tested on its own.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/token.h"

namespace segugio::analysis {

class WordSet;     // stop words and vocabulary, loaded once and shared
class Tokenizer;   // holds an ICU break iterator; one per Analyzer
class Stemmer;

// What analyze() returns: the tokens, with offsets into the caller's text.
struct Analysis {
  std::vector<Token> tokens;
  // The elided words the elision stage took out of the text, in order, with offsets
  // into the caller's text: cut off a token ("dell'" of "dell'Assemblea", the apostrophe
  // included) or standing apart ("nell" of "nell' ottobre", "all" of "all'80%"). They
  // are not indexed, but they are part of how the text reads: the entity extractor
  // reads them beside the tokens.
  std::vector<Span> elided;
};

// What the entity extractor reads of an analysis (entities/scanner.h): the tokens'
// offsets and glue marks, and the elided words; offsets into the caller's text. A small
// fraction of the Analysis of a long text.
struct Reading {
  std::vector<Word> words;
  std::vector<Span> elided;

  static Reading of(const Analysis& analysis);
};

class Analyzer {
 public:
  // Stored in every database; the query tool refuses a database analysed otherwise.
  // Version 2: elisions in a row are each taken off ("d'un'Europa"); a mixed-case word
  // of two long parts is split only when the text writes its right part alone too.
  static constexpr std::string_view kName = "segugio-italian";
  static constexpr std::uint32_t kVersion = 2;
  // "segugio-italian/2"
  static std::string id();

  Analyzer();
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Runs the whole pipeline. Never throws on any input: invalid UTF-8 becomes U+FFFD.
  // Not thread-safe: use one Analyzer per thread (they share their resources).
  Analysis analyze(std::string_view text);

  // The same analysis, for a text of any length, in memory proportional to the text's
  // distinct words rather than to its tokens: each token, finished as analyze() makes it,
  // is handed to `each` in order and not kept. When `reading` is not null it receives
  // what the entity extractor reads of the text (Reading::of(analyze(text))).
  void analyze(std::string_view text, const std::function<void(const Token&)>& each, Reading* reading = nullptr);

  // Stages 1-4 only: the same words, offsets and elisions as analyze(), without terms,
  // stems or positions. For reading names (lexicon entries, facet values), which are
  // never indexed, and for snippets, which finish only the words they have not seen.
  Analysis words(std::string_view text);

  // Stages 5-7 for one token of words(): term, stop word, stems (not the position).
  // analyze() is words() followed by this on every token.
  void finish(Token& token);

 private:
  const WordSet* stopwords_;
  const WordSet* vocabulary_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<Stemmer> stemmer_;
};

}  // namespace segugio::analysis
