#include "native/gui_options.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace modelwatt {

bool parse_gui_options(int argc, char** argv, GuiOptions* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    auto need = [&]() {
      if (!v) std::fprintf(stderr, "error: %s needs a value\n", a.c_str());
      return v != nullptr;
    };
    if (a == "--lang" && need()) o->lang = argv[++i];
    else if (a == "--theme" && need()) o->theme = argv[++i];
    else if (a == "--panel" && need()) o->panel = argv[++i];
    else if (a == "--frames" && need()) o->frames = std::atoi(argv[++i]);
    else if (a == "--screenshot" && need()) o->screenshot = argv[++i];
    else if (a == "--size" && need()) {
      if (std::sscanf(argv[++i], "%dx%d", &o->width, &o->height) != 2) return false;
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: modelwatt-gui [--lang en|it] [--theme light|dark] [--panel compare|assumptions|inference|sources|validation]\n"
                  "                     [--size WxH] [--frames N --screenshot out.ppm]\n");
      std::exit(0);
    } else {
      std::fprintf(stderr, "error: unknown option %s (try --help)\n", a.c_str());
      return false;
    }
  }
  return true;
}

void apply_gui_options(const GuiOptions& o, AppState* app) {
  std::string lang = o.lang;
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* env = std::getenv(var);
    if (lang.empty() && env && *env) lang = env;
  }
  Lang l;
  if (parse_lang(lang, &l)) app->lang = l;
  if (o.theme == "light") app->theme = ThemeChoice::light;
  if (o.theme == "dark") app->theme = ThemeChoice::dark;
  const std::pair<const char*, Panel> panels[] = {{"compare", Panel::compare}, {"assumptions", Panel::assumptions},
                                                  {"inference", Panel::inference}, {"sources", Panel::sources},
                                                  {"validation", Panel::validation}};
  for (auto [name, p] : panels)
    if (o.panel == name) app->panel = p;
}

}  // namespace modelwatt
