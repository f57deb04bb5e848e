#include "analysis/stem.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace segugio::analysis {

bool has_letter(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace segugio::analysis
