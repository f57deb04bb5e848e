#pragma once
// ISO 8601 dates of input records, turned into the "YYYYMMDD" form of value slot 0.
#include <optional>
#include <string>
#include <string_view>

namespace segugio::input {

// "2023-09-15", "2023-09-15T08:30:00Z", "2023-09-15T08:30+02:00" and
// "2023-09-15 08:30:00" all give "20230915": the calendar date as written, with no
// time-zone conversion. nullopt for anything else, including impossible dates
// ("2023-02-30") and the compact form "20230915".
std::optional<std::string> parse_iso_date(std::string_view text);

}  // namespace segugio::input
