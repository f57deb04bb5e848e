#pragma once
// The key fold: the one function that turns a name into a facet value id, used when an
// article is indexed (entity ids, source ids) and when a query value is looked up, so
// that "Łódź", "LODZ" and "lodz" are one key. Its name and version are stored in the
// database (schema::kMetaKeyFold); a database folded otherwise is refused, since its
// ids would silently differ from the ones a query computes.
#include <string>
#include <string_view>

#include "facets/facet.h"

namespace segugio::facets {

// Name and version of the key fold below; change the version whenever any of these
// functions changes what it returns for some input.
inline constexpr std::string_view kKeyFoldId = "segugio-key/1";

// Lower case, Latin script, no accents: "Città" -> "citta", "Łódź" -> "lodz",
// "Лавров" -> "lavrov"; apostrophe variants become "'" and control characters
// (tab, line feed) a space. ICU's "Any-Latin; Latin-ASCII; Lower" for anything not
// plain ASCII. Thread-safe (one transliterator per thread, with a cache).
std::string fold_key(std::string_view text);

// A person's id: fold_key plus folding of transliteration variants of each word
// (Sergej / Sergei / Sergey -> sergei; Dmitrij / Dmitriy -> dmitri; Mikhail -> mihail)
// and hyphens to spaces (Jong-un -> jong un).
std::string person_key(std::string_view name);

// The id a value of FACET is stored under: person_key for persons; fold_key for
// organisations and sources; for places fold_key of the name with the country code
// after '@' in capitals ("Łódź@pl" -> "lodz@PL"); for countries the capitalised code.
std::string fold_id(Facet facet, std::string_view value);

}  // namespace segugio::facets
