#pragma once
// Exceptions thrown by segugio_common, and the one error contract of the tools. Every
// type derives from std::exception, and the tools map them to the exit codes
// documented in README.md.
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace segugio {

// Bad input from a user: a malformed record, an unknown facet, a query syntax error.
// what() is a complete diagnostic, e.g. "articles.jsonl:12: error: missing field \"id\"".
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database cannot be used as asked: missing, locked, analysed by another analyzer,
// a remote shard that does not answer.
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

// The message of the exception being handled; call it only inside a catch block. Any
// exception has one: what() of a std::exception, the description of a Xapian::Error
// (which is not a std::exception), "unknown error" for anything else. Never throws.
std::string current_error_message() noexcept;

// The one line a tool prints for an error it stops on: "PROGRAM: error: MESSAGE", or,
// when MESSAGE is already a located diagnostic ("FILE:LINE: error: ..."),
// "PROGRAM: FILE:LINE: error: ...", so that "error:" is said once.
std::string error_line(std::string_view program, std::string_view message);

// The single exit path of a tool: returns BODY's exit code; any exception out of BODY,
// a Xapian::Error included, becomes one error_line() on ERR and ERROR_CODE. Never throws.
template <class Body>
int run_or_report(std::string_view program, std::ostream& err, int error_code, Body&& body) noexcept {
  try {
    return body();
  } catch (...) {
    const std::string line = error_line(program, current_error_message());
    try {
      err << line << '\n' << std::flush;
    } catch (...) {  // a stream set to throw: the exit code still says it
    }
    return error_code;
  }
}

}  // namespace segugio
