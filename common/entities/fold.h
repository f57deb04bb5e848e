#pragma once
// Keys for lexicon look-ups and canonical ids: lower case, Latin script, no accents.
#include <string>
#include <string_view>

namespace segugio::entities {

// "Città" -> "citta", "Juščenko" -> "juscenko", "Лавров" -> "lavrov"; apostrophe
// variants become "'". ICU's "Any-Latin; Latin-ASCII" for anything not plain ASCII.
// Thread-safe (one transliterator per thread, with a cache).
std::string fold_key(std::string_view text);

// A person's id: fold_key plus folding of transliteration variants of each word
// (Sergej / Sergei / Sergey -> sergei; Dmitrij / Dmitriy -> dmitri; Mikhail -> mihail)
// and hyphens to spaces (Jong-un -> jong un).
std::string person_key(std::string_view name);

}  // namespace segugio::entities
