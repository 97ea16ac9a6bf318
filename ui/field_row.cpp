#include "ui/field_row.h"

#include "core/fields.h"
#include "imgui.h"
#include "imgui_stdlib.h"  // after imgui.h: 1.86 does not include it itself
#include "ui/text.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

std::string str(const Json& f, const char* key) {
  return json_string(f, key);
}

// Label (+ badge) then the value widget; narrow screens put the widget on its own full-width line.
void row_head(const AppState& app, const Json& f) {
  // Column split relative to where the row starts: inside a table cell the window's content
  // region is the whole window, not the cell.
  const float x0 = ImGui::GetCursorPosX(), avail = ImGui::GetContentRegionAvail().x;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str(f, "label").c_str());
  const std::string hint = str(f, "hint");
  if (!hint.empty() && ImGui::IsItemHovered() && tooltips_allowed()) {
    begin_tooltip();
    ImGui::TextUnformatted(hint.c_str());
    end_tooltip();
  }
  ImGui::SameLine();
  provenance_badge(app, f);
  if (narrow_layout() || avail <= 30 * em()) return;
  // A long label and its badge that reach past the split would be drawn under the widget: the
  // widget then starts the next line, still in its column.
  const float split = x0 + avail * 0.5f;
  const float badge_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX();
  if (badge_end + ImGui::GetStyle().ItemSpacing.x <= split) {
    ImGui::SameLine(split);
  } else {
    ImGui::SetCursorPosX(split);
  }
}

float reset_width() {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
}

void reset_button(AppState* app, int si, const Json& f) {
  ImGui::SameLine();
  if (!f.value("yours", false)) {
    ImGui::Dummy(ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));
    return;
  }
  const std::string path = str(f, "path");
  if (ImGui::Button("↺", ImVec2(ImGui::GetFrameHeight(), 0)))
    reset_field(app, si, path.substr(0, path.find('.')), path.substr(path.find('.') + 1));
  if (ImGui::IsItemHovered() && tooltips_allowed()) ImGui::SetTooltip("%s", T("assume.reset"));
}

// The message the core left at the field (a refused text, in the UI's language): the value above is
// still the one in force.
void field_message(const Json& f) {
  const std::string m = str(f, "message");
  if (!m.empty()) error_wrapped(m);
}

// Sends a committed draft to the core: the scenario's label, or a field's text.
void commit(AppState* app, int si, const std::string& path, const std::string& text,
            const std::string& shown) {
  // Focusing a field and leaving it (or Escape, which restores the text) never changes a value.
  if (text == shown) return;
  if (path == "label")
    set_label(app, si, text);
  else
    commit_field_text(app, si, path, text);
}

void number_input(AppState* app, int si, const Json& f) {
  const std::string path = str(f, "path"), unit = str(f, "unit");
  const float unit_w =
      unit.empty() ? 0 : ImGui::CalcTextSize(unit.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
  // Empty: the hint says what the engine derived instead ("derived: 2.79M GPU-h") or "not set".
  std::string hint = str(f, "derived");
  if (hint.empty()) hint = T("edit.not_set");
  committed_input(app, si, path, str(f, "text"), hint.c_str(),
                  ImGui::GetContentRegionAvail().x - unit_w - reset_width());
  if (!unit.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(unit.c_str());
  }
}

}  // namespace

void committed_input(AppState* app, int si, const std::string& path, const std::string& shown,
                     const char* hint, float width) {
  FieldDraft& d = app->draft;
  const bool mine = d.slot == si && d.path == path;
  std::string buf = mine ? d.text : shown;
  ImGui::SetNextItemWidth(width);
  if (app->focus_field == path && si == app->active_slot) {
    ImGui::SetKeyboardFocusHere();
    app->focus_field.clear();
  }
  // EnterReturnsTrue: imgui still copies each keystroke into `buf`, which we keep as the draft, but
  // the engine sees the text only on Enter or once the field has lost the keyboard (blur, Tab), so
  // "1.25" never passes through 1 and 12. imgui 1.86 quirk: on the blur frame an InputText is no
  // longer active and shows the caller's buffer, so without the draft IsItemDeactivatedAfterEdit
  // would come with the typed text already gone.
  // AutoSelectAll: imgui 1.86 selects the text when Tab first reaches a field but not when it comes
  // back to one it edited before (it recycles the caret), so typing would append to the old value.
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll;
  const bool entered = ImGui::InputTextWithHint("##v", hint, &buf, flags);
  // This field took the keyboard from another one in the same click: that one blurred and may be
  // drawn after this one, with the draft no longer its own, so commit it now.
  if (ImGui::IsItemActivated() && !mine && !d.path.empty()) commit_orphan_draft(app);
  const bool active = ImGui::IsItemActive();
  if (active) {
    d = FieldDraft{si, path, buf};
  } else if (entered || mine) {
    // Enter, blur, or Escape (imgui has then put the shown text back into buf: nothing to commit).
    app->draft = FieldDraft{};
    commit(app, si, path, buf, shown);
  }
  if (ImGui::IsItemHovered() && !active && tooltips_allowed()) ImGui::SetTooltip("%s", T("app.apply_hint"));
}

namespace {

void choice_input(AppState* app, int si, const Json& f) {
  const std::string path = str(f, "path"), value = str(f, "value");
  std::string current = value;
  for (const Json& o : f["options"])
    if (str(o, "id") == value) current = str(o, "name");
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - reset_width());
  if (!ImGui::BeginCombo("##ref", current.c_str(), ImGuiComboFlags_HeightLarge)) return;
  for (const Json& o : f["options"]) {
    const std::string id = str(o, "id");
    const bool selected = id == value;
    // The id after ## keeps two entries with one name (regions of two years) apart.
    if (ImGui::Selectable((str(o, "name") + "##" + id).c_str(), selected) && !selected)
      commit_reference(app, si, path, id);
    if (selected) ImGui::SetItemDefaultFocus();  // keyboard: the combo opens on the current entry
  }
  ImGui::EndCombo();
}

}  // namespace

const Json* find_view_field(const Json& view, const std::string& path) {
  for (const Json& g : view["groups"])
    for (const Json& f : g["fields"])
      if (str(f, "path") == path) return &f;
  return nullptr;
}

void commit_orphan_draft(AppState* app) {
  const FieldDraft d = app->draft;
  app->draft = FieldDraft{};
  if (d.path.empty() || d.slot < 0 || d.slot >= static_cast<int>(app->edit.slots.size())) return;
  if (d.path == "label") return commit(app, d.slot, d.path, d.text, slot_label(app->edit.slots[d.slot]));
  const Json* f = find_view_field(cached_slot_view(app, d.slot), d.path);
  if (f) commit(app, d.slot, d.path, d.text, str(*f, "text"));
}

void field_row(AppState* app, int si, const Json& f) {
  ImGui::PushID(str(f, "path").c_str());
  row_head(*app, f);
  if (str(f, "kind") == "choice")
    choice_input(app, si, f);
  else
    number_input(app, si, f);
  reset_button(app, si, f);
  field_message(f);
  ImGui::PopID();
}

void field_slider(AppState* app, int si, const Json& f, float lo, float hi, bool log) {
  const std::string path = str(f, "path");
  ImGui::PushID(("slider." + path).c_str());
  row_head(*app, f);
  const Json& v = f["value"];
  float x = v.is_number() ? static_cast<float>(v.get<double>()) : lo;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - reset_width());
  if (app->focus_field == path && si == app->active_slot) {
    ImGui::SetKeyboardFocusHere();  // a slider reached by Tab turns into a text input: exact values
    app->focus_field.clear();
  }
  std::string shown = str(f, "display").empty() ? T("edit.not_set") : str(f, "display");
  for (std::size_t p = shown.find('%'); p != std::string::npos; p = shown.find('%', p + 2))
    shown.insert(p, "%");  // a format
  const ImGuiSliderFlags flags = (log ? ImGuiSliderFlags_Logarithmic : 0) | ImGuiSliderFlags_AlwaysClamp;
  if (ImGui::SliderFloat("##s", &x, lo, hi, shown.c_str(), flags)) {
    const NumberField* nf = find_number_field(Section::inference, path.substr(path.find('.') + 1));
    const bool whole = nf && nf->rule == Rule::positive_integer;
    commit_field_number(app, si, path, whole ? static_cast<double>(static_cast<long long>(x + 0.5)) : x);
  }
  reset_button(app, si, f);
  field_message(f);
  ImGui::PopID();
}

}  // namespace modelwatt
