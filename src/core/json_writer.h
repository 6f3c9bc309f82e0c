// core/json_writer.h: a minimal streaming JSON writer.
//
// Writes compact JSON into a std::string. The caller is responsible for
// well-formed nesting (Begin/End pairs, Key before each object value);
// strings are escaped per RFC 8259, invalid UTF-8 becomes U+FFFD so the
// output is always valid JSON.
// Not thread-safe; one writer per output.
#ifndef KLARTEXT_CORE_JSON_WRITER_H_
#define KLARTEXT_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace klartext {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);
  void Int(std::int64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();
  // Key + value shorthands.
  void Field(std::string_view key, std::string_view value) { Key(key); String(value); }
  void Field(std::string_view key, std::int64_t value) { Key(key); Int(value); }
  void StringArray(std::string_view key, const std::vector<std::string>& values);

 private:
  void Separator();

  std::string& out_;
  // Per open container: has it had an element yet?
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends s as a quoted, escaped JSON string.
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace klartext

#endif  // KLARTEXT_CORE_JSON_WRITER_H_
