#pragma once
// Which database a tool opens, the same rule for every tool: the --db option when
// given, else $SEGUGIO_DB when set and not empty, else ./segugio-db.
#include <string>
#include <string_view>

namespace segugio {

inline constexpr std::string_view kDefaultDatabase = "./segugio-db";

// OPTION is --db's value (empty: not given); ENVIRONMENT is $SEGUGIO_DB's (empty: unset).
std::string database_path(std::string_view option, std::string_view environment);

}  // namespace segugio
