// `modelwatt render --svg FILE|QUERY [-o out.svg] [--width PX] [--metric M] [--lang L] [--theme T]`:
// the same standalone SVG the embed card downloads, for a static figure in an article.
#include <cstdio>
#include <cstdlib>

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
  Card card;
  if (!load_card(a, &card)) return kBadInput;
  const std::string svg = card_svg(card, builtin_catalog(), width, card.state.theme == "dark", true);
  if (a.svg_out.empty() || a.svg_out == "-") {
    std::fwrite(svg.data(), 1, svg.size(), stdout);
    return kOk;
  }
  std::FILE* f = std::fopen(a.svg_out.c_str(), "wb");
  if (!f) return bad_input(a.svg_out + ": cannot write");
  const bool ok = std::fwrite(svg.data(), 1, svg.size(), f) == svg.size();
  if (std::fclose(f) != 0 || !ok) return bad_input(a.svg_out + ": cannot write");
  return kOk;
}

}  // namespace modelwatt::cli
