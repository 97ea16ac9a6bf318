#include <cstdio>

#include "core/json_read.h"
#include "core/scenario_parse.h"
#include "native/cli.h"

namespace modelwatt::cli {

std::string escape_for_terminal(const std::string& text) {
  std::string out;
  char buf[16];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {  // ESC would drive the terminal, a newline would split the line
      std::snprintf(buf, sizeof buf, c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\x%02X", c);
      out += buf;
      continue;
    }
    // C1 controls (U+0080-U+009F) and bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9) as \uXXXX.
    unsigned cp = 0;
    std::size_t len = 0;
    if (c == 0xC2 && i + 1 < text.size()) cp = static_cast<unsigned char>(text[i + 1]) & 0x3F, len = 2;
    if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C)
      cp = 0x061C, len = 2;
    if (c == 0xE2 && i + 2 < text.size())
      cp = 0x2000 | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3F),
      len = 3;
    const bool control = (c == 0xC2 && (static_cast<unsigned char>(text[i + 1]) & 0x3F) < 0x20) ||
                         cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
                         (cp >= 0x2066 && cp <= 0x2069);
    if (len && control) {
      std::snprintf(buf, sizeof buf, "\\u%04X", c == 0xC2 ? 0x80 + cp : cp);
      out += buf;
      i += len - 1;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

int bad_input(const std::string& message) {
  std::fprintf(stderr, "error: %s\n", escape_for_terminal(message).c_str());
  return kBadInput;
}

int write_stdout(const std::string& text) {
  const bool ok = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
  if (std::fflush(stdout) != 0 || !ok || std::ferror(stdout)) {
    std::fprintf(stderr, "error: cannot write to standard output (disk full or output closed)\n");
    return kInternal;
  }
  return kOk;
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
