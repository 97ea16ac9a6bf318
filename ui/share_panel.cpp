// The Share / export popup. Every byte it hands out comes from the core: the link from the URL
// codec, the snippet from embed_snippet, files from card_export (the embed card's exports), so the
// app, the card and `modelwatt share/render` agree.
#include <algorithm>

#include "core/card.h"
#include "core/chart_metric.h"
#include "core/edit/view_model.h"
#include "core/embed_snippet.h"
#include "ui/share.h"
#include "ui/text.h"
#include "ui/url_sync.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

ExportHooks g_hooks;

struct Export {
  const char* kind;
  const char* label;  // i18n key
  const char* mime;
};

const Export kExports[] = {
    {"png", "share.png", "image/png"},       {"svg", "share.svg", "image/svg+xml"},
    {"csv", "share.csv", "text/csv"},        {"json", "share.json", "application/json"},
    {"md", "share.md", "text/markdown"},     {"tex", "share.tex", "application/x-tex"},
};

const Export* find_export(const std::string& kind) {
  for (const Export& e : kExports)
    if (kind == e.kind) return &e;
  return nullptr;
}

std::string file_name(const AppState& app, const std::string& kind) {
  if (kind == "png" || kind == "svg") return "modelwatt-" + app.share.metric + "." + kind;
  if (kind == "md" || kind == "tex") return "modelwatt-paper." + kind;
  return "modelwatt-results." + kind;
}

// The comparison on screen as a validated card (core/edit/view_model.h), with this face's view
// choices: no link round trip, so exports keep the editing model's provenance (an assumed starting
// value stays assumed, the user's values are the user's) and work even for a state too long to link.
Card screen_card(const AppState& app) {
  Card card = comparison_card(app.edit);
  card.state = app_url_state(app);
  return card;
}

void set_status(AppState* app, const char* key, const std::string& arg, const std::string& detail = "") {
  app->share.status_key = key;
  app->share.status_arg = arg;
  app->share.status_detail = detail;
}

bool big_button(const char* label, float width) { return ImGui::Button(label, ImVec2(width, 2.4f * em())); }

// Two buttons per row: half the width on phones, 12 em otherwise, and never narrower than their
// labels (Italian ones are long): when a label does not fit, the row stacks full-width buttons.
float button_width(const char* a, const char* b = nullptr) {
  const float avail = ImGui::GetContentRegionAvail().x, pad = 2 * ImGui::GetStyle().FramePadding.x;
  const float w = narrow_layout() ? (avail - ImGui::GetStyle().ItemSpacing.x) / 2 : std::min(12 * em(), avail);
  float need = ImGui::CalcTextSize(a).x + pad;
  if (b) need = std::max(need, ImGui::CalcTextSize(b).x + pad);
  return need <= w ? w : (b ? avail : std::min(avail, std::max(need, w)));
}

void metric_picker(AppState* app) {
  ImGui::TextUnformatted(T("share.metric"));
  std::size_t n;
  const char* const* names = metric_names(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string label = metric_short_label(names[i], ui_lang());
    if (i > 0) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (toggle_button(label.c_str(), app->share.metric == names[i])) app->share.metric = names[i];
  }
}

void link_section(AppState* app) {
  heading(T("share.link"));
  std::string query;
  Error e;
  if (!app_query(*app, &query, &e)) {
    error_wrapped(fill(T("share.unlinkable"), {e.message()}));
    return;
  }
  const std::string link = g_hooks.base_url + "index.html?" + query;
  muted_wrapped(link.size() > 240 ? (link.substr(0, 237) + "…").c_str() : link.c_str());
  if (big_button(T("share.copy_link"), button_width(T("share.copy_link")))) share_action(app, "link");
  ImGui::Spacing();
  heading(T("share.embed"));
  muted_wrapped(T("share.embed_note"));
  if (big_button(T("share.copy_embed"), button_width(T("share.copy_embed")))) share_action(app, "embed");
}

void download_row(AppState* app, const char* title, const char* a, const char* b) {
  ImGui::TextUnformatted(T(title));
  const float w = button_width(T(find_export(a)->label), T(find_export(b)->label));
  for (const char* kind : {a, b}) {
    const Export* e = find_export(kind);
    if (kind == b && w < ImGui::GetContentRegionAvail().x) ImGui::SameLine();
    const bool missing = std::string(kind) == "png" && !g_hooks.save_png;
    if (missing) ImGui::BeginDisabled();
    if (big_button(T(e->label), w)) share_action(app, kind);
    if (missing) {
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", T("share.no_png"));
    }
  }
}

void status_line(const AppState& app) {
  const ShareState& sh = app.share;
  if (sh.status_key.empty()) return;
  const std::string text = fill(T(sh.status_key), {sh.status_arg, sh.status_detail});
  if (sh.status_key == "share.failed") error_wrapped(text);
  else muted_wrapped(text.c_str());
}

}  // namespace

void set_export_hooks(const ExportHooks& hooks) { g_hooks = hooks; }

std::string share_text(const AppState& app, const std::string& kind) {
  if (kind == "link" || kind == "embed") {
    std::string query;
    Error e;
    if (!app_query(app, &query, &e)) return "";
    return kind == "link" ? g_hooks.base_url + "index.html?" + query : embed_snippet(screen_card(app), g_hooks.base_url);
  }
  if (!find_export(kind)) return "";
  // Exports speak the language on screen, whatever the link says about its readers.
  Card card = screen_card(app);
  card.state.lang = lang_code(app.lang);
  // PNG is drawn from the same SVG by the platform (the core has no rasteriser).
  return card_export_of(card, *app.catalog, kind == "png" ? "svg" : kind, 720, dark_theme(app));
}

bool share_action(AppState* app, const std::string& kind) {
  const std::string text = share_text(*app, kind);
  if (text.empty() || text.rfind("error: ", 0) == 0) {
    set_status(app, "share.failed", kind, app->share.unlinkable);
    return false;
  }
  if (kind == "link" || kind == "embed") {
    ImGui::SetClipboardText(text.c_str());  // the web platform routes this to navigator.clipboard
    set_status(app, "share.copied", "");
    return true;
  }
  const std::string name = file_name(*app, kind);
  std::string shown, error;
  const bool ok = kind == "png" ? g_hooks.save_png && g_hooks.save_png(name, text, &shown, &error)
                                : g_hooks.save && g_hooks.save(name, find_export(kind)->mime, text, &shown, &error);
  if (!ok) {
    set_status(app, "share.failed", name, error.empty() ? "not available here" : error);
    return false;
  }
  set_status(app, shown.empty() ? "share.downloaded" : "share.saved", shown.empty() ? name : shown);
  return true;
}

void share_button(AppState* app) {
  if (ImGui::Button(T("share.button"))) {
    app->share.open = true;
    app->share.status_key.clear();
  }
}

void share_notice(AppState* app) {
  if (app->share.link_error.empty()) return;
  error_wrapped(fill(T("share.link_error"), {app->share.link_error}));
  if (ImGui::Button(T("share.dismiss"))) app->share.link_error.clear();
}

void share_popup(AppState* app) {
  if (app->share.open) {
    ImGui::OpenPopup("##share");
    app->share.open = false;
  }
  const ImVec2 disp = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowSize(ImVec2(std::min(disp.x * 0.96f, 40 * em()), 0), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(disp.x, disp.y * 0.94f));
  ImGui::SetNextWindowPos(ImVec2(disp.x / 2, disp.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("##share", nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  heading(T("share.title"));
  metric_picker(app);
  ImGui::Separator();
  link_section(app);
  ImGui::Separator();
  heading(T("share.downloads"));
  download_row(app, "share.chart", "png", "svg");
  download_row(app, "share.data", "csv", "json");
  download_row(app, "share.paper", "md", "tex");
  ImGui::Separator();
  status_line(*app);
  if (big_button(T("share.close"), button_width(T("share.close"))) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace modelwatt
