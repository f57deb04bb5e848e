#pragma once
// ISO 8601 dates, turned into the "YYYYMMDD" form of value slot 0: the one calendar
// check shared by the indexer (dates of input records) and the query tool (date:
// ranges, --from, --to), so both accept and reject the same days.
#include <optional>
#include <string>
#include <string_view>

namespace segugio::input {

// "2023-09-15", "2023-09-15T08:30:00Z", "2023-09-15T08:30+02:00" and
// "2023-09-15 08:30:00" all give "20230915": the calendar date as written, with no
// time-zone conversion. nullopt for anything else, including impossible dates
// ("2023-02-30") and the compact form "20230915".
std::optional<std::string> parse_iso_date(std::string_view text);

// Which day of a month or year a partial date stands for.
enum class DateEnd { First, Last };

// A day, a month or a year as a query writes it: "2023-09-15", "2023-09", "2023".
// END picks the first day ("20230901") or the last ("20230930"; February counts leap
// years). nullopt for anything else, including impossible days ("2023-02-30").
std::optional<std::string> parse_partial_date(std::string_view text, DateEnd end);

}  // namespace segugio::input
