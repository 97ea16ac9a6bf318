// Edits as data: the one JSON shape the web faces (and tests) send to the editing model, so the
// wasm interface stays one function. Each action is an object with "op":
//   {"op": "set", "slot": 0, "path": "training.pue", "text": "1,25"}   typed text, UI language
//   {"op": "reset", "slot": 0, "path": "training.pue"}                 back to the starting value
//   {"op": "reset_slot", "slot": 0}
//   {"op": "ref", "slot": 0, "path": "training.accelerator", "id": "h100"}
//   {"op": "label", "slot": 0, "text": "My run"}
//   {"op": "compute", "slot": 0, "use": false}                          derive GPU-hours instead
//   {"op": "add_inference" | "remove_inference", "slot": 0}
//   {"op": "start", "slot": 0, "id": "llama-2-13b"}                     "" = your own model
//   {"op": "add", "id": "gpt-3"}   {"op": "remove", "slot": 1}   {"op": "move", "slot": 1, "to": 0}
//   {"op": "metric" | "view" | "theme" | "lang", "value": "..."}
//   {"op": "link", "query": "v=1&s=..."}                                a whole state from a link
//   {"op": "load", "scenarios": {...}}                                  a scenario file's JSON
//   {"op": "align", "path": "inference.input_tokens", "from": 0, "to": 1}  slot 1 takes slot 0's value
#pragma once
#include "core/edit/comparison.h"

namespace modelwatt {

EditOutcome apply_action(Comparison* c, const Json& action);

// A link's state (view choices and scenarios); "" or the error (path and reason) and nothing changes.
std::string load_link(Comparison* c, const std::string& query);

}  // namespace modelwatt
