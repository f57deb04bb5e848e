#include "entities/gazetteer.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "entities/fold.h"
#include "resources.h"

namespace segugio::entities {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    std::size_t p = s.find(sep);
    std::string_view part = s.substr(0, p);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

// Tab-separated fields; unlike split(), keeps empty fields.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    std::size_t p = line.find('\t');
    out.push_back(line.substr(0, p));
    if (p == std::string_view::npos) break;
    line.remove_prefix(p + 1);
  }
  return out;
}

bool all_caps_acronym(std::string_view s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2 && s.size() <= 8;
}

bool starts_lower(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == '\'') return s.size() > 1 && starts_lower(s.substr(1));
  return (c >= 'a' && c <= 'z') || c >= 0xC3;  // accented lower-case starts are rare enough
}

std::string utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// Forms of an Italian adjective from its masculine singular.
std::vector<std::string> adjective_forms(const std::string& m) {
  std::vector<std::string> out{m};
  auto stem = [&](std::size_t n) { return m.substr(0, m.size() - n); };
  if (m.ends_with("co")) {
    for (const char* e : {"ca", "ci", "chi", "che"}) out.push_back(stem(2) + e);
  } else if (m.ends_with("go")) {
    for (const char* e : {"ga", "gi", "ghi", "ghe"}) out.push_back(stem(2) + e);
  } else if (m.ends_with("o")) {
    for (const char* e : {"a", "i", "e"}) out.push_back(stem(1) + e);
  } else if (m.ends_with("e")) {
    out.push_back(stem(1) + "i");
  } else if (m.ends_with("ga")) {
    out.push_back(stem(2) + "gi");
    out.push_back(stem(2) + "ghe");
  } else if (m.ends_with("a")) {
    out.push_back(stem(1) + "i");
    out.push_back(stem(1) + "e");
  }
  return out;
}

constexpr std::string_view kOrgCues[] = {
    "partito", "università", "universita", "ministero", "comune", "banca", "consiglio", "corte", "tribunale",
    "procura", "agenzia", "associazione", "federazione", "fondazione", "movimento", "unione", "lega", "società",
    "societa", "compagnia", "gruppo", "comitato", "commissione", "autorità", "autorita", "ente", "ufficio",
    "dipartimento", "accademia", "camera", "assemblea", "polizia", "guardia", "cassa", "fronte", "alleanza",
    "sindacato", "confederazione", "ordine", "istituto", "politecnico", "club", "nazionale", "esercito",
    "brigata", "brigate", "forze", "corpo", "direzione", "segreteria", "regione", "provincia", "procura",
    "parlamento", "senato", "congresso", "governo", "repubblica", "cooperativa", "consorzio", "azienda",
    "liceo", "scuola", "osservatorio", "croce", "chiesa", "diocesi",
    "squadra", "tavola", "conferenza", "coordinamento", "fiera", "archivio", "amministrazione", "giunta",
    "protezione"};
constexpr std::string_view kOrgSuffixes[] = {
    "united", "city", "fc", "calcio", "spa", "s.p.a.", "srl", "group", "bank", "inc", "corp", "corporation",
    "ltd", "airlines", "airways", "party", "club", "records", "motors", "university", "college", "institute",
    "foundation", "association", "agency", "press", "news", "times", "post", "journal", "tv", "channel",
    "entertainment", "studios", "pictures", "games", "systems", "technologies", "holding", "telecom",
    "energy", "oil", "football", "rovers", "wanderers", "athletic", "sporting", "olympique", "racing"};
constexpr std::string_view kParticles[] = {"di",  "da",  "de",  "del", "della", "van", "von", "der", "den",
                                           "bin", "ben", "ibn", "al",  "el",   "la",  "le",  "du",  "dos",
                                           "das", "do",  "y",   "d'",  "dell'", "mc",  "ter", "zu"};
constexpr std::string_view kNotAcronyms[] = {
    "ii",  "iii", "iv",  "vi",  "vii", "viii", "ix",  "xi",  "xii", "xiii", "xiv", "xv",  "xvi", "xvii",
    "xviii", "xix", "xx", "xxi", "xxiii", "tv",  "pil", "iva", "ok",  "sms",  "dna", "hiv", "aids", "pc",
    "cd",  "dvd", "gps", "usb", "pdf", "html", "url", "www", "ceo", "pm",  "am",  "ad",   "dj",  "vip",
    "ufo", "suv", "mp3", "lp",  "ep",  "km",  "kg",  "mw",  "kw",  "gb",   "mb",  "ghz", "pin", "sos",
    "irpef", "imu", "ici", "tfr", "cv", "co2", "gpl", "led", "lcd", "nb",   "ps",  "vs",  "tg",  "gp",
    "rip", "faq", "id", "it", "ie", "ue", "bce", "utc", "cest", "cet", "gmt", "est", "pst", "covid", "sars", "lhc",
    "iptv", "mux", "dvb", "adsl", "wifi", "hd", "ntsc", "pal", "isbn", "ong", "onlus", "spa", "srl", "nba", "era",
    "rai", "sos", "ko", "dop", "doc", "igp", "tac", "rm", "mi", "to", "na", "ps", "pd", "ac", "dc", "fc"};

}  // namespace

std::string phrase_key(const std::vector<ScanToken>& tokens, std::size_t first, std::size_t last) {
  std::string key;
  for (std::size_t i = first; i < last; ++i) {
    key += tokens[i].key;
    if (i + 1 < last && !tokens[i].elided) key += ' ';
  }
  return key;
}

Gazetteer::Gazetteer() {
  load_words();
  load_countries();
  load_organisations();
  load_persons();
  load_demonyms();  // before places: "russi" is a demonym before it is a town near Ravenna
  load_places();
}

std::shared_ptr<const Gazetteer> Gazetteer::shared() {
  // Built on first use and intentionally never freed: its hash maps hold tens of
  // thousands of strings, and destroying them at exit took a sixth of a one-query
  // process for memory the OS takes back anyway. The pointer is never deleted.
  static const auto* const instance = new std::shared_ptr<const Gazetteer>(std::make_shared<const Gazetteer>());
  return *instance;
}

const LexEntry* Gazetteer::phrase(const std::string& key) const {
  auto it = phrases_.find(key);
  return it == phrases_.end() ? nullptr : &it->second;
}

std::string Gazetteer::country_name(std::string_view code) const {
  auto it = country_names_.find(std::string(code));
  return it == country_names_.end() ? std::string(code) : it->second;
}

void Gazetteer::add_phrase(std::string_view text, LexEntry entry) {
  auto tokens = scan(text);
  if (tokens.empty()) return;
  std::string key = phrase_key(tokens, 0, tokens.size());
  entry.caps_only = entry.caps_only || (all_caps_acronym(text) && tokens.size() == 1);
  entry.lower_ok = entry.lower_ok || starts_lower(text);
  if (entry.lower_ok) lower_starters_.insert(tokens[0].key);
  max_phrase_tokens_ = std::max(max_phrase_tokens_, tokens.size());
  const bool italian_place = entry.kind == LexKind::place && entry.country == "IT";
  const std::string italian_id = italian_place ? entry.id : std::string();
  auto [it, inserted] = phrases_.try_emplace(std::move(key), std::move(entry));  // the first lexicon wins
  // A foreign place that is also an Italian comune keeps the comune as the other reading.
  if (!inserted && italian_place && it->second.kind == LexKind::place && it->second.country != "IT" &&
      it->second.italian_id.empty()) {
    it->second.italian_id = italian_id;
  }
  // "Senato" (organisation) and "senato" (generic): the organisation also matches uncapitalised.
  if (!inserted && entry.lower_ok && it->second.kind == LexKind::organisation) it->second.lower_ok = true;
  // "DIGOS|Digos", "UEFA|Uefa": the same key written in capitals and capitalised; the
  // capitalised alias lifts the capitals-only restriction of the acronym.
  if (!inserted && !entry.caps_only && it->second.caps_only && it->second.kind == entry.kind && it->second.id == entry.id) {
    it->second.caps_only = false;
  }
}

void Gazetteer::load_words() {
  for (auto line : embedded_lines("lexicons/given-names.txt")) given_.insert(fold_key(line));
  for (auto line : embedded_lines("lexicons/given-names-extra.txt")) given_.insert(fold_key(line));
  for (auto line : embedded_lines("lexicons/surnames.txt")) surnames_.insert(fold_key(line));
  for (auto line : embedded_lines("lexicons/places-ambiguous.txt")) ambiguous_places_.insert(fold_key(line));
  for (auto line : embedded_lines("lexicons/roles-it.txt")) roles_.insert(fold_key(line));
  // "Da", "Per", "Con" are given names somewhere; in Italian text they are prepositions.
  std::erase_if(given_, [&](const std::string& w) { return stopword(w); });
  for (auto w : kOrgCues) org_cues_.insert(std::string(w));
  for (auto w : kOrgSuffixes) org_suffixes_.insert(std::string(w));
  for (auto w : kParticles) particles_.insert(std::string(w));
  for (auto w : kNotAcronyms) not_acronyms_.insert(std::string(w));
}

void Gazetteer::load_countries() {
  icu::Locale it("it"), en("en");
  for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
    std::string cc(*code);
    icu::Locale region("", *code);
    icu::UnicodeString it_name, en_name;
    region.getDisplayCountry(it, it_name);
    region.getDisplayCountry(en, en_name);
    std::string it_s = utf8(it_name), en_s = utf8(en_name);
    if (it_s.empty() || it_s == cc) continue;
    country_names_[cc] = it_s;
    auto add_names = [&](const std::string& name, bool english) {
      // "Myanmar (Birmania)": both forms; "Hong Kong RAS della ...": the short one too.
      std::string base = name.substr(0, name.find(" ("));
      std::vector<std::string> forms{base};
      if (auto p = name.find(" ("); p != std::string::npos) forms.push_back(name.substr(p + 2, name.find(')') - p - 2));
      if (auto p = base.find(" RAS"); p != std::string::npos) forms.push_back(base.substr(0, p));
      if (auto p = base.find(" SAR"); p != std::string::npos) forms.push_back(base.substr(0, p));
      for (const auto& f : forms) {
        if (english && given_.count(fold_key(f))) continue;  // Chad, Jordan
        add_phrase(f, LexEntry{LexKind::country, cc, it_s, cc, false, false, f != it_s});
      }
    };
    add_names(it_s, false);
    add_names(en_s, true);
  }
  for (auto line : embedded_lines("lexicons/country-aliases.txt")) {
    auto f = fields(line);
    if (f.size() < 2) continue;
    std::string cc(f[0]);
    for (auto alias : split(f[1], '|')) {
      add_phrase(alias, LexEntry{LexKind::country, cc, country_name(cc), cc, false, false, true});
    }
  }
}

void Gazetteer::load_demonyms() {
  for (auto line : embedded_lines("lexicons/demonyms-it.txt")) {
    auto f = fields(line);
    if (f.size() < 2) continue;
    std::string cc(f[0]);
    for (auto adj : split(f[1], '|')) {
      for (const auto& form : adjective_forms(std::string(adj))) {
        add_phrase(form, LexEntry{LexKind::demonym, cc, country_name(cc), cc, false, true, true});
      }
    }
  }
}

void Gazetteer::load_organisations() {
  for (auto line : embedded_lines("lexicons/organisations.txt")) {
    auto names = split(line, '|');
    if (names.empty()) continue;
    std::string display(names[0]);
    std::string id = fold_key(display);
    for (std::size_t i = 0; i < names.size(); ++i) {
      add_phrase(names[i], LexEntry{LexKind::organisation, id, display, "", false, false, i > 0});
    }
  }
  for (auto line : embedded_lines("lexicons/generic-orgs-it.txt")) {
    add_phrase(line, LexEntry{LexKind::generic_org, "", std::string(line), "", false, false, false});
  }
}

void Gazetteer::load_persons() {
  for (auto line : embedded_lines("lexicons/persons.txt")) {
    auto names = split(line, '|');
    if (names.empty()) continue;
    std::string display(names[0]);
    std::string id = person_key(display);
    for (std::size_t i = 0; i < names.size(); ++i) {
      add_phrase(names[i], LexEntry{LexKind::person, id, display, "", false, false, i > 0});
    }
    // The surname alone: the last word, unless it is a common word or a given name.
    auto words = split(display, ' ');
    if (words.size() >= 2) {
      std::string last(words.back());
      // "Ignazio La Russa", "Luigi Di Maio": the particle belongs to the surname.
      if (words.size() >= 3 && particles_.count(fold_key(words[words.size() - 2]))) {
        last = std::string(words[words.size() - 2]) + " " + last;
      }
      std::string key = fold_key(last);
      // Surnames that are also everyday words or far too common to name one person.
      static const std::unordered_set<std::string> kNoAlias = {"conte", "modi", "verdi", "grasso", "sala", "fontana",
                                                               "moro", "rossi", "vespa", "brown", "rice", "castro",
                                                               "johnson", "harris", "king", "may", "colombo"};
      if (last.size() >= 4 && !kNoAlias.count(key) && !given_.count(key) && last.find_first_of("IVX") != 0) {
        add_phrase(last, LexEntry{LexKind::person, id, display, "", false, false, true});
      }
    }
  }
}

void Gazetteer::load_places() {
  // The hand-written list first: its names win; then CLDR's cities and ISO 3166-2,
  // minus the names that are more often something else (places-ambiguous.txt).
  // surname_check: towns whose names are also surnames need a preposition of place
  // (regions and subdivisions of ISO 3166-2, "Calabria", "Puglia", do not).
  auto load = [&](std::string_view file, bool filter, bool surname_check) {
    for (auto line : embedded_lines(file)) {
      auto f = fields(line);
      std::string name(f[0]);
      std::string cc = f.size() > 1 ? std::string(f[1]) : std::string();
      std::string id = fold_key(name) + (cc.empty() ? "" : "@" + cc);
      std::vector<std::string_view> names{f[0]};
      if (f.size() > 2) {
        for (auto alias : split(f[2], '|')) names.push_back(alias);
      }
      for (std::size_t i = 0; i < names.size(); ++i) {
        std::string key = fold_key(names[i]);
        if (filter && (ambiguous_places_.count(key) || ambiguous_places_.count(key + "/" + fold_key(cc)))) continue;
        LexEntry entry{LexKind::place, id, name, cc, false, false, i > 0};
        entry.ambiguous = filter && names[i].find_first_of(" '-") == std::string_view::npos &&
                          (common_word(key) || given_.count(key));
        entry.surname_like = surname_check && names[i].find_first_of(" '-") == std::string_view::npos && surnames_.count(key);
        entry.common_town = file == "lexicons/places-it-comuni.txt" && entry.ambiguous && common_word(key);
        add_phrase(names[i], std::move(entry));
      }
    }
  };
  load("lexicons/places-extra.txt", false, false);
  load("lexicons/places-tz.txt", true, true);
  load("lexicons/places-iso3166-2.txt", true, false);
  load("lexicons/places-it-comuni.txt", true, true);
  // Short names of comuni named in two parts: the words before a lower-case connector
  // ("San Felice" sul Panaro, "Novi" di Modena) or the first word before a capitalised
  // qualifier ("Finale" Emilia, "Castelnuovo" Rangone). Saints' titles and cue words
  // alone are no short name.
  for (auto line : embedded_lines("lexicons/places-it-comuni.txt")) {
    auto f = fields(line);
    auto toks = scan(f[0]);
    if (toks.size() < 2 || !toks[0].is_word()) continue;
    std::size_t end = 1;
    if (toks[0].key == "san" || toks[0].key == "santa" || toks[0].key == "santo" || toks[0].key == "sant'") {
      if (toks.size() < 3 || !toks[1].cap) continue;
      end = 2;
    }
    if (end >= toks.size() || !toks[end].is_word() || toks[0].elided || stopword(toks[0].key)) continue;
    static const std::unordered_set<std::string> kNotShort = {
        "monte", "borgo", "castel", "villa", "porto", "torre", "val", "valle", "colle", "rocca", "ponte", "lago",
        "piazza", "poggio", "casal", "castello", "marina", "lido", "bagni", "terme", "capo", "isola", "vico", "santo"};
    if (end == 1 && kNotShort.count(toks[0].key)) continue;
    std::string key = phrase_key(toks, 0, end);
    if (phrases_.count(key) && phrases_.at(key).country != "IT") continue;  // Barcellona, Nizza: the city
    comune_short_.try_emplace(key, key + "@IT");
  }
}

}  // namespace segugio::entities
