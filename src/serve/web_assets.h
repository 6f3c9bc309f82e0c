// serve/web_assets.h: the web page's files, compiled into the binary.
//
// web/*.html|css|js are turned into byte arrays at build time
// (cmake/embed_files.cmake), so `klartext serve` needs no files beside it.
#ifndef KLARTEXT_SERVE_WEB_ASSETS_H_
#define KLARTEXT_SERVE_WEB_ASSETS_H_

#include <span>
#include <string_view>

namespace klartext::serve {

struct WebAsset {
  std::string_view path;  // URL path: "/index.html", "/app.js" …
  std::string_view content_type;
  std::string_view body;
};

// Every embedded file; "/" is served as "/index.html".
std::span<const WebAsset> WebAssets();

}  // namespace klartext::serve

#endif  // KLARTEXT_SERVE_WEB_ASSETS_H_
