#include "core/json_writer.h"

#include <cmath>
#include <cstdio>

#include "core/utf8.h"

namespace klartext {

void AppendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t start = i;
      std::uint32_t cp = NextCodePoint(s, i);
      if (cp == 0xFFFD && !(i - start == 3)) {
        AppendUtf8(out, 0xFFFD);  // an invalid byte
      } else if (cp == 0x2028 || cp == 0x2029) {
        out += cp == 0x2028 ? "\\u2028" : "\\u2029";  // JavaScript-safe
      } else {
        out.append(s.data() + start, i - start);
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
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
