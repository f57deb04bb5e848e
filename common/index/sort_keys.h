#pragma once
// The sortable values that give the query tool its total orders (schema.h, slots 2
// and 3). Written by the indexer; Xapian sorts on them inside the matcher, on local and
// remote shards alike (xapian-tcpsrv sorts by value, but not by a KeyMaker).
#include <string>
#include <string_view>

namespace segugio::index {

// Slot 3: sorted by value in reverse (descending) it gives newest first, then id
// ascending, undated articles last. The date ("YYYYMMDD", "00000000" when unknown),
// then the id with every byte inverted (255 - b) and a 0xff after it: inverted, a
// smaller id sorts higher, and the 0xff puts "a" above "ab".
std::string date_order_key(std::string_view yyyymmdd, std::string_view id);

}  // namespace segugio::index
