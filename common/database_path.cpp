#include "database_path.h"

namespace segugio {

std::string database_path(std::string_view option, std::string_view environment) {
  if (!option.empty()) return std::string(option);
  if (!environment.empty()) return std::string(environment);
  return std::string(kDefaultDatabase);
}

}  // namespace segugio
