#include "ui/url_sync.h"

#include <algorithm>
#include <cctype>

namespace modelwatt {
namespace {

const char* theme_param(ThemeChoice t) {
  return t == ThemeChoice::light ? "light" : t == ThemeChoice::dark ? "dark" : "auto";
}

// Language, theme and scale packed into one int: the part of the view a link carries.
int view_signature(const AppState& app) {
  return static_cast<int>(app.lang) | static_cast<int>(app.theme) << 2 | static_cast<int>(app.scale) << 4;
}

}  // namespace

UrlState app_url_state(const AppState& app) {
  UrlState st;
  st.scenarios = comparison_scenarios_json(app.edit);  // the editing model's own serialization
  st.metric = app.share.metric;
  st.view = app.scale == ChartScale::log ? "log" : "bars";
  // Without lang= a link opens in each reader's own language; only a deliberate choice is kept.
  if (app.share.lang_pinned) st.lang = lang_code(app.lang);
  st.theme = theme_param(app.theme);
  return st;
}

bool app_query(const AppState& app, std::string* query, Error* error) {
  return encode_url_state(app_url_state(app), query, error);
}

std::string apply_query(AppState* app, const std::string& query) {
  UrlState st;
  std::vector<Scenario> scenarios;
  Error e;
  const bool decoded = decode_url_scenarios(query, *app->catalog, &st, &scenarios, &e);
  // The link's language applies even when the link is refused (as in the web faces): its reader
  // gets the error in it. (An accepted link's language applies after loading, as the app's own
  // language change does at its next frame.)
  Lang lang;
  const bool has_lang = !st.lang.empty() && parse_lang(st.lang, &lang);
  const auto apply_lang = [&] {
    if (!has_lang) return;
    app->lang = lang;
    app->share.lang_pinned = true;
  };
  if (!decoded) {
    apply_lang();
    return e.message();
  }
  if (scenarios.size() > static_cast<std::size_t>(kMaxSlots))
    return "s: the app compares at most " + std::to_string(kMaxSlots) + " scenarios (the link has " +
           std::to_string(scenarios.size()) + ")";
  // Validated once above with the link's paths in messages ("s0.training.pue: ..."); the decoded
  // scenarios go to the editing model as they are, not through text again.
  sync_lang(app);
  const std::string err = load_comparison_json(&app->edit, st.scenarios);
  if (!err.empty()) return err;
  app->draft = FieldDraft{};
  app->active_slot = 0;
  app->explain.open = false;
  ++app->edits;
  ++app->version;
  app->share.metric = st.metric;
  app->scale = st.view == "log" ? ChartScale::log : ChartScale::linear;  // "table": the app shows bars
  apply_lang();
  app->theme = st.theme == "light" ? ThemeChoice::light : st.theme == "dark" ? ThemeChoice::dark : ThemeChoice::system;
  return "";
}

bool url_state_changed(AppState* app, std::string* query) {
  ShareState& sh = app->share;
  const int view = view_signature(*app);
  if (sh.synced_version == app->version && sh.synced_view == view && sh.synced_metric == sh.metric) return false;
  // The user switched language since the last sync: from now on links keep it.
  if (sh.synced_view >= 0 && (sh.synced_view & 3) != (view & 3)) sh.lang_pinned = true;
  sh.synced_version = app->version;
  sh.synced_view = view;
  sh.synced_metric = sh.metric;
  std::string q;
  Error e;
  if (!app_query(*app, &q, &e)) {
    sh.unlinkable = e.message();
    return false;
  }
  sh.unlinkable.clear();
  if (q == sh.query) return false;
  sh.query = q;
  *query = q;
  return true;
}

bool is_link_query(const std::string& query) {
  std::string q = query;
  if (auto hash = q.find('#'); hash != std::string::npos) q.erase(hash);
  if (auto mark = q.find('?'); mark != std::string::npos) q.erase(0, mark + 1);
  std::size_t start = 0;
  while (start <= q.size()) {
    std::size_t end = q.find('&', start);
    if (end == std::string::npos) end = q.size();
    const std::string key = q.substr(start, std::min(q.find('=', start), end) - start);
    for (const char* k : {"v", "s", "metric", "view", "lang", "theme"})
      if (key == k) return true;
    if (key.size() > 1 && key[0] == 's' && std::isdigit(static_cast<unsigned char>(key[1]))) return true;
    start = end + 1;
  }
  return false;
}

std::string open_link(AppState* app, const std::string& query) {
  const std::string error = is_link_query(query) ? apply_query(app, query) : "";
  app->share.link_error = error;
  std::string ignored;
  url_state_changed(app, &ignored);
  return error;
}

}  // namespace modelwatt
