#include "native/gui_options.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/url_state.h"

namespace modelwatt {
namespace {

// Sokol-style arguments: each key=value is literal text (encoded here, so "s0.label=My run" works);
// an argument with '&' is an already-encoded query pasted from a link.
void add_link_arg(const std::string& arg, std::string* link) {
  std::string part = arg;
  if (arg.find('&') == std::string::npos) {
    const std::size_t eq = arg.find('=');
    part = url_encode(arg.substr(0, eq)) + "=" + url_encode(arg.substr(eq + 1));
    for (std::size_t at; (at = part.find("%2C")) != std::string::npos;) part.replace(at, 3, ",");  // s=a,b stays readable
  }
  *link += (link->empty() ? "" : "&") + part;
}

}  // namespace

std::string gui_link_query(const GuiOptions& o) {
  if (o.link.empty()) return "";
  const bool versioned = ("&" + o.link).find("&v=") != std::string::npos;
  return versioned ? o.link : "v=1&" + o.link;
}

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
    else if (a == "--base" && need()) o->base_url = argv[++i];
    else if (a.rfind("--", 0) != 0 && a.find('=') != std::string::npos) add_link_arg(a, &o->link);
    else if (a == "--size" && need()) {
      if (std::sscanf(argv[++i], "%dx%d", &o->width, &o->height) != 2) return false;
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: modelwatt-gui [--lang en|it] [--theme light|dark] [--panel compare|assumptions|inference|uncertainty|sources|validation]\n"
                  "                     [--size WxH] [--frames N --screenshot out.ppm] [--base URL] [key=value ...]\n"
                  "  key=value: the web app's link state, e.g. s=deepseek-v3,llama-3.1-405b metric=energy lang=it\n"
                  "             (v=1 is implied; one argument holding a whole query, a=1&b=2, is taken as is)\n");
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
                                                  {"validation", Panel::validation}, {"uncertainty", Panel::uncertainty}};
  for (auto [name, p] : panels)
    if (o.panel == name) app->panel = p;
}

}  // namespace modelwatt
