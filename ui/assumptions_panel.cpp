// Your model & assumptions: every input of one scenario as the core's view model lays it out
// (slot_view: groups, labels, units, badges, sources, messages), what it starts from (a published
// run or your own model), its name, the "derive instead" switch, the notices of the last change,
// and a serving setup for any scenario.
#include "imgui.h"
#include "ui/field_row.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {

void slot_picker(AppState* app) {
  const int n = static_cast<int>(app->edit.slots.size());
  for (int i = 0; i < n; ++i) {
    // Numbered as everywhere else (the HTML app's picker, "Scenario 2" for an unlabelled second one).
    const std::string label =
        std::to_string(i + 1) + ". " + slot_label(app->edit.slots[i]) + "##pick" + std::to_string(i);
    if (i > 0) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 2 * em());
    ImGui::PushStyleColor(ImGuiCol_Border, scenario_color(i));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.15f * em());
    if (toggle_button(label.c_str(), app->active_slot == i)) app->active_slot = i;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
  }
  if (app->active_slot >= n) app->active_slot = 0;
}

namespace {

// "Starts from": a published run, or your own model from assumed values (listed first: it is the
// way to model a run that is not in the catalog).
void start_combo(AppState* app, int si, const Json& view) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("app.start"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 28 * em()));
  const std::string current = json_string(view, "start_name");
  if (!ImGui::BeginCombo("##start", current.c_str(), ImGuiComboFlags_HeightLarge)) return;
  const std::string start = json_string(view, "start");
  if (ImGui::Selectable(T("app.own_model_option"), start.empty())) set_slot_preset(app, si, "");
  for (const Run& r : app->catalog->runs) {
    if (!offered_run(*app, r)) continue;
    const std::string item = r.name + " (" + r.organization + ", " + std::to_string(r.year) + ")##" + r.id;
    if (ImGui::Selectable(item.c_str(), start == r.id)) set_slot_preset(app, si, r.id);
    if (start == r.id) ImGui::SetItemDefaultFocus();
  }
  ImGui::EndCombo();
}

void label_row(AppState* app, int si) {
  ImGui::PushID("label");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("app.label"));
  ImGui::SameLine();
  const EditSlot& s = app->edit.slots[si];
  committed_input(app, si, "label", slot_label(s), "", std::min(ImGui::GetContentRegionAvail().x, 24 * em()));
  if (auto m = s.messages.find("label"); m != s.messages.end()) error_wrapped(m->second);
  ImGui::PopID();
}

// What followed the last change (an accelerator's power and embodied carbon, a region's grid...).
void notices(const Json& view) {
  if (view["notices"].empty()) return;
  heading(T("app.changed"));
  for (const Json& n : view["notices"]) muted_wrapped(("• " + n.get<std::string>()).c_str());
}

// Derive instead: one visible switch rather than a hidden order of edits (clear GPU-hours, then FLOPs).
void compute_switch(AppState* app, int si, const Json& view) {
  const Json& c = view["compute"];
  if (!c.value("available", false)) return;
  bool use = c.value("used", false);
  if (ImGui::Checkbox(T("app.use_published"), &use)) commit_use_disclosed_compute(app, si, use);
  if (auto m = app->edit.slots[si].messages.find("training.gpu_hours");
      m != app->edit.slots[si].messages.end() && !use)
    error_wrapped(m->second);
  muted_wrapped(T("app.use_published_hint"));
}

}  // namespace

void serving_setup_button(AppState* app, int si) {
  const EditSlot& s = app->edit.slots[si];
  if (s.scenario.inference.present) return;
  muted_wrapped(fill(T("app.no_inference"), {slot_label(s)}).c_str());
  if (ImGui::Button(T("app.add_inference")) && commit_add_inference(app, si).ok)
    app->focus_field = "inference.queries_per_day";  // keyboard users land in the new section
}

void assumptions_panel(AppState* app) {
  slot_picker(app);
  const int si = app->active_slot;
  // A copy: an edit later in this frame may rebuild the cache (commit_orphan_draft).
  const Json view = cached_slot_view(app, si);
  muted_wrapped(T("assume.intro"));
  start_combo(app, si, view);
  label_row(app, si);
  if (ImGui::Button(T("app.reset_slot"))) reset_slot(app, si);
  notices(view);
  compute_switch(app, si, view);
  for (const Json& g : view["groups"]) {
    const std::string title = json_string(g, "title") + "##" + json_string(g, "id");
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
    for (const Json& f : g["fields"]) field_row(app, si, f);
  }
  ImGui::Spacing();
  if (view.value("has_inference", false)) {
    if (ImGui::Button(T("app.remove_inference"))) commit_remove_inference(app, si);
  } else {
    serving_setup_button(app, si);
  }
}

}  // namespace modelwatt
