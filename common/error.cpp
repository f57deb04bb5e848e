#include "error.h"

#include <xapian.h>

namespace segugio {

std::string diagnostic(const std::string& file, std::size_t line, const std::string& message) {
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": error: ";
  out += message;
  return out;
}

std::string current_error_message() noexcept {
  try {
    try {
      throw;
    } catch (const Xapian::Error& e) {
      return e.get_description();
    } catch (const std::exception& e) {
      return e.what();
    } catch (...) {
      return "unknown error";
    }
  } catch (...) {  // building the message itself failed (out of memory)
    return {};
  }
}

std::string error_line(std::string_view program, std::string_view message) {
  std::string out(program);
  out += ": ";
  // A located diagnostic already says "error:" after its place.
  if (message.find(": error: ") == std::string_view::npos) out += "error: ";
  out += message;
  return out;
}

}  // namespace segugio
