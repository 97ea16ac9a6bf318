// A scenario, resolved: every input as a plain number (kNone when not given), catalog ids kept for
// display and provenance. Plain structs with "absent" defaults, so estimation is pure arithmetic.
#pragma once
#include <map>
#include <string>

#include "core/catalog.h"
#include "core/precision.h"
#include "core/units.h"

namespace modelwatt {

struct ModelInputs {
  double params_total = kNone;
  double params_active = kNone;  // defaults to params_total (dense)
};

// The hardware a section runs on, resolved from a catalog id or a custom object.
struct HardwareInputs {
  std::string accelerator_id;  // catalog id, or "custom" for an inline object, "" when absent
  Precision precision = Precision::bf16;
  double peak_tflops = kNone;  // dense peak of `accelerator` at `precision`
  double tdp_w = kNone;
  double catalog_embodied_kgco2e = kNone;  // the accelerator's published embodied footprint, if any
  std::string region_id;
  std::string datacenter_id;  // catalog datacenter profile that supplied PUE/WUE defaults, or ""
};

struct TrainingInputs {
  bool present = false;
  HardwareInputs hw;
  double tokens = kNone, flops = kNone, count = kNone, gpu_hours = kNone, days = kNone, mfu = kNone;
  double power_w = kNone, energy_it_kwh = kNone, pue = kNone;
  double grid_gco2e_per_kwh = kNone, market_gco2e_per_kwh = kNone;
  double wue_onsite_l_per_kwh = kNone, water_offsite_l_per_kwh = kNone;
  double embodied_kgco2e_per_accelerator = kNone, lifetime_years = kNone;
  double gpu_hour_price_usd = kNone, electricity_price_usd_per_kwh = kNone;
};

struct InferenceInputs {
  bool present = false;
  HardwareInputs hw;
  double input_tokens = kNone, output_tokens = kNone, utilization = kNone, power_w = kNone;
  double energy_it_wh_per_query = kNone, pue = kNone;
  double grid_gco2e_per_kwh = kNone;
  double wue_onsite_l_per_kwh = kNone, water_offsite_l_per_kwh = kNone;
  double embodied_kgco2e_per_accelerator = kNone, lifetime_years = kNone;
  double queries_per_day = kNone, days = kNone;
};

struct Scenario {
  std::string label;
  std::string preset;  // run id it started from, or ""
  ModelInputs model;
  TrainingInputs training;
  InferenceInputs inference;
  // Where each given input came from: dotted path ("training.pue") -> status + sources.
  std::map<std::string, Provenance> provenance;
  // Ranges the user gave instead of a point ({"low", "mode", "high", "dist"}), by dotted path. The
  // field itself holds the point value (mode, else midpoint; geometric mean for loguniform), so
  // estimate() stays a point estimate; core/uncertainty.h samples these ranges.
  std::map<std::string, Range> ranges;
};

}  // namespace modelwatt
