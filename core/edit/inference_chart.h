// The Inference panel's chart: the energy per query of every scenario that serves, next to the
// providers' published figures, on one axis. Each bar names its boundary, because the boundary alone
// moves a figure 2–3× (Google 2025: 0.10 Wh for the active accelerators, 0.24 Wh for the full stack).
// SVG from core/svg_chart.h (title, desc, text labels), plus the same rows as a data table.
#pragma once
#include "core/edit/comparison.h"
#include "core/json_read.h"

namespace modelwatt {

// {"title", "svg", "rows": [{"label", "scope", "value", "kind": "scenario"|"reference"}]}; "svg" is ""
// when no bar has a value.
Json inference_chart(const Comparison& c, int width_px, bool dark);

}  // namespace modelwatt
