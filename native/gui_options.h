// Command-line options of the desktop app (language, theme, first panel, window size, test frames).
#pragma once
#include <string>

#include "ui/app_state.h"

namespace modelwatt {

struct GuiOptions {
  std::string lang;   // "" = from $LC_ALL / $LC_MESSAGES / $LANG
  std::string theme;  // "", "light", "dark"
  std::string panel;  // compare, assumptions, inference, uncertainty, sources, validation
  int width = 1280, height = 800;
  int frames = 0;     // > 0: render that many frames, then exit (tests)
  std::string screenshot;  // with --frames: write the last frame as PPM
  std::string link;        // key=value arguments joined into a URL-state query (core/url_state.h)
  std::string base_url;    // --base: where the web app lives, for copied links and embed snippets
};

bool parse_gui_options(int argc, char** argv, GuiOptions* out);
void apply_gui_options(const GuiOptions& opt, AppState* app);
// The key=value arguments as one query for open_link (ui/url_sync.h); "" when none were given.
std::string gui_link_query(const GuiOptions& opt);

}  // namespace modelwatt
