#include "index/sort_keys.h"

namespace segugio::index {

std::string date_order_key(std::string_view yyyymmdd, std::string_view id) {
  std::string key = yyyymmdd.size() == 8 ? std::string(yyyymmdd) : std::string(8, '0');
  key.reserve(8 + id.size() + 1);
  for (char c : id) key += static_cast<char>(255 - static_cast<unsigned char>(c));
  key += '\xff';
  return key;
}

}  // namespace segugio::index
