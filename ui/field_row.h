// One editable input of the contract: label, provenance badge, value field, reset. Edits go
// through set_field(), so the core's validation refuses bad values at the field with its message.
#pragma once
#include "core/fields.h"
#include "ui/app_state.h"

namespace modelwatt {

void field_row(AppState* app, int slot, const NumberField& field);
// accelerator / precision / region of a section, as combos over the catalog.
void reference_row(AppState* app, int slot, Section section, const char* key);
// A touch-friendly slider for a numeric field (log scale for wide ranges).
void field_slider(AppState* app, int slot, Section section, const char* key, float lo, float hi, bool log);

}  // namespace modelwatt
