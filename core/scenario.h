// A scenario, resolved: every input as a plain number (kNone when not given), catalog ids kept for
// display and provenance. Plain structs with "absent" defaults, so estimation is pure arithmetic.
#pragma once
#include <string>

#include "core/catalog.h"
#include "core/flat_map.h"
#include "core/precision.h"
#include "core/units.h"

namespace modelwatt {

struct ModelInputs {
  double params_total = kNone;
  double params_active = kNone;  // defaults to params_total (dense)
  // Architecture, for the KV cache of inference by phases (optional).
  double layers = kNone, kv_heads = kNone, head_dim = kNone;
};

// The hardware a section runs on, resolved from a catalog id or a custom object.
struct HardwareInputs {
  std::string accelerator_id;  // catalog id, or "custom" for an inline object, "" when absent
  Precision precision = Precision::bf16;
  double peak_tflops = kNone;  // dense peak of `accelerator` at `precision`
  double tdp_w = kNone;
  double memory_gb = kNone, bandwidth_tb_s = kNone;  // per accelerator (inference by phases)
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

// How a query's accelerator time is computed: v1's FLOPs ÷ utilization, or prefill + decode.
enum class InferenceMethod { flops, phases };
// What the energy counts: the accelerators, plus the host (server), plus idle capacity (fleet).
enum class Boundary { accelerator, server, fleet };
const char* method_name(InferenceMethod m);
const char* boundary_name(Boundary b);
bool parse_method(const std::string& name, InferenceMethod* out);
bool parse_boundary(const std::string& name, Boundary* out);

struct InferenceInputs {
  bool present = false;
  HardwareInputs hw;
  InferenceMethod method = InferenceMethod::flops;
  Boundary boundary = Boundary::accelerator;
  double input_tokens = kNone, output_tokens = kNone, utilization = kNone, power_w = kNone;
  double energy_it_wh_per_query = kNone, pue = kNone;
  double grid_gco2e_per_kwh = kNone;
  double wue_onsite_l_per_kwh = kNone, water_offsite_l_per_kwh = kNone;
  double embodied_kgco2e_per_accelerator = kNone, lifetime_years = kNone;
  double queries_per_day = kNone, days = kNone;
  double reasoning_tokens = kNone;  // hidden output tokens (both methods)
  // Inference by phases (docs/scenario-extensions.md); kNone = the default, filled at parse or estimate.
  double batch_size = kNone, gpus_per_replica = kNone, bytes_per_param = kNone, kv_bytes_per_token = kNone;
  double mfu_prefill = kNone, mbu_decode = kNone, host_overhead = kNone, idle_overhead = kNone;
};

struct Scenario {
  std::string label;
  std::string preset;  // run id it started from, or ""
  ModelInputs model;
  TrainingInputs training;
  InferenceInputs inference;
  // Where each given input came from: dotted path ("training.pue") -> status + sources.
  FlatMap<Provenance> provenance;
  // Ranges the user gave instead of a point ({"low", "mode", "high", "dist"}), by dotted path. The
  // field itself holds the point value (mode, else midpoint; geometric mean for loguniform), so
  // estimate() stays a point estimate; core/uncertainty.h samples these ranges.
  FlatMap<Range> ranges;
};

}  // namespace modelwatt
