#pragma once
// A table of what the analyzer made of a text, token by token, for people debugging a
// query or an index (segugio-index --analyze, like Elasticsearch's _analyze).
#include <string>
#include <string_view>

#include "analysis/analyzer.h"

namespace segugio::analysis {

// One header line and one line per token, columns aligned:
//   span      the original text of the token, quoted, with control characters escaped
//   bytes     its byte offsets in `text`, "start-end" (end exclusive)
//   pos       the word position (glued wholes share their first part's)
//   term      the unstemmed term
//   stem      the stem ("-" when none), then "|" and stem_alt when there is one
//   stop      "stop" for a stop word
//   note      the stage's note, plus "glue-whole"/"glue-part"
// `analysis` must be the analysis of `text`. Ends with "(no tokens)" when there are none.
std::string explain_analysis(std::string_view text, const Analysis& analysis);

}  // namespace segugio::analysis
