#include "resources.h"

#include "error.h"
#include "text_lines.h"

namespace segugio {

std::string_view embedded(std::string_view name) {
  auto data = find_embedded(name);
  if (!data) {
    throw ResourceError("bundled resource corpora/" + std::string(name) + " is not embedded in this build");
  }
  return *data;
}

std::vector<std::string_view> embedded_lines(std::string_view name) { return text_lines(embedded(name)); }

}  // namespace segugio
