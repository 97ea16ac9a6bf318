// The chart metrics (compute, GPU-hours, energy, CO2e, water, cost): one row each, the one place that
// says what a metric is. Every face reads it: the chart and the card (bars and stacked parts), the URL
// codec (which names a link may carry), the card's footnotes (the inputs that move it), the switchers
// of the app, the desktop app and the card (label and title), the summary sentence and the claim
// checker (the output a metric stands for).
#pragma once
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace modelwatt {

// Up to six names; the unused slots are null. A fixed array rather than a std::vector so the registry
// is constant data: built at compile time, no start-up code (~1 KB of every wasm module).
struct NameList {
  const char* names[6];
  const char* const* begin() const { return names; }
  const char* const* end() const {
    std::size_t n = 0;
    while (n < 6 && names[n]) ++n;
    return names + n;
  }
  bool empty() const { return !names[0]; }
};

struct MetricDef {
  const char* name;               // "co2e": the URL's metric=, the i18n keys embed.metric.<name> etc.
  const char* training_total;     // the bar for a training run ("training.co2e_total_kg")
  const char* training_fallback;  // used where the total is null (CO2e without embodied data), or nullptr
  NameList training_parts;        // stacked parts, in order
  const char* inference_total;    // the per-query bar when no scenario trains; nullptr: none
  NameList inference_parts;
  const char* builds_on;  // the metric whose inputs also move this one ("energy" for co2e), or nullptr
  NameList inputs;        // input path prefixes that move this metric beyond builds_on's
};

// The six metrics, in switcher order.
const std::array<MetricDef, 6>& metric_defs();
// The row named `name`, or nullptr (dotted output names are not chart metrics).
const MetricDef* find_chart_metric(std::string_view name);
// The outputs a claim can compare ("training.gpu_hours", "inference.energy_wh_per_query"…): every
// metric's training bar and fallback, then the per-query bars, each once.
const std::vector<const char*>& claim_outputs();
// Whether the training input at `path` ("training.pue") moves metric `name`'s bars (its own inputs or
// those of the metrics it builds on).
bool metric_uses_input(const MetricDef& m, std::string_view path);

}  // namespace modelwatt
