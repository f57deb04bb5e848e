#include "index/terms.h"

#include "schema.h"

namespace segugio::index {
namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix).append(value);
  return term;
}

}  // namespace

std::string id_term(std::string_view id) { return prefixed(schema::kPrefixId, id); }

}  // namespace segugio::index
