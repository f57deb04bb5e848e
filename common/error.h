#pragma once
// Exceptions thrown by segugio_common. Every type derives from std::exception, and the
// tools map them to the exit codes documented in README.md.
#include <stdexcept>
#include <string>

namespace segugio {

// Bad input from a user: a malformed record, an unknown facet, a query syntax error.
// what() is a complete diagnostic, e.g. "articles.jsonl:12: error: missing field \"id\"".
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database cannot be used as asked: missing, locked, analysed by another analyzer.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A bundled resource is missing or unreadable; this is a build problem, not user input.
class ResourceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Formats "file:line: error: message" (line omitted when 0), the compiler-style
// diagnostic every tool prints for bad input.
std::string diagnostic(const std::string& file, std::size_t line, const std::string& message);

}  // namespace segugio
