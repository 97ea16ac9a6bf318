// Outputs of one scenario, as plain numbers (kNone = null). Names and meanings follow
// ../shared/scenario-format.md exactly.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/units.h"

namespace modelwatt {

// How training GPU-hours were obtained (drives implied_mfu and the explanation).
enum class GpuHoursFrom { none, given, days_times_count, flops_over_peak_mfu };

struct TrainingResult {
  bool present = false;
  GpuHoursFrom gpu_hours_from = GpuHoursFrom::none;
  double flops = kNone, gpu_hours = kNone, wall_days = kNone, implied_mfu = kNone;
  double energy_it_kwh = kNone, energy_kwh = kNone;
  double co2e_kg = kNone, co2e_market_kg = kNone, co2e_embodied_kg = kNone, co2e_total_kg = kNone;
  double water_onsite_l = kNone, water_offsite_l = kNone, water_l = kNone;
  double cost_usd = kNone, electricity_cost_usd = kNone;
};

struct InferenceResult {
  bool present = false;
  double flops_per_query = kNone, accelerator_seconds_per_query = kNone;
  double energy_it_wh_per_query = kNone, energy_wh_per_query = kNone;
  double co2e_g_per_query = kNone, water_ml_per_query = kNone, co2e_embodied_g_per_query = kNone;
  double energy_kwh_per_day = kNone, energy_kwh_total = kNone, co2e_kg_total = kNone, water_l_total = kNone;
  // Inference by phases ("method": "phases"): printed only then, so v1 outputs never change.
  bool phases = false;
  double prefill_seconds_per_query = kNone, decode_seconds_per_query = kNone, step_seconds = kNone;
  double gpus_per_replica = kNone, tokens_per_second_per_replica = kNone,
         energy_it_j_per_output_token = kNone;
  // The replica's bytes per weight and KV-cache bytes per token the estimate used (given, or its
  // default): what a face shows in those fields when they are empty. Not printed as outputs.
  double bytes_per_param = kNone, kv_bytes_per_token = kNone;
  const char* decode_bound = nullptr;              // "memory" or "compute"; nullptr when not computed
  enum Note : unsigned { kv_cache_unknown = 1u };  // bit set: reasons printed in "notes"
  unsigned notes = 0;
};

struct LifecycleResult {
  bool present = false;
  double breakeven_days = kNone, training_wh_per_query = kNone, total_wh_per_query = kNone;
};

struct Result {
  std::string label;
  TrainingResult training;
  InferenceResult inference;
  LifecycleResult lifecycle;
};

// The outputs as a table, for generic code (comparison, JSON, charts, metric lookup by name).
enum class OutputSection { training, inference, lifecycle };
struct OutputField {
  OutputSection section;
  const char* key;
  Unit unit;
  double TrainingResult::*training_member;
  double InferenceResult::*inference_member;
  double LifecycleResult::*lifecycle_member;
  bool phases_only = false;  // an inference-by-phases output: present only when the method is phases
};
const OutputField* output_fields(std::size_t* count);
const char* output_section_name(OutputSection s);
bool output_section_present(const Result& r, OutputSection s);
// Whether output `f` belongs in `r` (its section is present; a phases output only with method phases).
bool output_present(const Result& r, const OutputField& f);
// The inference notes of `r` as text, e.g. "kv_bytes_per_token: ..." (empty without notes).
std::vector<std::string> inference_notes(const InferenceResult& r);
double output_value(const Result& r, const OutputField& f);
double* output_slot(Result& r, const OutputField& f);
// Finds "training.gpu_hours"-style metric names; nullptr when unknown.
const OutputField* find_output_field(const std::string& dotted);

}  // namespace modelwatt
