// extract/url.h: the small part of URL handling that metadata needs.
//
// ResolveUrl turns an href/src found on a page into an absolute URL, following
// RFC 3986 section 5.2 (reference resolution, with dot-segment removal). It is
// a string algorithm, not a validating parser: it does not percent-encode,
// punycode, or check that a host exists; what it cannot resolve it returns
// unchanged. UrlHost reads the host of an absolute URL.
// Thread safety: pure functions.
#ifndef KLARTEXT_EXTRACT_URL_H_
#define KLARTEXT_EXTRACT_URL_H_

#include <string>
#include <string_view>

namespace klartext::extract {

// Resolves `reference` (an href, src, og:image …) against `base` (the page's
// URL). Leading/trailing white space of the reference is ignored.
//   ResolveUrl("https://a.de/x/y.html", "../img/p.jpg") == "https://a.de/img/p.jpg"
//   ResolveUrl("https://a.de/x/", "//cdn.de/p.jpg")     == "https://cdn.de/p.jpg"
//   ResolveUrl("https://a.de/x?q=1", "#top")           == "https://a.de/x?q=1#top"
// A reference with its own scheme ("http:", "data:", "mailto:") is returned
// with only its dot segments removed. With an empty or relative base the
// reference is returned trimmed but otherwise unchanged.
std::string ResolveUrl(std::string_view base, std::string_view reference);

// The host of an absolute (or protocol-relative "//host/…") URL, lower case,
// without user info or port: UrlHost("https://User@WWW.Zeit.de:443/a") ==
// "www.zeit.de". "" when the URL has no authority.
std::string UrlHost(std::string_view url);

// True when `s` looks like a URL rather than text: it starts with a scheme
// and "//", with "//", or with "www.". Used to drop URLs given as names.
bool LooksLikeUrl(std::string_view s);

// The page a web-archive URL holds a copy of: the Wayback URL scheme
// ("…/web/20160330101229/http://example.net/a", also with a mode suffix
// such as "20160330101229im_") → "http://example.net/a". Any other URL is
// returned as it is.
std::string_view ArchivedOriginal(std::string_view url);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_URL_H_
