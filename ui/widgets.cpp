#include "ui/widgets.h"

#include "imgui_internal.h"  // GetCurrentWindowRead: is the text inside a tooltip?

#include "ui/fonts.h"
#include "ui/text.h"
#include "ui/theme.h"

namespace modelwatt {

namespace {

bool g_pointer_moved = false;  // per process, like imgui's own context

bool in_tooltip() { return (ImGui::GetCurrentWindowRead()->Flags & ImGuiWindowFlags_Tooltip) != 0; }

void wrapped(const char* text, ImU32 color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  const bool wrap_here = !in_tooltip();  // a tooltip keeps begin_tooltip's width (see widgets.h)
  if (wrap_here) ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text);
  if (wrap_here) ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

int status_index(const std::string& name) {
  const char* names[] = {"none", "disclosed", "derived", "assumed", "user", "estimated"};  // core Status order
  for (int i = 0; i < 6; ++i)
    if (name == names[i]) return i;
  return 0;
}

// The badge's pill; returns true when it is hovered or tapped (its tooltip is then the caller's).
bool badge_pill(const char* label, int status) {
  const ImVec2 pad(0.35f * em(), 0.1f * em());
  const ImVec2 sz = ImGui::CalcTextSize(label);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##badge", ImVec2(sz.x + 2 * pad.x, sz.y + 2 * pad.y));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + sz.x + 2 * pad.x, pos.y + sz.y + 2 * pad.y), badge_color(status), 0.3f * em());
  dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), text_on(badge_color(status)), label);
  // Hover on desktop, tap on touch screens (a tap is a hover plus a click).
  return (ImGui::IsItemHovered() && tooltips_allowed()) || ImGui::IsItemActive();
}

}  // namespace

bool narrow_layout() { return ImGui::GetIO().DisplaySize.x < 40 * em(); }

void begin_tooltip() {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(28 * em());
}

void end_tooltip() {
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

bool tooltips_allowed() { return g_pointer_moved; }

void note_pointer_motion() {
  const ImGuiIO& io = ImGui::GetIO();
  // MouseDelta is 0 on the first frame a position is known, so a pointer resting there stays quiet.
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseClicked[0]) g_pointer_moved = true;
}

void heading(const char* text) {
  if (ImFont* f = heading_font()) ImGui::PushFont(f);
  ImGui::TextUnformatted(text);
  if (heading_font()) ImGui::PopFont();
}

void muted_wrapped(const char* text) { wrapped(text, muted_text_color()); }

void error_wrapped(const std::string& text) { wrapped(text.c_str(), error_color()); }

bool toggle_button(const char* label, bool on) {
  if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool clicked = ImGui::Button(label);
  if (on) ImGui::PopStyleColor();
  return clicked;
}

void same_line_if_fits(float width) {
  const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

void number_link(AppState* app, int slot, const std::string& key, const std::string& text) {
  ImGui::PushID(slot);
  ImGui::PushID(key.c_str());
  // A link color with ≥ 4.5:1 contrast (ButtonActive blue was 1.6:1 on the light background).
  ImGui::PushStyleColor(ImGuiCol_Text, link_text_color());
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  if (ImGui::Selectable(text.c_str(), false, 0, size)) {
    app->explain = {true, slot, key};
  }
  ImGui::PopStyleColor();
  ImGui::PopID();
  ImGui::PopID();
}

void source_lines(const Catalog& catalog, const std::vector<std::string>& ids, const std::string& locator) {
  for (const std::string& id : ids) {
    const Source* s = catalog.find_source(id);
    std::string line = "• " + (s ? s->title : id);
    if (s && s->year) line += " (" + std::to_string(s->year) + ")";
    if (s && !s->url.empty()) line += "\n   " + s->url;
    ImGui::TextUnformatted(line.c_str());
  }
  if (!locator.empty()) ImGui::TextUnformatted(("   " + locator).c_str());
}

void provenance_badge(const AppState& app, const Provenance* p) {
  const int status = p ? static_cast<int>(p->status) : 0;
  const char* name = status_name(p ? p->status : Status::none);
  if (!badge_pill(T(std::string("badge.") + name), status)) return;
  begin_tooltip();
  ImGui::TextUnformatted(T(std::string("badge.help.") + name));
  if (p) {
    source_lines(*app.catalog, p->sources, p->locator);
    if (!p->note.empty()) muted_wrapped(p->note.c_str());
  }
  end_tooltip();
}

void provenance_badge(const AppState&, const Json& f) {
  std::string status = json_string(f, "status");
  // An empty field the engine fills in ("derived: 56.7 days") is derived, not a catalog default.
  if (status == "none" && !json_string(f, "derived").empty()) status = "derived";
  const std::string label = status == json_string(f, "status") ? json_string(f, "badge") : T("badge." + status);
  if (!badge_pill(label.c_str(), status_index(status))) return;
  begin_tooltip();
  ImGui::TextUnformatted(T("badge.help." + status));
  for (const Json& s : f["sources"]) {
    std::string line = "• " + json_string(s, "title");
    if (json_int(s, "year", 0)) line += " (" + std::to_string(json_int(s, "year", 0)) + ")";
    if (!json_string(s, "locator").empty()) line += ", " + json_string(s, "locator");
    ImGui::TextUnformatted(line.c_str());
    if (!json_string(s, "url").empty()) muted_wrapped(("   " + json_string(s, "url")).c_str());
  }
  if (!json_string(f, "note").empty()) muted_wrapped(json_string(f, "note").c_str());
  end_tooltip();
}

}  // namespace modelwatt
