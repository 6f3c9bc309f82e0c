#include "core/url_host.h"

namespace klartext {

std::string UrlHost(std::string_view url) {
  std::string_view rest = url;
  const std::size_t scheme = rest.find("://");
  if (scheme == std::string_view::npos) return {};
  rest.remove_prefix(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host(rest);
  for (char& c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  constexpr std::string_view kWww = "www.";
  if (host.size() > kWww.size() && host.compare(0, kWww.size(), kWww) == 0) host.erase(0, kWww.size());
  return host;
}

}  // namespace klartext
