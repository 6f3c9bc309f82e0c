// io/warc_http.h: the HTTP response inside a WARC "response" record.
//
// A response record's block is the HTTP message as it came off the wire:
// status line, header fields, blank line, body. The body may still carry
// its transfer coding (chunked) and content coding (gzip, deflate); both
// are undone here so the extractor sees the page's own bytes.
// Thread safety: pure functions.
#ifndef KLARTEXT_IO_WARC_HTTP_H_
#define KLARTEXT_IO_WARC_HTTP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "klartext/status.h"

namespace klartext::io {

struct HttpResponse {
  int status_code = 0;           // 200, 404 …
  std::string content_type;      // the Content-Type field, "" if absent
  std::string content_encoding;  // lower case: "gzip", "deflate", "" …
  bool chunked = false;          // Transfer-Encoding: chunked
  std::string_view body;         // a view into the block given to ParseHttpResponse
};

// Splits an HTTP response message into its status, the header fields we
// use, and the body. Status::Corrupt when there is no status line.
Result<HttpResponse> ParseHttpResponse(std::string_view block);

// The body with transfer and content codings removed. A chunked body cut
// short keeps the chunks that arrived. At most `max_bytes` of output
// (Status::TooLarge beyond); Status::Corrupt when the coding is broken.
Result<std::string> DecodeHttpBody(const HttpResponse& response, std::size_t max_bytes);
// False when DecodeHttpBody would return the body as it is (no chunking,
// no content coding it undoes): the caller may then use the body in place.
bool NeedsDecoding(const HttpResponse& response);

// True if a Content-Type names an HTML page: text/html or
// application/xhtml+xml. An empty Content-Type is not HTML (the caller
// decides what to do with unknown types).
bool IsHtmlContentType(std::string_view content_type);

}  // namespace klartext::io

#endif  // KLARTEXT_IO_WARC_HTTP_H_
