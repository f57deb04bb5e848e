#include "input/date.h"

namespace segugio::input {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// "hh:mm", "hh:mm:ss", "hh:mm:ss.fff", each with an optional "Z" or "+hh:mm"/"-hhmm".
bool valid_time(std::string_view t) {
  auto two_digits_in = [](std::string_view s, int max) { return s.size() == 2 && all_digits(s) && to_int(s) <= max; };
  if (t.size() < 5 || !two_digits_in(t.substr(0, 2), 23) || t[2] != ':' || !two_digits_in(t.substr(3, 2), 59)) {
    return false;
  }
  t.remove_prefix(5);
  if (!t.empty() && t[0] == ':') {
    if (t.size() < 3 || !two_digits_in(t.substr(1, 2), 60)) return false;
    t.remove_prefix(3);
    if (!t.empty() && (t[0] == '.' || t[0] == ',')) {
      std::size_t k = 1;
      while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
      if (k == 1) return false;
      t.remove_prefix(k);
    }
  }
  if (t.empty() || t == "Z") return true;
  if (t[0] != '+' && t[0] != '-') return false;
  t.remove_prefix(1);
  if (t.size() == 5 && t[2] == ':') return two_digits_in(t.substr(0, 2), 23) && two_digits_in(t.substr(3, 2), 59);
  if (t.size() == 4) return two_digits_in(t.substr(0, 2), 23) && two_digits_in(t.substr(2, 2), 59);
  if (t.size() == 2) return two_digits_in(t, 23);
  return false;
}

// "YYYY-MM-DD" naming a day that exists.
bool valid_day(std::string_view y, std::string_view m, std::string_view d) {
  if (y.size() != 4 || m.size() != 2 || d.size() != 2) return false;
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return false;
  const int year = to_int(y), month = to_int(m), day = to_int(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

}  // namespace

std::optional<std::string> parse_partial_date(std::string_view text, DateEnd end) {
  std::string_view y = text.substr(0, 4), m, d;
  if (text.size() == 4) {
    m = end == DateEnd::First ? "01" : "12";
    d = end == DateEnd::First ? "01" : "31";
  } else if (text.size() == 7 && text[4] == '-') {
    m = text.substr(5, 2);
    if (!all_digits(y) || !all_digits(m) || to_int(m) < 1 || to_int(m) > 12) return std::nullopt;
    static const char* const kLastDays[] = {"28", "29", "30", "31"};
    d = end == DateEnd::First ? "01" : kLastDays[days_in_month(to_int(y), to_int(m)) - 28];
  } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    m = text.substr(5, 2);
    d = text.substr(8, 2);
  } else {
    return std::nullopt;
  }
  if (!valid_day(y, m, d)) return std::nullopt;
  std::string out;
  out.reserve(8);
  out.append(y).append(m).append(d);
  return out;
}

std::optional<std::string> parse_iso_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!valid_day(y, m, d)) return std::nullopt;
  std::string_view rest = text.substr(10);
  if (!rest.empty()) {
    if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return std::nullopt;
    if (!valid_time(rest.substr(1))) return std::nullopt;
  }
  std::string out;
  out.reserve(8);
  out.append(y).append(m).append(d);
  return out;
}

}  // namespace segugio::input
