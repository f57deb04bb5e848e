#include "search/query_parser.h"

#include <cctype>
#include <optional>

#include "error.h"
#include "input/utf8.h"

namespace segugio::search {
namespace {

struct Lexeme {
  enum class Type { LParen, RParen, Term, And, Or, Not, Near, End };
  Type type = Type::End;
  char mod = 0;            // '+', '-' or 0, before a term or '('
  std::string field;       // "title", "person", ..., "date"; empty for none
  std::string text;
  bool quoted = false;
  unsigned window = 10;    // NEAR/n
};

bool known_field(std::string_view name) {
  return name == "title" || name == "date" || parse_facet(name).has_value();
}

// Length of the opening or closing quote at TEXT's start, 0 if none.
std::size_t quote_at(std::string_view text) {
  if (text.empty()) return 0;
  if (text[0] == '"') return 1;
  for (std::string_view q : {"\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"})
    if (text.substr(0, q.size()) == q) return q.size();
  return 0;
}

// "name:value" where name is ASCII letters and the value starts with a letter, a digit
// or a quote: what a field looks like. "ore 10:30", "https://..." and "Nota:" are text.
bool looks_like_field(std::string_view run, std::size_t colon) {
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= run.size()) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!std::isalpha(static_cast<unsigned char>(run[i]))) return false;
  }
  const unsigned char next = static_cast<unsigned char>(run[colon + 1]);
  return std::isalnum(next) || next == '"' || next >= 0x80;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Lexeme> run() {
    std::vector<Lexeme> out;
    for (;;) {
      while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
      if (pos_ >= text_.size()) break;
      out.push_back(next());
    }
    out.push_back(Lexeme{});
    return out;
  }

 private:
  Lexeme next() {
    Lexeme lex;
    char c = text_[pos_];
    if ((c == '+' || c == '-') && pos_ + 1 < text_.size() && !is_space(text_[pos_ + 1])) {
      lex.mod = c;
      c = text_[++pos_];
    }
    if (c == '(') {
      ++pos_;
      lex.type = Lexeme::Type::LParen;
      return lex;
    }
    if (c == ')') {
      ++pos_;
      lex.type = Lexeme::Type::RParen;
      return lex;
    }
    lex.type = Lexeme::Type::Term;
    if (quote_at(text_.substr(pos_))) {
      lex.text = phrase();
      lex.quoted = true;
      return lex;
    }
    std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_]) && text_[pos_] != '(' &&
           text_[pos_] != ')' && !quote_at(text_.substr(pos_)))
      ++pos_;
    std::string run(text_.substr(start, pos_ - start));
    if (!lex.mod) {
      if (run == "AND") return keyword(Lexeme::Type::And);
      if (run == "OR") return keyword(Lexeme::Type::Or);
      if (run == "NOT") return keyword(Lexeme::Type::Not);
      if (run == "NEAR") return keyword(Lexeme::Type::Near);
      // Anything written "NEAR/..." is the operator: its window must be a number, never
      // silently a word of the text.
      if (run.rfind("NEAR/", 0) == 0) {
        const std::string digits = run.substr(5);
        if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string::npos)
          throw InputError("query: " + run + ": NEAR/ takes a number of words from 1 to " +
                           std::to_string(kMaxNearWindow) + ", e.g. NEAR/5");
        Lexeme near = keyword(Lexeme::Type::Near);
        near.window = static_cast<unsigned>(std::stoul(digits));
        if (near.window == 0) throw InputError("query: NEAR/0 has no room between words");
        return near;
      }
    }
    std::size_t colon = run.find(':');
    if (looks_like_field(run, colon) && !known_field(run.substr(0, colon))) {
      throw InputError("query: unknown field \"" + run.substr(0, colon) +
                       "\" (fields: title, date, person, country, org, place, source); to search the text, "
                       "quote it: \"" + run + "\"");
    }
    if (colon != std::string::npos && colon > 0 && known_field(run.substr(0, colon))) {
      lex.field = run.substr(0, colon);
      if (auto f = parse_facet(lex.field)) lex.field = std::string(facet_name(*f));
      lex.text = run.substr(colon + 1);
      // "country:-RU" means what --country=-RU means: the sign goes on the whole field.
      if (lex.text.size() > 1 && (lex.text[0] == '-' || lex.text[0] == '+')) {
        if (lex.mod) throw InputError("query: " + std::string(1, lex.mod) + run + ": one sign per value");
        lex.mod = lex.text[0];
        lex.text.erase(0, 1);
      }
      if (lex.text.empty()) {
        if (pos_ < text_.size() && quote_at(text_.substr(pos_))) {
          lex.text = phrase();
          lex.quoted = true;
        } else {
          throw InputError("query: " + lex.field + ": needs a value, e.g. " + lex.field +
                           ":\"...\"");
        }
      }
      return lex;
    }
    lex.text = std::move(run);
    return lex;
  }

  Lexeme keyword(Lexeme::Type type) {
    Lexeme lex;
    lex.type = type;
    return lex;
  }

  // A quoted phrase starting at pos_; straight and typographic quotes both close it.
  std::string phrase() {
    pos_ += quote_at(text_.substr(pos_));
    std::size_t start = pos_;
    while (pos_ < text_.size()) {
      if (std::size_t q = quote_at(text_.substr(pos_))) {
        std::string inside(text_.substr(start, pos_ - start));
        pos_ += q;
        return inside;
      }
      ++pos_;
    }
    throw InputError("query: unterminated phrase: a \" is missing");
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

class Parser {
 public:
  explicit Parser(std::vector<Lexeme> lexemes) : lex_(std::move(lexemes)) {}

  QueryNode parse() {
    if (peek().type == Lexeme::Type::End) return make(QueryNode::Kind::MatchAll);
    QueryNode node = parse_or();
    if (peek().type == Lexeme::Type::RParen) throw InputError("query: unbalanced ')'");
    if (peek().type != Lexeme::Type::End) throw InputError("query: unexpected text after the query");
    return node;
  }

 private:
  static QueryNode make(QueryNode::Kind kind) {
    QueryNode node;
    node.kind = kind;
    return node;
  }

  const Lexeme& peek(std::size_t ahead = 0) const {
    return lex_[std::min(pos_ + ahead, lex_.size() - 1)];
  }
  Lexeme take() { return lex_[std::min(pos_++, lex_.size() - 1)]; }

  QueryNode parse_or() {
    QueryNode left = parse_and();
    if (peek().type != Lexeme::Type::Or) return left;
    QueryNode node = make(QueryNode::Kind::Or);
    node.children.push_back(std::move(left));
    while (peek().type == Lexeme::Type::Or) {
      take();
      node.children.push_back(parse_and("OR"));
    }
    return node;
  }

  QueryNode parse_and(const char* after = nullptr) {
    QueryNode left = parse_not(after);
    while (peek().type == Lexeme::Type::And) {
      take();
      if (peek().type == Lexeme::Type::Not) {  // "a AND NOT b" is "a NOT b"
        take();
        QueryNode node = make(QueryNode::Kind::Not);
        node.children.push_back(std::move(left));
        node.children.push_back(parse_sequence("NOT"));
        left = std::move(node);
        continue;
      }
      if (left.kind != QueryNode::Kind::And) {
        QueryNode node = make(QueryNode::Kind::And);
        node.children.push_back(std::move(left));
        left = std::move(node);
      }
      left.children.push_back(parse_not("AND"));
    }
    return left;
  }

  QueryNode parse_not(const char* after = nullptr) {
    QueryNode left = peek().type == Lexeme::Type::Not ? make(QueryNode::Kind::MatchAll)
                                                      : parse_sequence(after);
    while (peek().type == Lexeme::Type::Not) {
      take();
      QueryNode node = make(QueryNode::Kind::Not);
      node.children.push_back(std::move(left));
      node.children.push_back(parse_sequence("NOT"));
      left = std::move(node);
    }
    return left;
  }

  QueryNode parse_sequence(const char* after) {
    QueryNode seq = make(QueryNode::Kind::Sequence);
    while (peek().type == Lexeme::Type::Term || peek().type == Lexeme::Type::LParen) {
      char mod = peek().mod;
      QueryNode item = parse_primary();
      while (peek().type == Lexeme::Type::Near) {
        unsigned window = take().window;
        if (item.kind != QueryNode::Kind::Near) {
          QueryNode near = make(QueryNode::Kind::Near);
          near.window = window;
          near.children.push_back(near_operand(std::move(item)));
          item = std::move(near);
        }
        item.window = std::max(item.window, window);
        if (peek().type != Lexeme::Type::Term) throw InputError("query: NEAR needs a word after it");
        item.children.push_back(near_operand(parse_primary()));
      }
      item.occur = mod == '+'   ? QueryNode::Occur::Must
                   : mod == '-' ? QueryNode::Occur::MustNot
                                : QueryNode::Occur::Should;
      seq.children.push_back(std::move(item));
    }
    if (seq.children.empty()) {
      if (peek().type == Lexeme::Type::RParen) throw InputError("query: unbalanced ')'");
      throw InputError(after ? std::string("query: ") + after + " needs something after it"
                             : std::string("query: an operator needs something before it"));
    }
    if (seq.children.size() == 1 && seq.children[0].occur == QueryNode::Occur::Should)
      return std::move(seq.children[0]);
    return seq;
  }

  static QueryNode near_operand(QueryNode node) {
    if (node.kind != QueryNode::Kind::Text || node.title)
      throw InputError("query: NEAR joins plain words");
    return node;
  }

  QueryNode parse_primary() {
    Lexeme lex = take();
    if (lex.type == Lexeme::Type::LParen) {
      // Each level is a recursion of the parser (and of the builder after it).
      if (++depth_ > kMaxDepth) {
        throw InputError("query: parentheses nested more than " + std::to_string(kMaxDepth) + " deep");
      }
      QueryNode inner = parse_or();
      --depth_;
      if (take().type != Lexeme::Type::RParen) throw InputError("query: missing ')'");
      return inner;
    }
    QueryNode node;
    node.text = lex.text;
    if (lex.field == "date") {
      node.kind = QueryNode::Kind::Date;
      return node;
    }
    if (!lex.field.empty() && lex.field != "title") {
      node.kind = QueryNode::Kind::FacetValue;
      node.facet = *parse_facet(lex.field);
      return node;
    }
    node.title = lex.field == "title";
    if (lex.quoted) {
      node.kind = QueryNode::Kind::Phrase;
    } else if (node.text.size() > 1 && node.text.back() == '*') {
      node.kind = QueryNode::Kind::Wildcard;
      node.text.pop_back();
    } else {
      node.kind = QueryNode::Kind::Text;
    }
    return node;
  }

  std::vector<Lexeme> lex_;
  std::size_t pos_ = 0;
  std::size_t depth_ = 0;
};

void render(const QueryNode& node, std::string& out);

void render_children(const char* name, const QueryNode& node, std::string& out) {
  out += name;
  out += '(';
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    if (i) out += ", ";
    render(node.children[i], out);
  }
  out += ')';
}

void render(const QueryNode& node, std::string& out) {
  if (node.occur == QueryNode::Occur::Must) out += '+';
  if (node.occur == QueryNode::Occur::MustNot) out += '-';
  const char* field = node.title ? "title:" : "";
  switch (node.kind) {
    case QueryNode::Kind::Text: out += (node.title ? "title:" : "text:") + node.text; break;
    case QueryNode::Kind::Phrase: out += std::string(node.title ? field : "phrase:") + '"' + node.text + '"'; break;
    case QueryNode::Kind::Wildcard: out += std::string(node.title ? field : "wildcard:") + node.text + '*'; break;
    case QueryNode::Kind::FacetValue:
      out += std::string(facet_name(node.facet)) + ":\"" + node.text + '"';
      break;
    case QueryNode::Kind::Date: out += "date:" + node.text; break;
    case QueryNode::Kind::MatchAll: out += "*"; break;
    case QueryNode::Kind::Near:
      render_children(("NEAR/" + std::to_string(node.window)).c_str(), node, out);
      break;
    case QueryNode::Kind::And: render_children("AND", node, out); break;
    case QueryNode::Kind::Or: render_children("OR", node, out); break;
    case QueryNode::Kind::Not: render_children("NOT", node, out); break;
    case QueryNode::Kind::Sequence: render_children("SEQ", node, out); break;
  }
}

}  // namespace

QueryNode parse_query(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    throw InputError("query: " + std::to_string(query.size()) + " bytes long, the limit is " +
                     std::to_string(kMaxQueryBytes));
  }
  if (auto bad = input::find_invalid_utf8(query)) {
    throw InputError("query: invalid UTF-8 at byte " + std::to_string(*bad + 1));
  }
  return Parser(Lexer(query).run()).parse();
}

std::string to_string(const QueryNode& node) {
  std::string out;
  render(node, out);
  return out;
}

}  // namespace segugio::search
