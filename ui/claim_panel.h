// The "Check a claim" section of the Uncertainty view (ui/uncertainty_panel.cpp).
#pragma once
#include "ui/app_state.h"

namespace modelwatt {

// Controls (A, B, metric, op, ratio), the verdict sentence in the UI language, the ratio interval
// and probability, the plot below, and the inputs that move the ratio most.
void claim_checker(AppState* app);
// The ratio's 90% interval (bar), median (tick) and point estimate (dot) on a log axis, against the
// claimed ratio (dashed line; for "~" its tolerance band). Advances the cursor.
void claim_plot(const ClaimState& c, int slot);

}  // namespace modelwatt
