// `modelwatt render --svg FILE|QUERY [-o out.svg] [--width PX] [--metric M] [--lang L] [--theme T]`:
// the same standalone SVG the embed card downloads, for a static figure in an article.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/card.h"
#include "core/catalog.h"
#include "native/cli.h"

namespace modelwatt::cli {

bool view_state(const Args& a, UrlState* st, Error* error);  // cli_share.cpp

static bool looks_like_query(const std::string& s) {
  return s.rfind("v=", 0) == 0 || s.rfind("?v=", 0) == 0 || s.find("://") != std::string::npos;
}

static bool load_card(const Args& a, Card* card) {
  const std::string& input = a.positional[0];
  Error e;
  if (looks_like_query(input)) {
    if (card_from_query(input, builtin_catalog(), card, &e)) return true;
    bad_input(e.message());
    return false;
  }
  std::string text;
  if (!read_input(input, &text)) return false;
  UrlState view;
  if (view_state(a, &view, &e) && card_from_json(text, view, builtin_catalog(), card, &e)) return true;
  bad_input(e.message());
  return false;
}

// Whether `a` and `b` name the same existing file (through links, "./", hard links).
static bool same_file(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

// Writes `text` to a temporary file next to `path`, then renames it over `path`: a failed write
// leaves `path` as it was, and a symlink at `path` is replaced, never followed.
static int write_file_atomically(const std::string& path, const std::string& text) {
  const std::size_t slash = path.rfind('/');
  std::string tmpl =
      (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + ".modelwatt-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return bad_input(path + ": cannot write (" + std::strerror(errno) + ")");
  std::FILE* f = ::fdopen(fd, "wb");
  bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = (f ? std::fclose(f) == 0 : ::close(fd) == 0) && ok;
  ::chmod(name.data(), 0644);
  if (ok && std::rename(name.data(), path.c_str()) == 0) return kOk;
  const std::string why = std::strerror(errno);
  std::remove(name.data());
  return bad_input(path + ": cannot write (" + why + ")");
}

int cmd_render(const Args& a) {
  if (a.png)
    return bad_input("--png: not available on the command line (no rasteriser without new dependencies); "
                     "use the card's PNG download, or convert the SVG (e.g. rsvg-convert out.svg -o out.png)");
  if (a.positional.size() != 1) return bad_input("render: needs one FILE, - or QUERY");
  int width = 720;
  if (!a.width.empty()) {
    char* end = nullptr;
    const long w = std::strtol(a.width.c_str(), &end, 10);
    if (*end || w < 280 || w > 1600) return bad_input("--width: must be a whole number of pixels in 280..1600 (got \"" + a.width + "\")");
    width = static_cast<int>(w);
  }
  if (!a.svg_out.empty() && a.svg_out != "-" && !looks_like_query(a.positional[0]) &&
      (a.svg_out == a.positional[0] || same_file(a.svg_out, a.positional[0])))
    return bad_input("-o: " + a.svg_out + " is the input file; write the SVG somewhere else");
  Card card;
  if (!load_card(a, &card)) return kBadInput;
  Error e;
  const std::string svg = card_svg(card, builtin_catalog(), width, card.state.theme == "dark", true, &e);
  if (svg.empty()) return bad_input((looks_like_query(a.positional[0]) ? card_link_error(e) : e).message());
  if (a.svg_out.empty() || a.svg_out == "-") return write_stdout(svg);
  return write_file_atomically(a.svg_out, svg);
}

}  // namespace modelwatt::cli
