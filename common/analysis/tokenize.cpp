#include "analysis/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "error.h"

namespace segugio::analysis {

Tokenizer::Tokenizer() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("it"), status));
  if (U_FAILURE(status) || !words_) {
    throw ResourceError(std::string("ICU word break iterator for \"it\": ") + u_errorName(status));
  }
}

Tokenizer::~Tokenizer() = default;

namespace {

// Calls f(start, end) for each word of `text`, in order.
template <class F>
void for_each_word(icu::BreakIterator& words, std::string_view text, F&& f) {
  UErrorCode status = U_ZERO_ERROR;
  // A UText over the UTF-8 bytes makes the iterator report byte offsets directly,
  // with no conversion to UTF-16 and back.
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  words.setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = words.first();
    for (int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next()) {
      if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
      f(start, end);
    }
  }
  // Detach the iterator from the UText before closing it.
  words.setText(icu::UnicodeString());
  utext_close(ut);
}

}  // namespace

std::vector<Token> Tokenizer::tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  for_each_word(*words_, text, [&](int32_t start, int32_t end) {
    Token token;
    token.start = static_cast<std::size_t>(start);
    token.end = static_cast<std::size_t>(end);
    token.surface.assign(text.substr(token.start, token.end - token.start));
    tokens.push_back(std::move(token));
  });
  return tokens;
}

std::vector<Word> Tokenizer::word_offsets(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6);
  for_each_word(*words_, text, [&](int32_t start, int32_t end) {
    words.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), false, false});
  });
  return words;
}

}  // namespace segugio::analysis
