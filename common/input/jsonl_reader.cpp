#include "input/jsonl_reader.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "error.h"
#include "input/article_checks.h"
#include "input/date.h"
#include "input/utf8.h"

namespace segugio::input {
namespace {

using nlohmann::json;

const char* type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a value";
  }
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at
// line 1, column 7: "; keep the column, drop the rest of the prefix.
//
// Their "last read: '...'" echoes the token the parser was in, which can be a whole
// 10 MB string and can end inside a UTF-8 sequence (an invalid literal stops at its
// first byte): keep its last kLastReadBytes, cut at character boundaries.
constexpr std::size_t kLastReadBytes = 40;

std::string shorten_last_read(std::string what) {
  // "...; last read: 'TOKEN'" or "...; last read: 'TOKEN'; expected string literal"
  static constexpr std::string_view kMarker = "; last read: '";
  const auto at = what.find(kMarker);
  if (at == std::string::npos) return what;
  const std::size_t begin = at + kMarker.size();
  std::size_t end = what.rfind("'; expected ");
  if (end == std::string::npos || end < begin) end = what.size() - 1;
  if (end < begin || what[end] != '\'') return what;
  std::string token = what.substr(begin, end - begin);
  bool cut = false;
  if (token.size() > kLastReadBytes) {
    std::size_t from = token.size() - kLastReadBytes;
    while (from < token.size() && (static_cast<unsigned char>(token[from]) & 0xC0) == 0x80) ++from;
    token.erase(0, from);
    cut = true;
  }
  // Only the end can be a partial character now.
  if (auto bad = find_invalid_utf8(token)) token.resize(*bad);
  return what.substr(0, begin) + (cut ? "..." : "") + token + what.substr(end);
}

std::string parse_error_message(const json::parse_error& e) {
  std::string what = e.what();
  if (auto at = what.find("column "); at != std::string::npos) return shorten_last_read(what.substr(at));
  if (auto colon = what.find("] "); colon != std::string::npos) return shorten_last_read(what.substr(colon + 2));
  return what;
}

// A field name that can be echoed in a diagnostic: valid UTF-8, no control characters.
bool printable(std::string_view name) {
  if (find_invalid_utf8(name)) return false;
  return std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

}  // namespace

std::string field_at_offset(std::string_view line, std::size_t offset) {
  int depth = 0;
  bool in_object = false;  // the record is an object: its depth-1 strings alternate key, value
  bool expect_key = false;
  std::string key;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      const std::size_t start = i++;
      while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
      const bool is_key = depth == 1 && in_object && expect_key;
      if (is_key) key = std::string(line.substr(start + 1, i - start - 1));
      if (offset >= start && offset <= i) return depth >= 1 && in_object ? key : std::string();
      if (is_key) expect_key = false;
    } else if (c == '{' || c == '[') {
      if (++depth == 1) in_object = expect_key = c == '{';
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',' && depth == 1) {
      expect_key = true;
    }
  }
  return {};
}

index::Article parse_jsonl_record(std::string_view line, const std::string& origin, std::size_t line_number) {
  auto fail = [&](const std::string& message) -> InputError {
    return InputError(diagnostic(origin, line_number, message));
  };
  // Names the field holding byte `offset`, when the name itself can be printed.
  auto located = [&](std::size_t offset, const std::string& problem, const std::string& hint) {
    const std::string field = field_at_offset(line, offset);
    const std::string at = " at byte " + std::to_string(offset + 1) + hint;
    if (field.empty()) return problem + at;
    if (!printable(field)) return "field with an unprintable name: " + problem + at;
    return "field \"" + field + "\": " + problem + at;
  };
  if (auto bad = find_invalid_utf8(line)) throw fail(located(*bad, "invalid UTF-8", ""));
  // JSON has no raw NUL (inside a string it must be written \u0000), and nlohmann's
  // parser would take one for the end of the input, silently dropping what follows.
  if (auto nul = line.find('\0'); nul != std::string_view::npos) {
    throw fail(located(nul, "NUL byte", " (a JSON string writes it as \\u0000)"));
  }
  json record;
  try {
    record = json::parse(line);
  } catch (const json::parse_error& e) {
    throw fail("malformed JSON: " + parse_error_message(e));
  } catch (const json::out_of_range&) {  // 406: a number too large for a double
    throw fail("malformed JSON: a number is out of range");
  }
  if (!record.is_object()) throw fail(std::string("record is ") + type_name(record) + ", not a JSON object");

  index::Article article;
  article.origin = origin;
  article.line = line_number;

  auto id = record.find("id");
  if (id == record.end() || id->is_null()) throw fail("field \"id\": missing");
  if (id->is_string()) {
    article.id = id->get<std::string>();
  } else if (id->is_number_integer()) {
    article.id = id->dump();
  } else {
    throw fail(std::string("field \"id\": expected a string or an integer, got ") + type_name(*id));
  }

  // Takes a string field out of the record (each is read once); absent and null leave
  // `out` empty.
  auto string_field = [&](const char* name, std::string& out) {
    auto it = record.find(name);
    if (it == record.end() || it->is_null()) return false;
    if (!it->is_string()) {
      throw fail(std::string("field \"") + name + "\": expected a string, got " + type_name(*it));
    }
    out = std::move(it->get_ref<std::string&>());
    return true;
  };
  string_field("title", article.title);
  if (!string_field("text", article.text)) string_field("contents", article.text);
  string_field("url", article.url);
  string_field("source", article.source);
  std::string date;
  if (string_field("date", date) && !date.empty()) {
    auto parsed = parse_iso_date(date);
    if (!parsed) {
      throw fail("field \"date\": \"" + date + "\" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)");
    }
    article.date = std::move(*parsed);
  }
  remove_nul_characters(article);
  if (auto problem = check_article(article)) throw fail(*problem);
  return article;
}

}  // namespace segugio::input
