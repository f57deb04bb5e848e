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

std::vector<Token> Tokenizer::tokenize(std::string_view text) {
  std::vector<Token> tokens;
  UErrorCode status = U_ZERO_ERROR;
  // A UText over the UTF-8 bytes makes the iterator report byte offsets directly,
  // with no conversion to UTF-16 and back.
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return tokens;
  words_->setText(ut, status);
  if (U_SUCCESS(status)) {
    tokens.reserve(text.size() / 6);
    int32_t start = words_->first();
    for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
      if (words_->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
      Token token;
      token.start = static_cast<std::size_t>(start);
      token.end = static_cast<std::size_t>(end);
      token.surface.assign(text.substr(token.start, token.end - token.start));
      tokens.push_back(std::move(token));
    }
  }
  // Detach the iterator from the UText before closing it.
  words_->setText(icu::UnicodeString());
  utext_close(ut);
  return tokens;
}

}  // namespace segugio::analysis
