#include "ui/field_row.h"

#include "imgui.h"
#include "imgui_internal.h"  // GetActiveID: keep the edit buffer while the field is being typed in
#include "imgui_stdlib.h"  // after imgui.h: 1.86 does not include it itself
#include "core/number_input.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

double value_of(const Slot& slot, const NumberField& f) { return field_value(slot.scenario, f); }

const Provenance* provenance_of(const Slot& slot, const std::string& path) {
  auto it = slot.scenario.provenance.find(path);
  return it == slot.scenario.provenance.end() ? nullptr : &it->second;
}

bool user_set(const Slot& slot, const std::string& section, const std::string& key) {
  return slot.overrides.contains(section) && slot.overrides[section].is_object() && slot.overrides[section].contains(key);
}

// Label (+ badge) then the value widget; narrow screens put the widget on its own full-width line.
void row_head(AppState* app, const Slot& slot, const std::string& path, const char* label) {
  // Column split relative to where the row starts: inside a table cell the window's content
  // region is the whole window, not the cell.
  const float x0 = ImGui::GetCursorPosX(), avail = ImGui::GetContentRegionAvail().x;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  provenance_badge(*app, provenance_of(slot, path));
  if (!narrow_layout() && avail > 30 * em()) ImGui::SameLine(x0 + avail * 0.55f);
}

void reset_button(AppState* app, int si, const std::string& section, const std::string& key) {
  ImGui::SameLine();
  if (!user_set(app->slots[si], section, key)) {
    ImGui::Dummy(ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));
    return;
  }
  if (ImGui::Button("↺", ImVec2(ImGui::GetFrameHeight(), 0))) reset_field(app, si, section, key);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("assume.reset"));
}

}  // namespace

void field_row(AppState* app, int si, const NumberField& f) {
  Slot& slot = app->slots[si];
  const std::string path = field_path(f), section = section_name(f.section);
  ImGui::PushID(path.c_str());
  row_head(app, slot, path, T("field." + path));
  std::string& buf = slot.text[path];
  const ImGuiID id = ImGui::GetID("##v");
  // Readable yet exact ("671B params", "2.788M GPU-h"): the text reads back as the same double,
  // so focusing a field and leaving it never changes a value. Letters are allowed (k/M/B/T, units).
  if (ImGui::GetActiveID() != id && !slot.field_errors.count(path)) buf = format_input(value_of(slot, f), f.unit, ui_lang());
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
  if (ImGui::InputTextWithHint("##v", T("assume.unset"), &buf)) {
    double v;
    if (buf.empty()) set_field(app, si, section, f.key, Json(nullptr));
    else if (parse_input(buf, f.unit, &v)) set_field(app, si, section, f.key, v);
    else slot.field_errors[path] = T("assume.not_a_number");
  }
  reset_button(app, si, section, f.key);
  if (auto it = slot.field_errors.find(path); it != slot.field_errors.end())
    error_wrapped(fill(T("assume.refused"), {it->second}));
  ImGui::PopID();
}

void reference_row(AppState* app, int si, Section section, const char* key) {
  Slot& slot = app->slots[si];
  const std::string sec = section_name(section), path = sec + "." + key, k = key;
  const HardwareInputs& hw = section == Section::training ? slot.scenario.training.hw : slot.scenario.inference.hw;
  ImGui::PushID(path.c_str());
  row_head(app, slot, path, T(k == "accelerator" ? "assume.accelerator" : k == "precision" ? "assume.precision" : "assume.region"));
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
  std::string current = k == "accelerator" ? hw.accelerator_id : k == "precision" ? precision_name(hw.precision) : hw.region_id;
  if (k == "accelerator") {
    if (const Accelerator* a = app->catalog->find_accelerator(current)) current = a->name;
  } else if (k == "region") {
    if (const Region* r = app->catalog->find_region(current)) current = r->name;
  }
  if (ImGui::BeginCombo("##ref", current.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (k == "accelerator") {
      for (const Accelerator& a : app->catalog->accelerators)
        if (ImGui::Selectable(a.name.c_str(), a.id == hw.accelerator_id)) set_field(app, si, sec, key, a.id);
    } else if (k == "precision") {
      for (int p = 0; p < kPrecisionCount; ++p) {
        const char* name = precision_name(static_cast<Precision>(p));
        if (ImGui::Selectable(name, p == static_cast<int>(hw.precision))) set_field(app, si, sec, key, name);
      }
    } else {
      for (const Region& r : app->catalog->regions)
        if (ImGui::Selectable((r.name + "##" + r.id).c_str(), r.id == hw.region_id)) set_field(app, si, sec, key, r.id);
    }
    ImGui::EndCombo();
  }
  reset_button(app, si, sec, key);
  if (auto it = slot.field_errors.find(path); it != slot.field_errors.end())
    error_wrapped(fill(T("assume.refused"), {it->second}));
  ImGui::PopID();
}

void field_slider(AppState* app, int si, Section section, const char* key, float lo, float hi, bool log) {
  Slot& slot = app->slots[si];
  const NumberField* f = find_number_field(section, key);
  if (!f) return;
  const std::string path = field_path(*f);
  ImGui::PushID(("slider." + path).c_str());
  row_head(app, slot, path, T("field." + path));
  const double v = value_of(slot, *f);
  float x = has(v) ? static_cast<float>(v) : lo;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
  const std::string shown = Tq(v, f->unit);
  const ImGuiSliderFlags flags = (log ? ImGuiSliderFlags_Logarithmic : 0) | ImGuiSliderFlags_AlwaysClamp;
  if (ImGui::SliderFloat("##s", &x, lo, hi, shown.c_str(), flags)) {
    const double value = f->rule == Rule::positive_integer ? static_cast<double>(static_cast<long long>(x + 0.5)) : x;
    set_field(app, si, section_name(section), key, value);
  }
  reset_button(app, si, section_name(section), key);
  ImGui::PopID();
}

}  // namespace modelwatt
