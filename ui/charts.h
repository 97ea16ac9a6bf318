// Horizontal bar charts drawn with ImDrawList from core/chart_layout (ImPlot is in neither Debian
// nor npm). Each bar shows its value and its ratio to the baseline; clicking it explains it.
#pragma once
#include <string>
#include <vector>

#include "core/chart_layout.h"
#include "ui/app_state.h"

namespace modelwatt {

struct ChartRow {
  std::string label;
  double value = kNone;
  std::vector<double> parts;  // stacked parts (operational, embodied), optional
  int slot = -1;              // scenario slot for color and "show your work"; -1 = reference point
  std::string key;            // output key explained on click ("training.energy_kwh")
  std::string tooltip;        // extra text on hover (reference points: their boundary)
  // Uncertainty from the core (ui/uncertainty_state.h): p5-p95 of `value`, drawn as a whisker, and
  // of the ratio to the baseline (computed sample by sample), shown on hover.
  double low = kNone, high = kNone;
  double ratio_low = kNone, ratio_high = kNone;
};

// "0.08–0.10×" (a ratio's 90% interval, in the UI's language).
std::string ratio_range(double lo, double hi);

// `baseline`: row the ratios divide by (-1: no ratios). Advances the cursor past the chart.
void bar_chart(AppState* app, const char* id, const std::vector<ChartRow>& rows, Unit unit, int baseline);

// The layout the last bar_chart() call with this id drew (tests: whiskers are the core's intervals).
const ChartLayout* last_chart_layout(const std::string& id);

}  // namespace modelwatt
