#include "analysis/normalize.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

namespace segugio::analysis {
namespace {

// Appends code point c to out as UTF-8.
void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), len, c);
  out.append(buf, static_cast<std::size_t>(len));
}

bool is_dropped(UChar32 c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return true;  // C0 and C1 controls
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero width space
    case 0x2060:  // word joiner
    case 0xFEFF:  // byte-order mark / zero width no-break space
      return true;
    default:
      return false;
  }
}

// Collects the output of pass 1 together with the offset map, created lazily on the
// first change so unchanged input costs one copy.
class Builder {
 public:
  explicit Builder(std::size_t reserve) { out_.reserve(reserve); }

  void keep(std::string_view bytes, std::size_t input_pos) {
    if (mapped_) {
      for (std::size_t i = 0; i < bytes.size(); ++i) map_.push_back(input_pos + i);
    }
    out_.append(bytes);
  }
  void replace(UChar32 c, std::size_t input_pos) {
    start_map();
    std::size_t before = out_.size();
    append_utf8(out_, c);
    for (std::size_t i = before; i < out_.size(); ++i) map_.push_back(input_pos);
  }
  void drop() { start_map(); }

  Normalized finish(std::size_t input_size) {
    Normalized n;
    if (mapped_) map_.push_back(input_size);
    n.text = std::move(out_);
    n.to_input = std::move(map_);
    return n;
  }

 private:
  void start_map() {
    if (mapped_) return;
    mapped_ = true;
    map_.reserve(out_.capacity() + 1);
    for (std::size_t i = 0; i < out_.size(); ++i) map_.push_back(i);
  }
  std::string out_;
  OffsetMap map_;
  bool mapped_ = false;
};

// Pass 2, only for text that is not already NFC: normalises one segment (from one
// normalisation boundary to the next) at a time, so that every output byte still
// maps to the input offset of its segment.
Normalized compose(const Normalized& in, const icu::Normalizer2& nfc) {
  Normalized out;
  out.text.reserve(in.text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(in.text.data());
  const auto length = static_cast<int32_t>(in.text.size());
  int32_t seg_start = 0;
  auto flush = [&](int32_t seg_end) {
    if (seg_end <= seg_start) return;
    std::string piece;
    icu::StringByteSink<std::string> sink(&piece);
    UErrorCode status = U_ZERO_ERROR;
    nfc.normalizeUTF8(0, icu::StringPiece(in.text.data() + seg_start, seg_end - seg_start), sink, nullptr, status);
    if (U_FAILURE(status)) piece.assign(in.text, static_cast<std::size_t>(seg_start), static_cast<std::size_t>(seg_end - seg_start));
    std::size_t origin = in.input_offset(static_cast<std::size_t>(seg_start));
    for (std::size_t i = 0; i < piece.size(); ++i) out.to_input.push_back(origin);
    out.text += piece;
  };
  for (int32_t i = 0; i < length;) {
    int32_t here = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (here > seg_start && nfc.hasBoundaryBefore(c)) {
      flush(here);
      seg_start = here;
    }
  }
  flush(length);
  out.to_input.push_back(in.input_offset(in.text.size()));
  return out;
}

}  // namespace

std::size_t OffsetMap::operator[](std::size_t offset) const {
  // The last run that starts at or before `offset`.
  auto after = std::upper_bound(runs_.begin(), runs_.end(), offset,
                                [](std::size_t o, const Run& run) { return o < run.first; });
  const Run& run = *(after - 1);
  return run.input + (offset - run.first);
}

bool is_apostrophe_variant(char32_t c) {
  switch (c) {
    case 0x2019:  // ’ right single quotation mark
    case 0x2018:  // ‘ left single quotation mark, often typed for an apostrophe
    case 0x02BC:  // ʼ modifier letter apostrophe
    case 0x00B4:  // ´ acute accent
    case 0x0060:  // ` grave accent
    case 0xFF07:  // ＇ full-width apostrophe
      return true;
    default:
      return false;
  }
}

Normalized normalize(std::string_view input) {
  Builder builder(input.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(input.data());
  const auto length = static_cast<int32_t>(input.size());
  int32_t run_start = 0;  // start of the current run of bytes kept unchanged
  for (int32_t i = 0; i < length;) {
    int32_t here = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bool invalid = c < 0;
    bool apostrophe = !invalid && is_apostrophe_variant(static_cast<char32_t>(c));
    bool dropped = !invalid && is_dropped(c);
    if (!invalid && !apostrophe && !dropped) continue;
    builder.keep(input.substr(static_cast<std::size_t>(run_start), static_cast<std::size_t>(here - run_start)),
                 static_cast<std::size_t>(run_start));
    if (invalid) {
      builder.replace(0xFFFD, static_cast<std::size_t>(here));
    } else if (apostrophe) {
      builder.replace('\'', static_cast<std::size_t>(here));
    } else {
      builder.drop();
    }
    run_start = i;
  }
  builder.keep(input.substr(static_cast<std::size_t>(run_start)), static_cast<std::size_t>(run_start));
  Normalized first = builder.finish(input.size());

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc->isNormalizedUTF8(first.text, status)) return first;
  if (first.to_input.empty()) {
    first.to_input.reserve(first.text.size() + 1);
    for (std::size_t i = 0; i <= first.text.size(); ++i) first.to_input.push_back(i);
  }
  return compose(first, *nfc);
}

}  // namespace segugio::analysis
