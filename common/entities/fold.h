#pragma once
// Keys for lexicon look-ups and canonical ids are the facets module's key fold
// (facets/key_fold.h): the same functions fold names at indexing and at query time.
#include "facets/key_fold.h"

namespace segugio::entities {

using facets::fold_key;
using facets::person_key;

}  // namespace segugio::entities
