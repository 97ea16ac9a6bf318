#include "core/metric_registry.h"

namespace modelwatt {

// CO2e is operational + embodied and water on-site + off-site, in the app's chart and in an article's
// card alike, so they never disagree on what a bar means. Most published runs state no embodied
// footprint: their CO2e bar is the operational part alone (the legend says which is which).
// Chains: compute -> GPU-hours -> energy -> CO2e | water; GPU-hours -> cost (hours × price).
const std::array<MetricDef, 6>& metric_defs() {
  static constexpr std::array<MetricDef, 6> kMetrics = {{
      {"compute",
       "training.flops",
       nullptr,
       {},
       "inference.flops_per_query",
       {},
       nullptr,
       {"model.", "training.tokens", "training.flops"}},
      {"gpu_hours",
       "training.gpu_hours",
       nullptr,
       {},
       "inference.accelerator_seconds_per_query",
       {},
       "compute",
       {"training.gpu_hours", "training.days", "training.count", "training.mfu", "training.accelerator",
        "training.precision"}},
      {"energy",
       "training.energy_kwh",
       nullptr,
       {},
       "inference.energy_wh_per_query",
       {},
       "gpu_hours",
       {"training.power_w", "training.energy_it_kwh", "training.pue"}},
      {"co2e",
       "training.co2e_total_kg",
       "training.co2e_kg",
       {"training.co2e_kg", "training.co2e_embodied_kg"},
       "inference.co2e_g_per_query",
       {},
       "energy",
       {"training.grid", "training.region", "training.embodied", "training.lifetime"}},
      {"water",
       "training.water_l",
       nullptr,
       {"training.water_onsite_l", "training.water_offsite_l"},
       "inference.water_ml_per_query",
       {},
       "energy",
       {"training.wue", "training.water_offsite"}},
      {"cost", "training.cost_usd", nullptr, {}, nullptr, {}, "gpu_hours", {"training.gpu_hour_price"}},
  }};
  return kMetrics;
}

const MetricDef* find_chart_metric(std::string_view name) {
  for (const MetricDef& m : metric_defs())
    if (name == m.name) return &m;
  return nullptr;
}

const std::vector<const char*>& claim_outputs() {
  static const std::vector<const char*> kOutputs = [] {
    std::vector<const char*> v;
    for (const MetricDef& m : metric_defs())
      for (const char* key : {m.training_total, m.training_fallback})
        if (key) v.push_back(key);
    for (const MetricDef& m : metric_defs())
      if (m.inference_total) v.push_back(m.inference_total);
    return v;
  }();
  return kOutputs;
}

bool metric_uses_input(const MetricDef& m, std::string_view path) {
  for (const char* prefix : m.inputs)
    if (path.substr(0, std::string_view(prefix).size()) == prefix) return true;
  const MetricDef* parent = m.builds_on ? find_chart_metric(m.builds_on) : nullptr;
  return parent && metric_uses_input(*parent, path);
}

}  // namespace modelwatt
