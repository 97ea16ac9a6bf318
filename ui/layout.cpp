// The frame: one full-viewport window with a header (title, language, theme, scale), a wrapping
// row of panel buttons (tabs do not fit a 390 px phone in Italian), the chosen panel, and the
// explain popup. Sizes in em; phones get the same content stacked.
#include "imgui.h"
#include "ui/field_row.h"
#include "ui/fonts.h"
#include "ui/panels.h"
#include "ui/share.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

float g_setup_ratio = 0;
bool g_setup_dark = false;

void header(AppState* app) {
  heading(T("ui.title"));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (!narrow_layout()) muted_wrapped(T("ui.tagline"));
  else ImGui::NewLine();
  // Controls: language, theme, scale; each a short toggle group.
  if (toggle_button("EN", app->lang == Lang::en)) app->lang = Lang::en;
  ImGui::SameLine(0, 0.2f * em());
  if (toggle_button("IT", app->lang == Lang::it)) app->lang = Lang::it;
  ImGui::SameLine(0, 1.0f * em());
  const char* theme_keys[] = {"theme.system", "theme.light", "theme.dark"};
  const int t = static_cast<int>(app->theme);
  if (ImGui::Button(T(theme_keys[t]))) app->theme = static_cast<ThemeChoice>((t + 1) % 3);
  if (ImGui::IsItemHovered() && tooltips_allowed()) ImGui::SetTooltip("%s", T("ui.theme"));
  same_line_if_fits(12 * em());
  if (toggle_button(T("scale.linear"), app->scale == ChartScale::linear)) app->scale = ChartScale::linear;
  ImGui::SameLine(0, 0.2f * em());
  if (toggle_button(T("scale.log"), app->scale == ChartScale::log)) app->scale = ChartScale::log;
  same_line_if_fits(ImGui::CalcTextSize(T("share.button")).x + 2 * ImGui::GetStyle().FramePadding.x + em());
  share_button(app);  // Share / export (issue 4), reachable from every view
}

void nav(AppState* app) {
  static const std::pair<Panel, const char*> kPanels[] = {
      {Panel::compare, "nav.compare"}, {Panel::assumptions, "nav.assumptions"}, {Panel::inference, "nav.inference"},
      {Panel::uncertainty, "nav.uncertainty"}, {Panel::sources, "nav.sources"}, {Panel::validation, "nav.validation"}};
  bool first = true;
  for (auto [panel, key] : kPanels) {
    if (!first) same_line_if_fits(ImGui::CalcTextSize(T(key)).x + 2 * ImGui::GetStyle().FramePadding.x);
    first = false;
    if (toggle_button(T(key), app->panel == panel)) app->panel = panel;
  }
}

}  // namespace

bool ui_needs_setup(const AppState& app, float pixel_ratio) {
  // An empty atlas: a new ImGui context (tests create one per case) needs its fonts too.
  return pixel_ratio != g_setup_ratio || dark_theme(app) != g_setup_dark || ImGui::GetIO().Fonts->Fonts.empty();
}

void ui_setup(AppState* app, float pixel_ratio) {
  const float em_px = 16.0f * pixel_ratio;  // 1 em = 16 CSS px, rasterized at device pixels
  if (pixel_ratio != g_setup_ratio || ImGui::GetIO().Fonts->Fonts.empty()) load_fonts(em_px);
  apply_theme(dark_theme(*app), em_px);
  // Tab / Shift+Tab move between fields, arrows between widgets, Space/Enter press, Escape backs
  // out: the whole calculator works without a pointer (the backends feed io.KeyMap/KeysDown).
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  g_setup_ratio = pixel_ratio;
  g_setup_dark = dark_theme(*app);
}

bool ui_frame(AppState* app) {
  const int version_before = app->version;
  const Lang lang_before = app->lang;
  sync_lang(app);
  set_ui_lang(app->lang);
  const std::string focus_request = app->focus_field;  // one frame to find its field, then dropped
  note_pointer_motion();
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("ModelWatt", nullptr, flags | ImGuiWindowFlags_AlwaysVerticalScrollbar);
  // Keep lines readable on a 2560 px monitor: content at most ~110 em wide, centered.
  const float max_w = 110 * em();
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > max_w) ImGui::Indent((avail - max_w) / 2);
  ImGui::PushItemWidth(-1);
  header(app);
  nav(app);
  share_notice(app);  // a shared link that could not be opened says why
  ImGui::Separator();
  switch (app->panel) {
    case Panel::compare: compare_panel(app); break;
    case Panel::assumptions: assumptions_panel(app); break;
    case Panel::inference: inference_panel(app); break;
    case Panel::sources: sources_panel(app); break;
    case Panel::validation: validation_panel(app); break;
    case Panel::uncertainty: uncertainty_panel(app); break;
  }
  explain_popup(app);
  share_popup(app);
  ImGui::PopItemWidth();
  if (avail > max_w) ImGui::Unindent((avail - max_w) / 2);
  ImGui::End();
  // A draft whose field lost the keyboard without being drawn again (the click that took it also
  // switched panel) is committed like any blur.
  if (!app->draft.path.empty() && !ImGui::IsAnyItemActive()) commit_orphan_draft(app);
  if (!focus_request.empty() && app->focus_field == focus_request) app->focus_field.clear();
  // New results or a new language change what the next frame lays out: ask for one more. Nothing
  // else keeps frames coming (no cursor blink, no polling): idle means zero frames.
  return app->version != version_before || app->lang != lang_before;
}

}  // namespace modelwatt
