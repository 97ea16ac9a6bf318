// Assumptions: every input of the contract for one scenario, with provenance badges, sources on
// hover, per-field reset and "reset to published".
#include "imgui.h"
#include "imgui_stdlib.h"  // after imgui.h: 1.86 does not include it itself
#include "ui/field_row.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {

void slot_picker(AppState* app) {
  for (int i = 0; i < static_cast<int>(app->slots.size()); ++i) {
    const std::string label = slot_label(app->slots[i]) + "##pick" + std::to_string(i);
    if (i > 0) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 2 * em());
    ImGui::PushStyleColor(ImGuiCol_Border, scenario_color(i));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.15f * em());
    if (toggle_button(label.c_str(), app->active_slot == i)) app->active_slot = i;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
  }
  if (app->active_slot >= static_cast<int>(app->slots.size())) app->active_slot = 0;
}

namespace {

void section_fields(AppState* app, int si, Section section) {
  if (section != Section::model)
    for (const char* key : {"accelerator", "precision", "region"}) reference_row(app, si, section, key);
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i)
    if (fields[i].section == section) field_row(app, si, fields[i]);
}

}  // namespace

void assumptions_panel(AppState* app) {
  slot_picker(app);
  const int si = app->active_slot;
  Slot& slot = app->slots[si];
  muted_wrapped(T("assume.intro"));
  if (const Run* run = app->catalog->find_run(slot.preset)) {
    ImGui::Text("%s: %s (%s, %d)", T("assume.preset"), run->name.c_str(), run->organization.c_str(), run->year);
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      source_lines(*app->catalog, run->sources);
      ImGui::EndTooltip();
    }
  }
  std::string label = slot.overrides.value("label", slot_label(slot));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 24 * em()));
  if (ImGui::InputText(T("assume.label"), &label)) set_label(app, si, label);
  if (ImGui::Button(T("assume.reset_all"))) reset_slot(app, si);
  if (!slot.error.empty()) error_wrapped(slot.error);
  const std::pair<Section, bool> sections[] = {{Section::model, true}, {Section::training, true}, {Section::inference, false}};
  for (auto [section, open] : sections) {
    const std::string title = std::string(T(std::string("section.") + section_name(section)));
    if (ImGui::CollapsingHeader(title.c_str(), open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) section_fields(app, si, section);
  }
}

}  // namespace modelwatt
