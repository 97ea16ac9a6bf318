#include <cstdio>

#include "core/json_read.h"
#include "core/scenario_parse.h"
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

bool load_scenarios(const Args& a, const char* cmd, std::vector<Scenario>* scenarios, int* exit_code) {
  if (a.positional.size() != 1) {
    *exit_code = bad_input(std::string(cmd) + ": needs one FILE or - (stdin)");
    return false;
  }
  std::string text;
  if (!read_input(a.positional[0], &text)) {
    *exit_code = kBadInput;
    return false;
  }
  Error e;
  if (!parse_scenarios(text, builtin_catalog(), scenarios, &e)) {
    *exit_code = bad_input(e.message());
    return false;
  }
  return true;
}

}  // namespace modelwatt::cli
