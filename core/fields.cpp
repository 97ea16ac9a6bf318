#include "core/fields.h"

#include <cmath>

#include "core/json/print_number.h"

namespace modelwatt {
namespace {

constexpr Rule kNN = Rule::non_negative, kPos = Rule::positive;

#define MW_M(key, unit, rule) {Section::model, #key, unit, rule, &ModelInputs::key, nullptr, nullptr}
#define MW_T(key, unit, rule) {Section::training, #key, unit, rule, nullptr, &TrainingInputs::key, nullptr}
#define MW_I(key, unit, rule) {Section::inference, #key, unit, rule, nullptr, nullptr, &InferenceInputs::key}

const NumberField kFields[] = {
    MW_M(params_total, Unit::params, kPos),
    MW_M(params_active, Unit::params, kPos),
    MW_T(tokens, Unit::tokens, kPos),
    MW_T(flops, Unit::flops, kPos),
    MW_T(count, Unit::count, Rule::positive_integer),
    MW_T(gpu_hours, Unit::gpu_hours, kPos),
    MW_T(days, Unit::days, kPos),
    MW_T(mfu, Unit::ratio, Rule::fraction),
    MW_T(power_w, Unit::watts, kPos),
    MW_T(energy_it_kwh, Unit::kwh, kPos),
    MW_T(pue, Unit::ratio, Rule::at_least_one),
    MW_T(grid_gco2e_per_kwh, Unit::g_per_kwh, kNN),
    MW_T(market_gco2e_per_kwh, Unit::g_per_kwh, kNN),
    MW_T(wue_onsite_l_per_kwh, Unit::l_per_kwh, kNN),
    MW_T(water_offsite_l_per_kwh, Unit::l_per_kwh, kNN),
    MW_T(embodied_kgco2e_per_accelerator, Unit::kg_per_accelerator, kNN),
    MW_T(lifetime_years, Unit::years, kPos),
    MW_T(gpu_hour_price_usd, Unit::usd_per_hour, kNN),
    MW_T(electricity_price_usd_per_kwh, Unit::usd_per_kwh, kNN),
    MW_I(input_tokens, Unit::tokens, kNN),
    MW_I(output_tokens, Unit::tokens, kNN),
    MW_I(utilization, Unit::ratio, Rule::fraction),
    MW_I(power_w, Unit::watts, kPos),
    MW_I(energy_it_wh_per_query, Unit::wh, kPos),
    MW_I(pue, Unit::ratio, Rule::at_least_one),
    MW_I(grid_gco2e_per_kwh, Unit::g_per_kwh, kNN),
    MW_I(wue_onsite_l_per_kwh, Unit::l_per_kwh, kNN),
    MW_I(water_offsite_l_per_kwh, Unit::l_per_kwh, kNN),
    MW_I(embodied_kgco2e_per_accelerator, Unit::kg_per_accelerator, kNN),
    MW_I(lifetime_years, Unit::years, kPos),
    MW_I(queries_per_day, Unit::per_day, kNN),
    MW_I(days, Unit::days, kPos),
    // Inference by phases (appended, so the table's existing order never moves).
    MW_M(layers, Unit::count, Rule::positive_integer),
    MW_M(kv_heads, Unit::count, Rule::positive_integer),
    MW_M(head_dim, Unit::count, Rule::positive_integer),
    MW_I(reasoning_tokens, Unit::tokens, kNN),
    MW_I(batch_size, Unit::count, Rule::positive_integer),
    MW_I(gpus_per_replica, Unit::count, Rule::positive_integer),
    MW_I(bytes_per_param, Unit::bytes, kPos),
    MW_I(kv_bytes_per_token, Unit::bytes, kNN),
    MW_I(mfu_prefill, Unit::ratio, Rule::fraction),
    MW_I(mbu_decode, Unit::ratio, Rule::fraction),
    MW_I(host_overhead, Unit::ratio, kNN),
    MW_I(idle_overhead, Unit::ratio, kNN),
};

#undef MW_M
#undef MW_T
#undef MW_I

std::string shortest(double v) {
  return print_general(v, 15);
}

}  // namespace

const char* section_name(Section s) {
  switch (s) {
    case Section::model: return "model";
    case Section::training: return "training";
    default: return "inference";
  }
}

const NumberField* number_fields(std::size_t* count) {
  *count = sizeof kFields / sizeof kFields[0];
  return kFields;
}

const NumberField* find_number_field(Section section, const std::string& key) {
  for (const NumberField& f : kFields)
    if (f.section == section && key == f.key) return &f;
  return nullptr;
}

double* field_value(Scenario& s, const NumberField& f) {
  switch (f.section) {
    case Section::model: return &(s.model.*f.model_member);
    case Section::training: return &(s.training.*f.training_member);
    default: return &(s.inference.*f.inference_member);
  }
}

double field_value(const Scenario& s, const NumberField& f) {
  return *field_value(const_cast<Scenario&>(s), f);
}

std::string field_path(const NumberField& f) { return std::string(section_name(f.section)) + "." + f.key; }

std::string check_rule(Rule rule, double v) {
  const std::string got = " (got " + shortest(v) + ")";
  switch (rule) {
    case Rule::non_negative: return v >= 0 ? "" : "must be >= 0" + got;
    case Rule::positive: return v > 0 ? "" : "must be > 0" + got;
    case Rule::at_least_one: return v >= 1 ? "" : "must be >= 1" + got;
    case Rule::fraction: return (v > 0 && v <= 1) ? "" : "must be in (0, 1]" + got;
    case Rule::positive_integer:
      return (v >= 1 && std::floor(v) == v) ? "" : "must be a whole number >= 1" + got;
  }
  return "";
}

bool is_reference_key(Section section, const std::string& key) {
  if (section == Section::model) return false;
  if (section == Section::inference && (key == "method" || key == "boundary")) return true;
  return key == "accelerator" || key == "precision" || key == "region" || key == "datacenter";
}

}  // namespace modelwatt
