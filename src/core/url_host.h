// core/url_host.h: the site a URL belongs to.
// Thread safety: pure function.
#ifndef KLARTEXT_CORE_URL_HOST_H_
#define KLARTEXT_CORE_URL_HOST_H_

#include <string>
#include <string_view>

namespace klartext {

// The URL's host, lower-cased, without "www.", port or user:
// "https://www.Example.org:8080/a" → "example.org". Empty when the URL has
// no "scheme://host" part. What the corpus filters by and the evaluation
// folds by: one site, one key.
std::string UrlHost(std::string_view url);

}  // namespace klartext

#endif  // KLARTEXT_CORE_URL_HOST_H_
