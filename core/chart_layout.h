// Horizontal bar chart layout, renderer-agnostic: the ImGui app (ui/charts.cpp) and the SVG embed
// card both draw from this. Everything is in abstract units:
//   x: 0..1, the fraction of the plot area's width (0 = axis origin, 1 = domain max);
//   y: rows; bar i occupies y in [i + (1 - thickness) / 2, i + (1 + thickness) / 2].
// A renderer maps x to pixels (plot_left + x * plot_width) and y to pixels (top + y * row_height),
// and places text itself (text metrics are the renderer's business; see value_inside below).
#pragma once
#include <string>
#include <vector>

#include "core/units.h"

namespace modelwatt {

enum class ChartScale { linear, log };

// One bar to lay out: a total, optionally split into stacked parts (e.g. operational + embodied
// CO2e). Parts that are absent (kNone) count as 0; when no part is given the bar is one segment.
struct BarInput {
  std::string label;
  double value = kNone;            // the bar's total; kNone = no bar ("n/a")
  std::vector<double> parts;       // optional stack, in drawing order; should sum to `value`
  // Optional uncertainty whisker around the bar's end, e.g. the p5 and p95 of `value` from
  // core/uncertainty.h. Both or neither; the domain grows to keep `high` (and, on log, `low`) visible.
  double low = kNone, high = kNone;
};

struct BarSegment {
  int part = 0;          // index into BarInput::parts (0 when unstacked)
  double value = kNone;  // the part's own value
  double x0 = 0, x1 = 0;
};

struct ChartBar {
  std::string label;
  bool present = false;   // false: draw "n/a" at x = 0
  double value = kNone;
  double ratio = kNone;   // value / baseline's value; kNone when either is missing or baseline is 0
  bool is_baseline = false;
  double x0 = 0, x1 = 0;  // the whole bar
  double y0 = 0, y1 = 0;  // row band of the bar itself
  std::vector<BarSegment> segments;
  // Where the value label goes: right of the bar end (x1) normally; inside, right-aligned to x1,
  // when the bar reaches past `inside_threshold` of the width (there is no room to its right).
  bool value_inside = false;
  // The whisker, when BarInput gave low and high: the values and their x (same mapping as x1).
  // A renderer draws a line from x_low to x_high through the bar's vertical middle, with caps.
  bool whisker = false;
  double low = kNone, high = kNone;
  double x_low = 0, x_high = 0;
};

struct ChartTick {
  double value = 0;
  double x = 0;
  bool major = true;  // log scale: decades are major
};

struct ChartLayout {
  ChartScale scale = ChartScale::linear;
  double domain_min = 0, domain_max = 1;  // values at x = 0 and x = 1
  std::vector<ChartBar> bars;
  std::vector<ChartTick> ticks;
  double rows = 0;  // total height in rows (== bars.size())
};

struct ChartOptions {
  ChartScale scale = ChartScale::linear;
  int baseline = 0;                // index of the bar the ratios divide by
  double thickness = 0.62;         // bar height as a fraction of a row
  double inside_threshold = 0.72;  // see ChartBar::value_inside
  int max_ticks = 6;
};

// Lays bars out. Linear: domain [0, nice max]; ticks at 1/2/2.5/5 × 10^k steps.
// Log: domain [decade below the smallest positive value, decade at or above the largest], ticks at
// decades (every other decade when there are more than max_ticks); stacked parts on a log axis are
// split in proportion to their values along the bar's length (a visual convention, stated in the UI).
// Bars whose value is not positive get x1 = x0 = 0 on a log scale (drawn as a stub with their label).
ChartLayout layout_bar_chart(const std::vector<BarInput>& bars, const ChartOptions& options);

// Maps a value to x in 0..1 under a layout's scale and domain (clamped); used for reference marks
// (e.g. provider points on the inference chart).
double chart_x(const ChartLayout& layout, double value);

}  // namespace modelwatt
