// ToPlainText: title, blank line, the reader's text.
#include "klartext/emit.h"

namespace klartext {

std::string ToPlainText(const Article& a) {
  std::string out;
  if (!a.title.empty()) {
    out += a.title;
    out += "\n\n";
  }
  out += a.Text();
  out += '\n';
  return out;
}

}  // namespace klartext
