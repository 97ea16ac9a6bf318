// The comparison chart as SVG, drawn from chart_layout (the same layout as the app's ImGui chart).
// Real text throughout: <title>, <desc>, labels and values as <text>; stacked parts are told apart
// by a hatch pattern and a text legend, so the chart reads without colour. Labels are escaped:
// untrusted text never becomes markup.
#pragma once
#include <string>
#include <vector>

#include "core/chart_layout.h"
#include "core/chart_metric.h"
#include "core/format.h"
#include "core/result.h"

namespace modelwatt {

struct SvgOptions {
  int width_px = 640;  // clamped to 280..1600; the layout switches to labels-above-bars below 520
  Lang lang = Lang::en;
  bool dark = false;
  bool transparent = false;
  ChartScale scale = ChartScale::linear;
  std::string id_prefix = "mw";  // prefix of the ids inside the SVG (several SVGs on one page)
  // Standalone files (exports, `modelwatt render`) also draw the title, the summary and a footer;
  // the card shows those as HTML around the chart instead.
  bool standalone = false;
  std::string title, summary, footer;
  // Optional 90% interval (p5, p95) of each result's bar, index-parallel to the results
  // (core/card_intervals.h); kNone or equal ends: no whisker. Drawn as a line with end caps, said
  // in <desc>, and explained by a note under the chart.
  std::vector<double> low, high;
};

std::string render_svg_chart(const std::vector<Result>& results, const ChartMetric& metric, const SvgOptions& options);

// Escapes & < > " ' and drops characters XML 1.0 forbids (C0 controls other than tab/newline).
std::string xml_escape(const std::string& s);

}  // namespace modelwatt
