#include "gzip_file.h"

#include <zlib.h>

#include <fstream>
#include <sstream>

namespace klartext::eval {

Result<std::string> ReadGzipFile(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IoError("cannot open " + path);
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    const int n = gzread(file, buffer, sizeof(buffer));
    if (n < 0) {
      int code = 0;
      std::string message = gzerror(file, &code);
      gzclose(file);
      return Status::Corrupt(path + ": " + message);
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > kMaxPageBytes) {
      gzclose(file);
      return Status::TooLarge(path + " decompresses beyond the page limit");
    }
  }
  gzclose(file);
  return out;
}

Result<std::string> ReadPlainFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return out.str();
}

}  // namespace klartext::eval
