// One function per panel; layout.cpp chooses which to show.
#pragma once
#include "ui/app_state.h"

namespace modelwatt {

void compare_panel(AppState* app);
void assumptions_panel(AppState* app);
void inference_panel(AppState* app);
void sources_panel(AppState* app);
void validation_panel(AppState* app);
// Uncertainty: "Check a claim" and the tornado charts (which assumptions drive each spread).
void uncertainty_panel(AppState* app);
// The "show your work" popup, drawn every frame; opens when app->explain.open is set.
void explain_popup(AppState* app);
// Picker row shared by assumptions and inference panels: which slot to edit.
void slot_picker(AppState* app);
// "Add a serving setup" for a scenario without one (any scenario: assumed starting values).
void serving_setup_button(AppState* app, int slot);

}  // namespace modelwatt
