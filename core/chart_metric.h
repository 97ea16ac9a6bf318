// The card's metrics (compute, GPU-hours, energy, CO2e, water, cost) as output fields, and the bars
// a comparison gives for one metric. Shared by the embed card, `modelwatt render`, the summary
// sentence and the paper text, so all of them show the same number for the same metric.
#pragma once
#include <string>
#include <vector>

#include "core/chart_layout.h"
#include "core/format.h"
#include "core/result.h"

namespace modelwatt {

struct ChartMetric {
  std::string name;                       // "gpu_hours", or a dotted output name
  const OutputField* total = nullptr;     // the bar's value; nullptr: nothing to show
  const OutputField* fallback = nullptr;  // used where `total` is null (CO2e without embodied data)
  std::vector<const OutputField*> parts;  // stacked parts (operational + embodied, on-site + off-site)
  bool per_query = false;                 // inference fallback of a training metric
};

// Resolves a metric name for these results: short names pick the training output, or the
// per-query inference output when no result has training; dotted names pick that output.
ChartMetric resolve_metric(const std::string& name, const std::vector<Result>& results);

// One bar per result (label, value, stacked parts).
std::vector<BarInput> metric_bars(const ChartMetric& m, const std::vector<Result>& results);
// The output a result's bar shows: `total`, else `fallback` where total is null; nullptr for "n/a".
// Faces that look up something else about the bar (its interval) ask this, not metric_bars.
const OutputField* bar_field(const ChartMetric& m, const Result& r);

// "GPU-hours, training" / "Energy per query" in `lang`.
std::string metric_title(const ChartMetric& m, Lang lang);
// The short switcher label ("GPU-hours", "CO₂e").
std::string metric_short_label(const std::string& name, Lang lang);

}  // namespace modelwatt
