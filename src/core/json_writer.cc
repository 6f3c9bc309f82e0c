#include "core/json_writer.h"

#include <cmath>
#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"

namespace klartext {

namespace {

// Bytes that end a run copied as it is: controls, '"', '\\', DEL, and
// every non-ASCII byte (its sequence is checked on its own).
constexpr bool StopsRun(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x7F; }

struct RunTable {
  bool stop[256];
  constexpr RunTable() : stop() {
    for (int c = 0; c < 256; ++c) stop[c] = StopsRun(static_cast<unsigned char>(c));
  }
};
constexpr RunTable kRunTable;

}  // namespace

// Text is copied in runs: plain ASCII and valid UTF-8 sequences (other
// than U+2028/U+2029) are appended together when a byte that needs
// escaping or replacing is met, not byte by byte (this writer is most of
// the JSON emission time of the command).
void AppendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.reserve(out.size() + s.size() + 2);
  out.push_back('"');
  const char* data = s.data();
  std::size_t run = 0;  // first byte not yet appended
  for (std::size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
    // Sixteen bytes at a time while none of them stops the run: article
    // text is mostly long runs of plain ASCII.
    if (i + 16 <= s.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
      // Signed compare: bytes from 0x80 up are negative, so "< 0x20" also
      // catches every non-ASCII byte.
      const __m128i stop = _mm_or_si128(
          _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
      const int mask = _mm_movemask_epi8(stop);
      if (mask == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    const auto c = static_cast<unsigned char>(data[i]);
    if (!kRunTable.stop[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t start = i;
      std::uint32_t cp = NextCodePoint(s, i);
      bool invalid = cp == kReplacementCharacter && !(i - start == 3);
      if (!invalid && cp != 0x2028 && cp != 0x2029) continue;  // stays in the run
      out.append(data + run, start - run);
      if (invalid) {
        AppendUtf8(out, kReplacementCharacter);  // an invalid byte
      } else {
        out += cp == 0x2028 ? "\\u2028" : "\\u2029";  // JavaScript-safe
      }
      run = i;
      continue;
    }
    out.append(data + run, i - run);
    ++i;
    run = i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
  }
  out.append(data + run, s.size() - run);
  out.push_back('"');
}

void JsonWriter::Separator() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_.push_back(',');
    has_element_.back() = true;
  }
}

void JsonWriter::BeginObject() { Separator(); out_.push_back('{'); has_element_.push_back(false); }
void JsonWriter::EndObject() { out_.push_back('}'); has_element_.pop_back(); }
void JsonWriter::BeginArray() { Separator(); out_.push_back('['); has_element_.push_back(false); }
void JsonWriter::EndArray() { out_.push_back(']'); has_element_.pop_back(); }

void JsonWriter::Key(std::string_view key) {
  Separator();
  AppendJsonString(out_, key);
  out_.push_back(':');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) { Separator(); AppendJsonString(out_, value); }
void JsonWriter::Int(std::int64_t value) { Separator(); out_ += std::to_string(value); }
void JsonWriter::Bool(bool value) { Separator(); out_ += value ? "true" : "false"; }
void JsonWriter::Null() { Separator(); out_ += "null"; }

void JsonWriter::Double(double value) {
  Separator();
  if (!std::isfinite(value)) {
    out_ += "null";
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  out_ += buf;
}

void JsonWriter::StringArray(std::string_view key, const std::vector<std::string>& values) {
  Key(key);
  BeginArray();
  for (const std::string& v : values) String(v);
  EndArray();
}

}  // namespace klartext
