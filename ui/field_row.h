// One editable input of a scenario, drawn from the core's view model (core/edit/view_model.h:
// slot_view's field objects): label, provenance badge, the value's input and unit, reset, and the
// core's message under it. Numbers are typed freely and committed whole on Enter or when the field
// loses the keyboard, never per keystroke; what the input shows otherwise is the value the engine
// uses, written back by the core in the UI's locale.
#pragma once
#include <string>

#include "core/json_read.h"
#include "ui/app_state.h"

namespace modelwatt {

// A field of slot_view() ("kind": "number" or "choice").
void field_row(AppState* app, int slot, const Json& field);
// A touch-friendly slider for a numeric field (log scale for wide ranges); each change is an edit.
void field_slider(AppState* app, int slot, const Json& field, float lo, float hi, bool log);
// A text input committed whole on Enter or blur, showing `shown` otherwise; `path` is a field's, or
// "label" for the scenario's name. The commit goes to the core (commit_field_text / set_label).
void committed_input(AppState* app, int slot, const std::string& path, const std::string& shown,
                     const char* hint, float width);
// The field with this path in a slot_view(), or nullptr.
const Json* find_view_field(const Json& view, const std::string& path);
// Commits the draft of a field that lost the keyboard without drawing its row again (its panel was
// closed by the same click): blur commits, as anywhere else.
void commit_orphan_draft(AppState* app);

}  // namespace modelwatt
