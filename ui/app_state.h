// The calculator's state, shared by every panel: up to 4 scenario slots (a published run plus the
// user's overrides), view choices, and the results the core computed for them. The UI never
// computes footprints: each slot's JSON goes through the core's parser and estimate().
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/chart_layout.h"
#include "core/estimate.h"
#include "core/format.h"
#include "core/json_read.h"
#include "core/validation.h"
#include "ui/share_state.h"
#include "ui/uncertainty_state.h"

namespace modelwatt {

inline constexpr int kMaxSlots = 4;

struct Slot {
  std::string preset;                // run id the slot starts from; "" = custom
  Json overrides = Json::object();   // the user's values, contract layout ({"label", "training": {...}})
  std::map<std::string, std::string> text;          // edit buffers by field path ("training.pue")
  std::map<std::string, std::string> field_errors;  // refused edits: field path -> core's reason
  Scenario scenario;                 // last valid
  Result result;                     // estimate(scenario)
  std::string error;                 // a slot that failed as a whole (e.g. loaded bad JSON)
};

enum class Panel { compare, assumptions, inference, sources, validation, uncertainty };
enum class ThemeChoice { system, light, dark };

struct ExplainTarget {
  bool open = false;
  int slot = 0;
  std::string key;  // output ("training.energy_kwh") or input path
};

struct AppState {
  const Catalog* catalog = nullptr;
  std::vector<Slot> slots;
  int active_slot = 0;
  Lang lang = Lang::en;
  ThemeChoice theme = ThemeChoice::system;
  bool system_dark = false;
  ChartScale scale = ChartScale::linear;
  Panel panel = Panel::compare;
  ExplainTarget explain;
  std::vector<ValidationRow> validation;  // computed on first view of the panel
  bool validation_done = false;
  double last_core_ms = 0;  // time of the last recompute (budget: ≤ 1 ms per frame while dragging)
  int version = 0;          // bumped whenever any result changes (cache key for panels)
  ShareState share;         // Share / export popup, chart metric of links, URL sync (ui/url_sync.h)
  UncertaintyState uncertainty;  // whiskers, tornado, claim: cached core results (ui/uncertainty_state.h)
};

// DeepSeek-V3 vs Llama 3.1 405B, the comparison the public asked about.
void init_app_state(AppState* app, const Catalog& catalog);
bool dark_theme(const AppState& app);

// The slot as a scenario object of the contract (preset + overrides).
Json slot_json(const Slot& slot);
// Re-parses and re-estimates one slot from its JSON; on a core error keeps the last valid results.
bool refresh_slot(AppState* app, int index, std::string* error);
// Sets `section.key` of a slot to `value` (number, id string, or null to clear) if the core
// accepts the resulting scenario; else records the core's reason in field_errors and changes nothing.
bool set_field(AppState* app, int index, const std::string& section, const std::string& key, const Json& value);
// The scenario's label (free text, never markup).
void set_label(AppState* app, int index, const std::string& label);
// Drops the user's value for one field (back to the published one), or all of them.
void reset_field(AppState* app, int index, const std::string& section, const std::string& key);
void reset_slot(AppState* app, int index);
// Slot management for the compare panel.
void set_slot_preset(AppState* app, int index, const std::string& run_id);  // "" = custom copy
void add_slot(AppState* app);
void remove_slot(AppState* app, int index);

// Test hooks: load a scenario or {"scenarios": [...]} (returns "" or the error message), and the
// current results as the contract's JSON.
std::string load_scenarios(AppState* app, const std::string& text);
std::string results_json(const AppState& app);

std::string slot_label(const Slot& slot);

}  // namespace modelwatt
