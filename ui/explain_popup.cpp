// "Show your work": the clicked number's formula with the values plugged in (estimate_traced +
// step_text), the steps it depends on, and the inputs it used with their provenance and sources.
#include <functional>

#include "core/explain.h"
#include "core/fields.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

struct Cache {
  int version = -1, slot = -1;
  Lang lang = Lang::en;
  std::string key;
  std::vector<std::string> lines;        // formula chain, dependencies first
  std::vector<std::string> input_paths;  // inputs to list with provenance
};

const Step* find_step(const std::vector<Step>& steps, const std::string& key) {
  for (const Step& s : steps)
    if (s.key == key) return &s;
  return nullptr;
}

// Inputs a term stands for: exact key or a unit-suffixed key ("grid" -> grid_gco2e_per_kwh).
void add_inputs(const std::string& section, const std::string& name, std::vector<std::string>* out) {
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string key = fields[i].key, sec = section_name(fields[i].section);
    if ((sec == section || fields[i].section == Section::model) && (key == name || key.rfind(name + "_", 0) == 0)) {
      const std::string p = sec + "." + key;
      bool seen = false;
      for (const std::string& x : *out) seen = seen || x == p;
      if (!seen) out->push_back(p);
    }
  }
}

void build(const AppState& app, Cache* c) {
  const EditSlot& slot = app.edit.slots[c->slot];
  std::vector<Step> steps;
  estimate_traced(slot.scenario, &steps);
  c->lines.clear();
  c->input_paths.clear();
  std::vector<std::string> done;
  std::function<void(const std::string&, int)> visit = [&](const std::string& key, int depth) {
    for (const std::string& d : done)
      if (d == key) return;
    done.push_back(key);
    const std::string section = key.substr(0, key.find('.'));
    const Step* st = find_step(steps, key);
    if (!st) {  // a given input, not computed
      add_inputs(section, key.substr(key.find('.') + 1), &c->input_paths);
      return;
    }
    for (const Term& t : st->terms) {
      if (depth < 6 && find_step(steps, section + "." + t.name)) visit(section + "." + t.name, depth + 1);
      else add_inputs(section, t.name, &c->input_paths);
    }
    c->lines.push_back(step_text(*st, ui_lang()));
  };
  visit(c->key, 0);
}

void input_list(const AppState& app, const EditSlot& slot, const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    const std::string section = p.substr(0, p.find('.'));
    const NumberField* f = find_number_field(section == "model" ? Section::model : section == "training" ? Section::training : Section::inference,
                                             p.substr(p.find('.') + 1));
    if (!f || !has(field_value(slot.scenario, *f))) continue;
    ImGui::Bullet();
    ImGui::TextWrapped("%s = %s", T("field." + p), Tq(field_value(slot.scenario, *f), f->unit).c_str());
    auto it = slot.scenario.provenance.find(p);
    ImGui::Indent();
    ImGui::PushID(p.c_str());
    provenance_badge(app, it == slot.scenario.provenance.end() ? nullptr : &it->second);
    ImGui::PopID();
    if (it != slot.scenario.provenance.end()) source_lines(*app.catalog, it->second.sources, it->second.locator);
    ImGui::Unindent();
  }
}

}  // namespace

void explain_popup(AppState* app) {
  static Cache cache;
  if (app->explain.open) {
    ImGui::OpenPopup("##explain");
    app->explain.open = false;
    cache.version = -1;
  }
  const ImVec2 disp = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowSize(ImVec2(std::min(disp.x * 0.94f, 44 * em()), 0), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(disp.x, disp.y * 0.9f));
  ImGui::SetNextWindowPos(ImVec2(disp.x / 2, disp.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("##explain", nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  const int si = std::min(app->explain.slot, static_cast<int>(app->edit.slots.size()) - 1);
  if (cache.version != app->version || cache.slot != si || cache.key != app->explain.key || cache.lang != ui_lang()) {
    cache = Cache{app->version, si, ui_lang(), app->explain.key, {}, {}};
    build(*app, &cache);
  }
  const EditSlot& slot = app->edit.slots[si];
  heading(T("explain.title"));
  ImGui::TextWrapped("%s — %s", slot_label(slot).c_str(), T("out." + cache.key));
  ImGui::Separator();
  ImGui::TextUnformatted(T("explain.steps"));
  if (cache.lines.empty()) muted_wrapped(T("explain.none"));
  for (const std::string& l : cache.lines) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", l.c_str());
  }
  ImGui::Separator();
  ImGui::TextUnformatted(T("explain.inputs"));
  input_list(*app, slot, cache.input_paths);
  ImGui::Separator();
  if (ImGui::Button(T("explain.copy"))) {
    std::string all;
    for (const std::string& l : cache.lines) all += l + "\n";
    ImGui::SetClipboardText(all.c_str());
  }
  ImGui::SameLine();
  if (ImGui::Button(T("explain.close")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace modelwatt
