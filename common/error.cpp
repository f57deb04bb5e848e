#include "error.h"

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

}  // namespace segugio
