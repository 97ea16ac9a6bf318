// The editing model every face obeys: a comparison of up to 4 scenarios, each a starting point (a
// published run, or "your own model" from a template whose every default is an assumption) plus the
// user's overrides. Faces send whole edits (text committed on Enter, blur or a control's change,
// never per keystroke) and render what view_model.h makes of the result.
//
// Invariants (tests/unit/edit_*_test.cpp):
// - the value a field shows is the value the engine uses (the view reads the parsed Scenario);
// - a refused text leaves the previous value in force and keeps the core's message at the field,
//   in the UI language;
// - a user's value is badged "user" (yours), never "disclosed";
// - switching accelerator, region or datacenter makes the values that came from the previous catalog
//   entry follow the new one, unless the user typed them, and says what changed;
// - every scenario can get an inference section (its defaults badged assumed);
// - a preset's disclosed GPU-hours and FLOPs can be switched off (derive instead) in one step.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/flat_map.h"
#include "core/format.h"
#include "core/json_read.h"
#include "core/result.h"
#include "core/scenario.h"

namespace modelwatt {

inline constexpr int kMaxComparisonSlots = 4;

struct EditSlot {
  std::string preset;                 // run id it starts from; "" = your own model
  Json assumed = Json::object();      // the editing model's starting values (contract layout)
  FlatMap<Provenance> assumed_provenance;  // why each starting value, by dotted path
  Json overrides = Json::object();    // the user's values (contract layout; null drops a value)
  FlatMap<std::string> messages;  // refused edits: dotted path -> message (UI language)
  std::vector<std::string> notices;   // what followed the last change (UI language)
  Scenario scenario;                  // parsed from preset + assumed + overrides (always valid)
  Result result;                      // estimate(scenario)
};

struct Comparison {
  const Catalog* catalog = nullptr;
  std::vector<EditSlot> slots;
  std::string metric = "gpu_hours";  // url_state.h metric names
  std::string view = "bars";         // bars | log | table
  std::string theme = "auto";        // auto | light | dark
  Lang lang = Lang::en;
  bool lang_explicit = false;  // the language came from the link or the user (kept in shares)
};

// The comparison the public asked about: DeepSeek-V3 against Llama 3.1 405B, the baseline.
void init_comparison(Comparison* c, const Catalog& catalog);

// The scenario object of the contract for a slot: preset + assumed + overrides, merged.
Json slot_scenario_json(const EditSlot& slot);
// The comparison as {"scenarios": [...]}.
Json comparison_scenarios_json(const Comparison& c);

// Outcome of one edit: accepted, or refused with the message now shown at `path`.
struct EditOutcome {
  bool ok = false;
  std::string path;
  std::string message;
};

// Typed text for a numeric field ("training.pue"), read in the UI language. Empty text removes
// the value (the engine derives it, or asks for it).
EditOutcome set_field_text(Comparison* c, int slot, const std::string& path, const std::string& text);
// A number already parsed (CLI, tests, sliders); same rules as text.
EditOutcome set_field_number(Comparison* c, int slot, const std::string& path, double value);
// accelerator | precision | region | datacenter of a section: a catalog id.
EditOutcome set_reference(Comparison* c, int slot, const std::string& path, const std::string& id);
EditOutcome set_label(Comparison* c, int slot, const std::string& label);
// Back to the starting value (the published or assumed one).
void reset_field(Comparison* c, int slot, const std::string& path);
void reset_slot(Comparison* c, int slot);
// Use the published GPU-hours and FLOPs (true), or derive them from the model, tokens, accelerator
// and MFU (false; an MFU is assumed if the run has none: its implied MFU, so nothing jumps).
EditOutcome set_use_disclosed_compute(Comparison* c, int slot, bool use);
bool uses_disclosed_compute(const EditSlot& slot);
bool has_disclosed_compute(const Comparison& c, const EditSlot& slot);
// Gives a scenario an inference section with assumed starting values.
EditOutcome add_inference(Comparison* c, int slot);
void remove_inference(Comparison* c, int slot);

// Slot `to` takes slot `from`'s value of a numeric input, with its range, as the user's own value;
// says what changed in `to`'s notices (core/edit/align.cpp). The claim checker's "use the same value".
EditOutcome align_field(Comparison* c, int from, int to, const std::string& path);

// Slots: a run id, or "" for your own model.
EditOutcome set_start(Comparison* c, int slot, const std::string& run_id);
bool add_slot(Comparison* c, const std::string& run_id);
bool remove_slot(Comparison* c, int slot);
bool move_slot(Comparison* c, int slot, int to);

// View choices; false on an unknown value.
bool set_metric(Comparison* c, const std::string& metric);
bool set_view(Comparison* c, const std::string& view);
bool set_theme(Comparison* c, const std::string& theme);
void set_lang(Comparison* c, Lang lang);

// Loads a scenario object or {"scenarios": [...]} (every slot then starts from its preset with the
// rest as the user's values). Returns "" or the core's message; on error nothing changes.
std::string load_comparison_json(Comparison* c, const Json& root);

// Points the comparison at another copy of the same catalog (the web module's full catalog, loaded
// on demand with the notes the embedded copy leaves out) and re-reads every slot.
void rebind_catalog(Comparison* c, const Catalog& catalog);

// The status of a field as the view shows it.
Status field_status(const EditSlot& slot, const std::string& path);

}  // namespace modelwatt
