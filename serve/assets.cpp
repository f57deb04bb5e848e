#include "assets.h"

#include <array>

// Defined by cmake/embed.cmake's segugio_embed() in serve/CMakeLists.txt.
namespace segugio::embedded_data {
std::string_view serve_app_css();
std::string_view serve_app_js();
std::string_view serve_favicon_svg();
}  // namespace segugio::embedded_data

namespace segugio::serve {

const Asset* find_asset(std::string_view name) {
  using namespace embedded_data;
  static const std::array<std::pair<std::string_view, Asset>, 3> assets{{
      {"app.css", {serve_app_css(), "text/css; charset=utf-8"}},
      {"app.js", {serve_app_js(), "text/javascript; charset=utf-8"}},
      {"favicon.svg", {serve_favicon_svg(), "image/svg+xml"}},
  }};
  for (const auto& [n, asset] : assets)
    if (n == name) return &asset;
  return nullptr;
}

}  // namespace segugio::serve
