// Writes ICU's (CLDR's) time-zone exemplar cities with their country, in Italian and
// English, as corpora/lexicons/places-tz.txt: "Italian name<TAB>CC<TAB>English name".
//
// Build and run (from the repository root):
//   g++ -std=c++20 corpora/lexicons/build/tz_cities.cpp -o /tmp/tz_cities $(pkg-config --libs icu-i18n icu-uc)
//   /tmp/tz_cities > corpora/lexicons/places-tz.txt
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <iostream>
#include <map>
#include <memory>
#include <string>

int main() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> it(icu::TimeZoneNames::createInstance(icu::Locale("it"), status));
  std::unique_ptr<icu::TimeZoneNames> en(icu::TimeZoneNames::createInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) return 1;
  std::unique_ptr<icu::StringEnumeration> ids(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  std::map<std::string, std::string> lines;
  while (const icu::UnicodeString* id = ids->snext(status)) {
    char region[8] = {0};
    icu::TimeZone::getRegion(*id, region, sizeof region, status);
    if (U_FAILURE(status) || std::string(region) == "001") { status = U_ZERO_ERROR; continue; }
    icu::UnicodeString it_name, en_name;
    it->getExemplarLocationName(*id, it_name);
    en->getExemplarLocationName(*id, en_name);
    if (it_name.isBogus() || it_name.isEmpty()) continue;
    std::string a, b;
    it_name.toUTF8String(a);
    en_name.toUTF8String(b);
    lines[a + "\t" + region] = (b == a ? std::string() : b);
  }
  std::cout << "# Time-zone exemplar cities from ICU " U_ICU_VERSION " (CLDR data, Unicode licence),\n"
               "# Italian name<TAB>ISO 3166-1 alpha-2<TAB>English name if different.\n"
               "# Regenerate with corpora/lexicons/build/tz_cities.cpp.\n";
  for (const auto& [k, v] : lines) std::cout << k << (v.empty() ? "" : "\t" + v) << "\n";
}
