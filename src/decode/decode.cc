// Placeholder until the full sniffer lands: UTF-8 if valid, else windows-1252.
#include "decode/decode.h"

#include "core/utf8.h"

namespace klartext::decode {

Decoded DecodeToUtf8(std::string_view bytes, std::string_view, bool) {
  Decoded out;
  if (IsValidUtf8(bytes)) {
    out.utf8.assign(bytes);
    out.encoding = "utf-8";
    out.source = "default";
    return out;
  }
  out.utf8 = Latin1ToUtf8(bytes);
  out.encoding = "windows-1252";
  out.source = "sniffed";
  return out;
}

}  // namespace klartext::decode
