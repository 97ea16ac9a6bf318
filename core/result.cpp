#include "core/result.h"

namespace modelwatt {
namespace {

#define MW_T(key, unit) {OutputSection::training, #key, unit, &TrainingResult::key, nullptr, nullptr, false}
#define MW_I(key, unit) {OutputSection::inference, #key, unit, nullptr, &InferenceResult::key, nullptr, false}
#define MW_P(key, unit) {OutputSection::inference, #key, unit, nullptr, &InferenceResult::key, nullptr, true}
#define MW_L(key, unit) {OutputSection::lifecycle, #key, unit, nullptr, nullptr, &LifecycleResult::key, false}

const OutputField kOutputs[] = {
    MW_T(flops, Unit::flops),
    MW_T(gpu_hours, Unit::gpu_hours),
    MW_T(wall_days, Unit::days),
    MW_T(implied_mfu, Unit::ratio),
    MW_T(energy_it_kwh, Unit::kwh),
    MW_T(energy_kwh, Unit::kwh),
    MW_T(co2e_kg, Unit::kg),
    MW_T(co2e_market_kg, Unit::kg),
    MW_T(co2e_embodied_kg, Unit::kg),
    MW_T(co2e_total_kg, Unit::kg),
    MW_T(water_onsite_l, Unit::l),
    MW_T(water_offsite_l, Unit::l),
    MW_T(water_l, Unit::l),
    MW_T(cost_usd, Unit::usd),
    MW_T(electricity_cost_usd, Unit::usd),
    MW_I(flops_per_query, Unit::flops),
    MW_I(accelerator_seconds_per_query, Unit::seconds),
    MW_I(energy_it_wh_per_query, Unit::wh),
    MW_I(energy_wh_per_query, Unit::wh),
    MW_I(co2e_g_per_query, Unit::g),
    MW_I(water_ml_per_query, Unit::ml),
    MW_I(co2e_embodied_g_per_query, Unit::g),
    MW_I(energy_kwh_per_day, Unit::kwh),
    MW_I(energy_kwh_total, Unit::kwh),
    MW_I(co2e_kg_total, Unit::kg),
    MW_I(water_l_total, Unit::l),
    MW_L(breakeven_days, Unit::days),
    MW_L(training_wh_per_query, Unit::wh),
    MW_L(total_wh_per_query, Unit::wh),
    // Inference by phases, appended so the indices above never move.
    MW_P(prefill_seconds_per_query, Unit::seconds),
    MW_P(decode_seconds_per_query, Unit::seconds),
    MW_P(step_seconds, Unit::seconds),
    MW_P(gpus_per_replica, Unit::count),
    MW_P(tokens_per_second_per_replica, Unit::tokens_per_second),
    MW_P(energy_it_j_per_output_token, Unit::joules),
};

#undef MW_T
#undef MW_I
#undef MW_P
#undef MW_L

}  // namespace

const OutputField* output_fields(std::size_t* count) {
  *count = sizeof kOutputs / sizeof kOutputs[0];
  return kOutputs;
}

const char* output_section_name(OutputSection s) {
  switch (s) {
    case OutputSection::training: return "training";
    case OutputSection::inference: return "inference";
    default: return "lifecycle";
  }
}

bool output_section_present(const Result& r, OutputSection s) {
  switch (s) {
    case OutputSection::training: return r.training.present;
    case OutputSection::inference: return r.inference.present;
    default: return r.lifecycle.present;
  }
}

bool output_present(const Result& r, const OutputField& f) {
  return output_section_present(r, f.section) && (!f.phases_only || r.inference.phases);
}

std::vector<std::string> inference_notes(const InferenceResult& r) {
  std::vector<std::string> out;
  if (r.notes & InferenceResult::kv_cache_unknown)
    out.push_back(
        "kv_bytes_per_token: 0 (the KV cache is left out: give inference.kv_bytes_per_token, or model.layers, "
        "model.kv_heads and model.head_dim)");
  return out;
}

double* output_slot(Result& r, const OutputField& f) {
  switch (f.section) {
    case OutputSection::training: return &(r.training.*f.training_member);
    case OutputSection::inference: return &(r.inference.*f.inference_member);
    default: return &(r.lifecycle.*f.lifecycle_member);
  }
}

double output_value(const Result& r, const OutputField& f) { return *output_slot(const_cast<Result&>(r), f); }

const OutputField* find_output_field(const std::string& dotted) {
  for (const OutputField& f : kOutputs)
    if (dotted == std::string(output_section_name(f.section)) + "." + f.key) return &f;
  return nullptr;
}

}  // namespace modelwatt
