#include "io/warc_http.h"

#include <cctype>
#include <charconv>

#include "io/gzip_stream.h"

namespace klartext::io {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Removes chunked transfer coding. Chunk extensions are ignored; trailers
// are dropped. A body cut short keeps what arrived, as browsers do.
Result<std::string> Dechunk(std::string_view body, std::size_t max_bytes) {
  std::string out;
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) break;
    std::string_view size_line = Trim(body.substr(pos, eol - pos));
    std::size_t semi = size_line.find(';');
    if (semi != std::string_view::npos) size_line = Trim(size_line.substr(0, semi));
    std::size_t size = 0;
    auto [end, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || end != size_line.data() + size_line.size()) {
      if (out.empty()) return Status::Corrupt("bad chunk size in chunked HTTP body");
      break;  // damage after good chunks: keep them
    }
    pos = eol + 1;
    if (size == 0) break;
    std::size_t take = std::min(size, body.size() - pos);
    if (out.size() + take > max_bytes) return Status::TooLarge("HTTP body exceeds the input limit");
    out.append(body.substr(pos, take));
    pos += take;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

// The content codings DecodeHttpBody undoes.
bool UndoesContentCoding(std::string_view coding) { return coding == "gzip" || coding == "x-gzip" || coding == "deflate"; }

}  // namespace

bool IsHtmlContentType(std::string_view content_type) {
  std::string t = Lower(Trim(content_type.substr(0, content_type.find(';'))));
  return t == "text/html" || t == "application/xhtml+xml";
}

Result<HttpResponse> ParseHttpResponse(std::string_view block) {
  HttpResponse r;
  std::size_t eol = block.find('\n');
  std::string_view status_line = Trim(block.substr(0, eol));
  if (status_line.rfind("HTTP/", 0) != 0) return Status::Corrupt("response record without an HTTP status line");
  std::size_t sp = status_line.find(' ');
  if (sp != std::string_view::npos) {
    std::string_view code = status_line.substr(sp + 1, 3);
    std::from_chars(code.data(), code.data() + code.size(), r.status_code);
  }
  if (eol == std::string_view::npos) return r;  // a status line alone: no body
  std::size_t pos = eol + 1;
  while (pos < block.size()) {
    std::size_t next = block.find('\n', pos);
    std::string_view line = block.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
    pos = next == std::string_view::npos ? block.size() : next + 1;
    line = Trim(line);
    if (line.empty()) break;  // end of the header
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      r.content_type = std::string(value);
    } else if (name == "content-encoding") {
      r.content_encoding = Lower(value);
    } else if (name == "transfer-encoding") {
      r.chunked = Lower(value).find("chunked") != std::string::npos;
    }
  }
  r.body = block.substr(pos);
  return r;
}

bool NeedsDecoding(const HttpResponse& response) {
  return response.chunked || UndoesContentCoding(response.content_encoding);
}

Result<std::string> DecodeHttpBody(const HttpResponse& response, std::size_t max_bytes) {
  std::string body;
  if (response.chunked) {
    auto dechunked = Dechunk(response.body, max_bytes);
    if (!dechunked.ok()) return dechunked.status();
    body = std::move(*dechunked);
  } else {
    if (response.body.size() > max_bytes) return Status::TooLarge("HTTP body exceeds the input limit");
    body = std::string(response.body);
  }
  if (UndoesContentCoding(response.content_encoding)) return InflateHttpBody(body, max_bytes);
  // identity, "" and codings we cannot undo (br): pass the bytes on; the
  // extractor reports binary data as unsupported.
  return body;
}

}  // namespace klartext::io
