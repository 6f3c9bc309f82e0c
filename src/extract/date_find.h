// extract/date_find.h: the date finder shared by date_parse.cc and
// date_in_text.cc. Internal to the extract stage.
#ifndef KLARTEXT_EXTRACT_DATE_FIND_H_
#define KLARTEXT_EXTRACT_DATE_FIND_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/date_parse.h"

namespace klartext::extract::internal {

// The date (and time) found in s, with the byte offset where it starts.
struct FoundDate {
  DateTime dt;
  std::size_t pos = 0;
  // One past the last byte of the date and of a time written after it.
  std::size_t end = 0;
};

// The first date in s (and a time next to it); s is read up to
// kMaxDateTextBytes.
std::optional<FoundDate> FindDateTime(std::string_view s);

}  // namespace klartext::extract::internal

#endif  // KLARTEXT_EXTRACT_DATE_FIND_H_
