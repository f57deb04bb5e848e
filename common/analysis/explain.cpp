#include "analysis/explain.h"

#include <array>
#include <cstdio>
#include <vector>

namespace segugio::analysis {
namespace {

// Display width, counted in code points (good enough for Latin text).
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

std::string explain_analysis(std::string_view text, const Analysis& analysis) {
  using Row = std::array<std::string, 7>;
  std::vector<Row> rows;
  rows.push_back({"span", "bytes", "pos", "term", "stem", "stop", "note"});
  for (const Token& token : analysis.tokens) {
    std::string span = token.start <= token.end && token.end <= text.size()
                           ? quoted(text.substr(token.start, token.end - token.start))
                           : "?";
    std::string note = token.note;
    for (const char* flag : {token.glue_whole ? "glue-whole" : "", token.glue_part ? "glue-part" : ""}) {
      if (*flag == '\0') continue;
      if (!note.empty()) note += ',';
      note += flag;
    }
    rows.push_back({std::move(span), std::to_string(token.start) + "-" + std::to_string(token.end),
                    std::to_string(token.position), token.term, token.stem.empty() ? "-" : token.stem_alt.empty() ? token.stem : token.stem + "|" + token.stem_alt,
                    token.stopword ? "stop" : "", std::move(note)});
  }
  std::array<std::size_t, 7> widths{};
  for (const Row& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  }
  std::string out;
  for (const Row& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line.append(widths[c] - width(row[c]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  }
  if (analysis.tokens.empty()) out += "(no tokens)\n";
  return out;
}

}  // namespace segugio::analysis
