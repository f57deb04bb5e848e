#pragma once
// One JSON Lines record -> one Article, with every check that makes a record "bad".
//
// Fields: "id" (required: a non-empty string or an integer), "title", "text" (or
// "contents", Pyserini's name for it), "date" (ISO 8601), "url", "source": strings, or
// null for "absent". Other fields are ignored. A record needs a title or a text.
#include <cstddef>
#include <string>
#include <string_view>

#include "index/article.h"

namespace segugio::input {

// Parses `line` (line `line_number` of `origin`). Throws InputError whose what() is a
// complete diagnostic: `origin:line: error: field "date": ...`.
index::Article parse_jsonl_record(std::string_view line, const std::string& origin, std::size_t line_number);

// The top-level field whose key or value holds byte `offset` of the JSON object in
// `line` ("" when none does): names the field of an encoding error that stops a JSON
// parser before it knows which field it is in.
std::string field_at_offset(std::string_view line, std::size_t offset);

}  // namespace segugio::input
