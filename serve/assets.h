#pragma once
// The page's stylesheet, script and icon, linked into the binary (cmake/embed.cmake):
// the server reads no file to serve them, and serves nothing else.
#include <string>
#include <string_view>

namespace segugio::serve {

struct Asset {
  std::string_view bytes;
  const char* content_type;
};

// The asset named NAME ("app.css", "app.js", "favicon.svg"), or null.
const Asset* find_asset(std::string_view name);

}  // namespace segugio::serve
