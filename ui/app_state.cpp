#include "ui/app_state.h"

#include <chrono>

#include "core/edit/view_model.h"
#include "core/result_json.h"

namespace modelwatt {
namespace {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// Every edit goes through here: the core in the UI's language, timed, and the caches told.
template <class F>
auto edit(AppState* app, F change) {
  sync_lang(app);
  const double t0 = now_ms();
  auto out = change(&app->edit);
  app->last_core_ms = now_ms() - t0;
  ++app->edits;
  ++app->version;  // a refused edit changes no result, but recomputing then is harmless and rare
  return out;
}

bool valid(const AppState& app, int slot) {
  return slot >= 0 && slot < static_cast<int>(app.edit.slots.size());
}

}  // namespace

bool dark_theme(const AppState& app) {
  return app.theme == ThemeChoice::dark || (app.theme == ThemeChoice::system && app.system_dark);
}

void sync_lang(AppState* app) {
  if (app->edit.lang == app->lang) return;
  set_lang(&app->edit, app->lang);
  ++app->edits;
}

const Json& cached_slot_view(AppState* app, int slot) {
  sync_lang(app);
  SlotViewCache& c = app->slot_view;
  if (c.edits != app->edits || c.slot != slot || c.lang != app->lang) {
    c.view = slot_view(app->edit, slot);
    c.edits = app->edits;
    c.slot = slot;
    c.lang = app->lang;
  }
  return c.view;
}

std::string slot_label(const EditSlot& slot) {
  return slot.scenario.label;
}

bool offered_run(const AppState& app, const Run& run) {
  if (run.status != Status::estimated) return true;
  for (const EditSlot& s : app.edit.slots)
    if (s.preset == run.id) return true;
  return false;
}

EditOutcome commit_field_text(AppState* app, int slot, const std::string& path, const std::string& text) {
  return edit(app, [&](Comparison* c) { return set_field_text(c, slot, path, text); });
}

EditOutcome commit_field_number(AppState* app, int slot, const std::string& path, double value) {
  return edit(app, [&](Comparison* c) { return set_field_number(c, slot, path, value); });
}

EditOutcome commit_reference(AppState* app, int slot, const std::string& path, const std::string& id) {
  return edit(app, [&](Comparison* c) { return set_reference(c, slot, path, id); });
}

EditOutcome commit_align(AppState* app, int from, int to, const std::string& path) {
  return edit(app, [&](Comparison* c) { return align_field(c, from, to, path); });
}

EditOutcome commit_use_disclosed_compute(AppState* app, int slot, bool use) {
  return edit(app, [&](Comparison* c) { return set_use_disclosed_compute(c, slot, use); });
}

EditOutcome commit_add_inference(AppState* app, int slot) {
  return edit(app, [&](Comparison* c) { return add_inference(c, slot); });
}

void commit_remove_inference(AppState* app, int slot) {
  edit(app, [&](Comparison* c) { return remove_inference(c, slot), 0; });
}

bool set_field(AppState* app, int index, const std::string& section, const std::string& key,
               const Json& value) {
  const std::string path = section + "." + key;
  if (value.is_string()) return commit_reference(app, index, path, value.get<std::string>()).ok;
  if (value.is_number()) return commit_field_number(app, index, path, value.get<double>()).ok;
  if (value.is_null()) return commit_field_text(app, index, path, "").ok;  // empty text: no value
  return false;
}

void set_label(AppState* app, int index, const std::string& label) {
  edit(app, [&](Comparison* c) { return modelwatt::set_label(c, index, label); });
}

void reset_field(AppState* app, int index, const std::string& section, const std::string& key) {
  if (app->draft.slot == index && app->draft.path == section + "." + key) app->draft = FieldDraft{};
  edit(app, [&](Comparison* c) { return modelwatt::reset_field(c, index, section + "." + key), 0; });
}

void reset_slot(AppState* app, int index) {
  app->draft = FieldDraft{};
  edit(app, [&](Comparison* c) { return modelwatt::reset_slot(c, index), 0; });
}

void set_slot_preset(AppState* app, int index, const std::string& run_id) {
  app->draft = FieldDraft{};
  edit(app, [&](Comparison* c) { return set_start(c, index, run_id); });
}

void add_slot(AppState* app) {
  // Offer the next published run not on screen yet.
  std::string pick;
  for (const Run& r : app->catalog->runs) {
    if (r.status == Status::estimated) continue;
    bool used = false;
    for (const EditSlot& s : app->edit.slots) used = used || s.preset == r.id;
    if (!used) {
      pick = r.id;
      break;
    }
  }
  edit(app, [&](Comparison* c) { return modelwatt::add_slot(c, pick); });
}

void remove_slot(AppState* app, int index) {
  if (!valid(*app, index)) return;
  app->draft = FieldDraft{};
  edit(app, [&](Comparison* c) { return modelwatt::remove_slot(c, index); });
  if (app->active_slot >= static_cast<int>(app->edit.slots.size())) app->active_slot = 0;
  app->explain.open = false;
}

void init_app_state(AppState* app, const Catalog& catalog) {
  app->catalog = &catalog;
  app->edit.lang = app->lang;
  init_comparison(&app->edit, catalog);
  ++app->edits;
  ++app->version;
}

std::string load_scenarios(AppState* app, const std::string& text) {
  Json root;
  std::string err;
  if (!parse_json(text, &root, &err)) return err;
  err = edit(app, [&](Comparison* c) { return load_comparison_json(c, root); });
  if (!err.empty()) return err;
  app->draft = FieldDraft{};
  app->active_slot = 0;
  app->explain.open = false;
  return "";
}

std::string results_json(const AppState& app) {
  std::vector<Scenario> scenarios;
  std::vector<Result> results;
  for (const EditSlot& s : app.edit.slots) {
    scenarios.push_back(s.scenario);
    results.push_back(s.result);
  }
  return json_dump(estimate_to_json(scenarios, results, *app.catalog));
}

}  // namespace modelwatt
