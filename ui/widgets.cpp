#include "ui/widgets.h"

#include "ui/fonts.h"
#include "ui/text.h"
#include "ui/theme.h"

namespace modelwatt {

bool narrow_layout() { return ImGui::GetIO().DisplaySize.x < 40 * em(); }

void heading(const char* text) {
  if (ImFont* f = heading_font()) ImGui::PushFont(f);
  ImGui::TextUnformatted(text);
  if (heading_font()) ImGui::PopFont();
}

void muted_wrapped(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, muted_text_color());
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void error_wrapped(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, error_color());
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

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
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
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
  const std::string key = std::string("badge.") + name;
  const char* label = T(key);
  const ImVec2 pad(0.35f * em(), 0.1f * em());
  const ImVec2 sz = ImGui::CalcTextSize(label);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##badge", ImVec2(sz.x + 2 * pad.x, sz.y + 2 * pad.y));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + sz.x + 2 * pad.x, pos.y + sz.y + 2 * pad.y), badge_color(status), 0.3f * em());
  dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), IM_COL32_WHITE, label);
  // Hover on desktop, tap on touch screens (a tap is a hover plus a click).
  if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(28 * em());
    ImGui::TextUnformatted(T(std::string("badge.help.") + name));
    if (p) {
      source_lines(*app.catalog, p->sources, p->locator);
      if (!p->note.empty()) muted_wrapped(p->note.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace modelwatt
