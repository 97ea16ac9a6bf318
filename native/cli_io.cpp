#include <cstdio>

#include "core/json_read.h"
#include "native/cli.h"

namespace modelwatt::cli {

int bad_input(const std::string& message) {
  std::fprintf(stderr, "error: %s\n", message.c_str());
  return kBadInput;
}

bool read_input(const std::string& path, std::string* text) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    bad_input(path + ": cannot open");
    return false;
  }
  text->clear();
  char buf[65536];
  std::size_t n;
  // Read at most one byte past the limit: enough to know the input is too big, never more.
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    text->append(buf, n);
    if (text->size() > kMaxInputBytes) break;
  }
  const bool read_error = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (read_error) {
    bad_input(path + ": read error");
    return false;
  }
  if (text->size() > kMaxInputBytes) {
    bad_input(path + ": input over the 1 MiB limit");
    return false;
  }
  return true;
}

}  // namespace modelwatt::cli
