#include "ui/app_state.h"

#include <chrono>

#include "core/result_json.h"
#include "core/scenario_parse.h"

namespace modelwatt {
namespace {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

Slot preset_slot(const std::string& run_id) {
  Slot s;
  s.preset = run_id;
  return s;
}

// A custom slot starts as a full copy of a published run, every value then counting as "yours".
Slot custom_slot(const Catalog& catalog, const std::string& from_run) {
  Slot s;
  if (const Run* run = catalog.find_run(from_run)) {
    Json j;
    std::string err;
    if (parse_json(run->scenario_json, &j, &err) && j.is_object()) s.overrides = j;
  }
  s.overrides["label"] = "Custom";
  return s;
}

}  // namespace

bool dark_theme(const AppState& app) {
  return app.theme == ThemeChoice::dark || (app.theme == ThemeChoice::system && app.system_dark);
}

std::string slot_label(const Slot& slot) {
  if (!slot.scenario.label.empty()) return slot.scenario.label;
  return slot.preset.empty() ? "Custom" : slot.preset;
}

Json slot_json(const Slot& slot) {
  Json j = Json::object();
  if (!slot.preset.empty()) j["preset"] = slot.preset;
  for (auto& [k, v] : slot.overrides.items()) j[k] = v;
  return j;
}

bool refresh_slot(AppState* app, int index, std::string* error) {
  Slot& slot = app->slots[index];
  const double t0 = now_ms();
  Scenario s;
  Error e;
  const bool ok = scenario_from_json(slot_json(slot), "", index + 1, *app->catalog, &s, &e);
  if (ok) {
    slot.scenario = std::move(s);
    slot.result = estimate(slot.scenario);
    slot.error.clear();
    ++app->version;
  } else if (error) {
    *error = e.message();
  }
  app->last_core_ms = now_ms() - t0;
  return ok;
}

bool set_field(AppState* app, int index, const std::string& section, const std::string& key, const Json& value) {
  Slot& slot = app->slots[index];
  const std::string path = section + "." + key;
  const Json before = slot.overrides;
  if (!slot.overrides.contains(section) || !slot.overrides[section].is_object()) slot.overrides[section] = Json::object();
  slot.overrides[section][key] = value;
  std::string err;
  if (refresh_slot(app, index, &err)) {
    slot.field_errors.erase(path);
    return true;
  }
  slot.overrides = before;  // refused: nothing else changes
  // The core names the path ("training.pue: must be >= 1 (got 0.8)"); keep only the reason.
  const std::string prefix = path + ": ";
  slot.field_errors[path] = err.rfind(prefix, 0) == 0 ? err.substr(prefix.size()) : err;
  return false;
}

void set_label(AppState* app, int index, const std::string& label) {
  app->slots[index].overrides["label"] = label;
  refresh_slot(app, index, nullptr);
}

void reset_field(AppState* app, int index, const std::string& section, const std::string& key) {
  Slot& slot = app->slots[index];
  if (slot.overrides.contains(section) && slot.overrides[section].is_object()) {
    slot.overrides[section].erase(key);
    if (slot.overrides[section].empty()) slot.overrides.erase(section);
  }
  slot.field_errors.erase(section + "." + key);
  slot.text.erase(section + "." + key);
  refresh_slot(app, index, nullptr);
}

void reset_slot(AppState* app, int index) {
  Slot& slot = app->slots[index];
  if (slot.preset.empty()) {
    slot = custom_slot(*app->catalog, app->catalog->runs.empty() ? "" : app->catalog->runs.front().id);
  } else {
    slot = preset_slot(slot.preset);
  }
  refresh_slot(app, index, nullptr);
}

void set_slot_preset(AppState* app, int index, const std::string& run_id) {
  const std::string from = app->slots[index].preset;
  app->slots[index] = run_id.empty() ? custom_slot(*app->catalog, from) : preset_slot(run_id);
  refresh_slot(app, index, nullptr);
}

void add_slot(AppState* app) {
  if (static_cast<int>(app->slots.size()) >= kMaxSlots) return;
  // Offer the next published run not on screen yet.
  std::string pick;
  for (const Run& r : app->catalog->runs) {
    bool used = false;
    for (const Slot& s : app->slots) used = used || s.preset == r.id;
    if (!used) { pick = r.id; break; }
  }
  app->slots.push_back(preset_slot(pick));
  refresh_slot(app, static_cast<int>(app->slots.size()) - 1, nullptr);
}

void remove_slot(AppState* app, int index) {
  if (app->slots.size() <= 1) return;
  app->slots.erase(app->slots.begin() + index);
  if (app->active_slot >= static_cast<int>(app->slots.size())) app->active_slot = 0;
  app->explain.open = false;
  ++app->version;
}

void init_app_state(AppState* app, const Catalog& catalog) {
  app->catalog = &catalog;
  app->slots.clear();
  for (const char* id : {"deepseek-v3", "llama-3.1-405b"})
    if (catalog.find_run(id)) app->slots.push_back(preset_slot(id));
  if (app->slots.empty() && !catalog.runs.empty()) app->slots.push_back(preset_slot(catalog.runs.front().id));
  if (app->slots.empty()) app->slots.push_back(custom_slot(catalog, ""));
  for (int i = 0; i < static_cast<int>(app->slots.size()); ++i) refresh_slot(app, i, nullptr);
}

std::string load_scenarios(AppState* app, const std::string& text) {
  std::vector<Scenario> parsed;
  Error e;
  if (!parse_scenarios(text, *app->catalog, &parsed, &e)) return e.message();
  if (parsed.size() > static_cast<std::size_t>(kMaxSlots))
    return "at most " + std::to_string(kMaxSlots) + " scenarios (got " + std::to_string(parsed.size()) + ")";
  Json root;
  std::string err;
  parse_json(text, &root, &err);
  const Json list = root.contains("scenarios") ? root["scenarios"] : Json::array({root});
  std::vector<Slot> slots;
  for (const Json& obj : list) {
    Slot s;
    s.preset = json_string(obj, "preset");
    for (auto& [k, v] : obj.items())
      if (k != "preset") s.overrides[k] = v;
    slots.push_back(std::move(s));
  }
  app->slots = std::move(slots);
  app->active_slot = 0;
  app->explain.open = false;
  for (int i = 0; i < static_cast<int>(app->slots.size()); ++i) refresh_slot(app, i, nullptr);
  return "";
}

std::string results_json(const AppState& app) {
  std::vector<Scenario> scenarios;
  std::vector<Result> results;
  for (const Slot& s : app.slots) {
    scenarios.push_back(s.scenario);
    results.push_back(s.result);
  }
  return json_dump(estimate_to_json(scenarios, results, *app.catalog));
}

}  // namespace modelwatt
