// The calculator's state, shared by every panel: the core's editing model (core/edit/comparison.h:
// up to 4 scenarios, each a starting point plus the user's overrides, with refused edits' messages
// and follow-on notices) and the ImGui face's own view choices. The UI never computes footprints nor
// keeps its own copy of a value: edits go to the core whole (text committed on Enter or blur) and
// every field is drawn from what the core parsed (core/edit/view_model.h).
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/chart_layout.h"
#include "core/edit/comparison.h"
#include "core/estimate.h"
#include "core/format.h"
#include "core/json_read.h"
#include "core/validation.h"
#include "ui/share_state.h"
#include "ui/uncertainty_state.h"

namespace modelwatt {

inline constexpr int kMaxSlots = kMaxComparisonSlots;

enum class Panel { compare, assumptions, inference, sources, validation, uncertainty };
enum class ThemeChoice { system, light, dark };

struct ExplainTarget {
  bool open = false;
  int slot = 0;
  std::string key;  // output ("training.energy_kwh") or input path
};

// The text being typed in a numeric field, until Enter or blur commits it. Only one field can have
// the keyboard, so one draft; it never reaches the engine before the commit.
struct FieldDraft {
  int slot = -1;
  std::string path, text;
};

// slot_view() of the slot being edited, rebuilt only when an edit, the slot or the language changed.
struct SlotViewCache {
  int edits = -1, slot = -1;
  Lang lang = Lang::en;
  Json view;
};

struct AppState {
  const Catalog* catalog = nullptr;
  Comparison edit;  // the core's editing model: slots, their results, messages and notices
  int active_slot = 0;
  Lang lang = Lang::en;  // the UI's language; edit.lang follows it (sync_lang)
  ThemeChoice theme = ThemeChoice::system;
  bool system_dark = false;
  ChartScale scale = ChartScale::linear;
  Panel panel = Panel::compare;
  ExplainTarget explain;
  FieldDraft draft;
  std::string focus_field;  // a field path to give the keyboard next frame (after "add", for tests)
  SlotViewCache slot_view;
  std::vector<ValidationRow> validation;  // computed on first view of the panel
  bool validation_done = false;
  double last_core_ms = 0;       // time of the last edit in the core (budget: ≤ 1 ms per edit)
  int version = 0;               // bumped whenever results may have changed (cache key for panels)
  int edits = 0;                 // bumped on every edit, accepted or refused (messages change too)
  ShareState share;              // Share / export popup, chart metric of links, URL sync (ui/url_sync.h)
  UncertaintyState uncertainty;  // whiskers, tornado, claim: cached core results (ui/uncertainty_state.h)
};

// DeepSeek-V3 vs Llama 3.1 405B, the comparison the public asked about.
void init_app_state(AppState* app, const Catalog& catalog);
bool dark_theme(const AppState& app);
// Makes the editing model speak the UI's language (its messages are dropped on a switch: they were
// in the old language and the values they refused are gone).
void sync_lang(AppState* app);
// slot_view() of a slot, cached (see SlotViewCache).
const Json& cached_slot_view(AppState* app, int slot);

// Edits, each through the core's editing model (the outcome carries the localized message, which
// also stays at the field in edit.slots[slot].messages).
EditOutcome commit_field_text(AppState* app, int slot, const std::string& path, const std::string& text);
EditOutcome commit_field_number(AppState* app, int slot, const std::string& path, double value);
EditOutcome commit_reference(AppState* app, int slot, const std::string& path, const std::string& id);
EditOutcome commit_use_disclosed_compute(AppState* app, int slot, bool use);
EditOutcome commit_align(AppState* app, int from, int to, const std::string& path);  // claim: same value
EditOutcome commit_add_inference(AppState* app, int slot);
void commit_remove_inference(AppState* app, int slot);
// Sets `section.key` to a number, a catalog id (accelerator, precision, region, datacenter) or null
// (remove the value); false when the core refuses, with nothing changed (tests, sliders).
bool set_field(AppState* app, int index, const std::string& section, const std::string& key,
               const Json& value);
// The scenario's label (free text, never markup).
void set_label(AppState* app, int index, const std::string& label);
// Back to the starting value (published or assumed), for one field or all of them.
void reset_field(AppState* app, int index, const std::string& section, const std::string& key);
void reset_slot(AppState* app, int index);
// Slot management for the compare panel: a run id, or "" for your own model.
void set_slot_preset(AppState* app, int index, const std::string& run_id);
void add_slot(AppState* app);
void remove_slot(AppState* app, int index);

// Test hooks: load a scenario or {"scenarios": [...]} (returns "" or the error message), and the
// current results as the contract's JSON.
std::string load_scenarios(AppState* app, const std::string& text);
std::string results_json(const AppState& app);

// Runs offered in the "starts from" lists: those with published figures; an estimated one (Epoch
// AI's, hundreds of them) only when a scenario already starts from it, as in the HTML app.
bool offered_run(const AppState& app, const Run& run);

// The core's label: the run's, the user's, or "Scenario N" numbered from 1 as in the CLI.
std::string slot_label(const EditSlot& slot);

}  // namespace modelwatt
