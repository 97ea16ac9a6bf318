// Without WebGL2 the page still shows the comparison (the link's, else the default one): a table
// built by the core (labels from i18n, numbers from format_quantity), handed to the page as JSON
// and rendered as text.
#include <emscripten.h>

#include <string>

#include "core/catalog.h"
#include "core/i18n.h"
#include "core/json_read.h"
#include "core/result.h"
#include "ui/app_state.h"
#include "ui/url_sync.h"

// `query`: the page's link state (runs before main(), so it opens the link itself).
extern "C" EMSCRIPTEN_KEEPALIVE const char* mw_fallback_json(int italian, const char* query) {
  using namespace modelwatt;
  static std::string out;
  AppState app;
  init_app_state(&app, builtin_catalog());
  app.lang = italian ? Lang::it : Lang::en;
  const std::string link_error = open_link(&app, query ? query : "");
  const Lang lang = app.lang;  // a link's lang= wins, as in the app
  Json j = Json::object();
  const bool linked = link_error.empty() && is_link_query(query ? query : "");
  j["message"] = tr(linked ? "share.no_webgl_link" : "web.no_webgl", lang);
  if (!link_error.empty()) j["message"] = fill(tr("share.link_error", lang), {link_error}) + " " + tr("web.no_webgl", lang);
  Json cols = Json::array({""});
  for (const EditSlot& s : app.edit.slots) cols.push_back(slot_label(s));
  j["columns"] = cols;
  Json rows = Json::array();
  std::size_t n;
  const OutputField* fields = output_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    if (fields[i].section != OutputSection::training) continue;
    const std::string key = std::string("out.training.") + fields[i].key;
    Json row = Json::array({has_tr(key) ? tr(key, lang) : fields[i].key});
    for (const EditSlot& s : app.edit.slots) row.push_back(format_quantity(output_value(s.result, fields[i]), fields[i].unit, lang));
    rows.push_back(row);
  }
  j["rows"] = rows;
  out = json_dump(j);
  return out.c_str();
}
