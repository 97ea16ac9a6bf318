// The estimation arithmetic, written once and instantiated twice: with a no-op trace for speed
// (estimate) and with a recording trace for "show your work" (estimate_traced).
#pragma once
#include <initializer_list>

#include "core/estimate.h"
#include "core/estimate_phases.h"

namespace modelwatt::detail {

inline double product_or_none(double a, double b) { return (has(a) && has(b)) ? a * b : kNone; }
inline double ratio_or_none(double a, double b) { return (has(a) && has(b) && b != 0) ? a / b : kNone; }
inline double sum_or_none(double a, double b) { return (has(a) && has(b)) ? a + b : kNone; }

template <class Trace>
void estimate_training(const Scenario& s, TrainingResult& r, Trace& t) {
  const TrainingInputs& in = s.training;
  const HardwareInputs& hw = in.hw;
  const double n = s.model.params_active;
  const double peak_flops_s = has(hw.peak_tflops) ? hw.peak_tflops * kTera : kNone;
  r.present = true;

  if (has(in.flops)) {
    r.flops = in.flops;
  } else if (has(in.tokens) && has(n)) {
    r.flops = 6.0 * n * in.tokens;
    t("training.flops", r.flops, Unit::flops, "6 × params_active × tokens",
      {{"params_active", n, Unit::params}, {"tokens", in.tokens, Unit::tokens}});
  }

  if (has(in.gpu_hours)) {
    r.gpu_hours = in.gpu_hours;
    r.gpu_hours_from = GpuHoursFrom::given;
  } else if (has(in.days) && has(in.count)) {
    r.gpu_hours = in.days * 24.0 * in.count;
    r.gpu_hours_from = GpuHoursFrom::days_times_count;
    t("training.gpu_hours", r.gpu_hours, Unit::gpu_hours, "days × 24 × count",
      {{"days", in.days, Unit::days}, {"count", in.count, Unit::count}});
  } else if (has(r.flops) && has(peak_flops_s) && has(in.mfu)) {
    r.gpu_hours = r.flops / (peak_flops_s * in.mfu) / kSecondsPerHour;
    r.gpu_hours_from = GpuHoursFrom::flops_over_peak_mfu;
    t("training.gpu_hours", r.gpu_hours, Unit::gpu_hours, "flops / (peak × mfu) / 3600",
      {{"flops", r.flops, Unit::flops}, {"peak", hw.peak_tflops, Unit::tflops}, {"mfu", in.mfu, Unit::ratio}});
  }

  if (has(in.count) && has(r.gpu_hours)) {
    r.wall_days = r.gpu_hours / in.count / 24.0;
    if (r.gpu_hours_from != GpuHoursFrom::days_times_count)
      t("training.wall_days", r.wall_days, Unit::days, "gpu_hours / count / 24",
        {{"gpu_hours", r.gpu_hours, Unit::gpu_hours}, {"count", in.count, Unit::count}});
  }
  if (r.gpu_hours_from != GpuHoursFrom::flops_over_peak_mfu && has(r.flops) && has(r.gpu_hours) &&
      has(peak_flops_s)) {
    r.implied_mfu = r.flops / (r.gpu_hours * kSecondsPerHour * peak_flops_s);
    t("training.implied_mfu", r.implied_mfu, Unit::ratio, "flops / (gpu_hours × 3600 × peak)",
      {{"flops", r.flops, Unit::flops}, {"gpu_hours", r.gpu_hours, Unit::gpu_hours},
       {"peak", hw.peak_tflops, Unit::tflops}});
  }

  const double power_w = has(in.power_w) ? in.power_w : hw.tdp_w;
  if (has(in.energy_it_kwh)) {
    r.energy_it_kwh = in.energy_it_kwh;
  } else if (has(r.gpu_hours) && has(power_w)) {
    r.energy_it_kwh = r.gpu_hours * power_w / 1000.0;
    t("training.energy_it_kwh", r.energy_it_kwh, Unit::kwh, "gpu_hours × power_w / 1000",
      {{"gpu_hours", r.gpu_hours, Unit::gpu_hours}, {"power_w", power_w, Unit::watts}});
  }
  r.energy_kwh = product_or_none(r.energy_it_kwh, in.pue);
  if (has(r.energy_kwh))
    t("training.energy_kwh", r.energy_kwh, Unit::kwh, "energy_it_kwh × pue",
      {{"energy_it_kwh", r.energy_it_kwh, Unit::kwh}, {"pue", in.pue, Unit::ratio}});

  if (has(r.energy_kwh) && has(in.grid_gco2e_per_kwh)) {
    r.co2e_kg = r.energy_kwh * in.grid_gco2e_per_kwh / 1000.0;
    t("training.co2e_kg", r.co2e_kg, Unit::kg, "energy_kwh × grid / 1000",
      {{"energy_kwh", r.energy_kwh, Unit::kwh}, {"grid", in.grid_gco2e_per_kwh, Unit::g_per_kwh}});
  }
  if (has(r.energy_kwh) && has(in.market_gco2e_per_kwh)) {
    r.co2e_market_kg = r.energy_kwh * in.market_gco2e_per_kwh / 1000.0;
    t("training.co2e_market_kg", r.co2e_market_kg, Unit::kg, "energy_kwh × market / 1000",
      {{"energy_kwh", r.energy_kwh, Unit::kwh}, {"market", in.market_gco2e_per_kwh, Unit::g_per_kwh}});
  }
  if (has(in.embodied_kgco2e_per_accelerator) && has(r.gpu_hours) && has(in.lifetime_years)) {
    r.co2e_embodied_kg = in.embodied_kgco2e_per_accelerator * r.gpu_hours / (in.lifetime_years * kHoursPerYear);
    t("training.co2e_embodied_kg", r.co2e_embodied_kg, Unit::kg,
      "embodied_per_accelerator × gpu_hours / (lifetime_years × 8760)",
      {{"embodied_per_accelerator", in.embodied_kgco2e_per_accelerator, Unit::kg},
       {"gpu_hours", r.gpu_hours, Unit::gpu_hours}, {"lifetime_years", in.lifetime_years, Unit::years}});
  }
  r.co2e_total_kg = sum_or_none(r.co2e_kg, r.co2e_embodied_kg);
  if (has(r.co2e_total_kg))
    t("training.co2e_total_kg", r.co2e_total_kg, Unit::kg, "co2e_kg + co2e_embodied_kg",
      {{"co2e_kg", r.co2e_kg, Unit::kg}, {"co2e_embodied_kg", r.co2e_embodied_kg, Unit::kg}});

  r.water_onsite_l = product_or_none(r.energy_it_kwh, in.wue_onsite_l_per_kwh);
  if (has(r.water_onsite_l))
    t("training.water_onsite_l", r.water_onsite_l, Unit::l, "energy_it_kwh × wue_onsite",
      {{"energy_it_kwh", r.energy_it_kwh, Unit::kwh}, {"wue_onsite", in.wue_onsite_l_per_kwh, Unit::l_per_kwh}});
  r.water_offsite_l = product_or_none(r.energy_kwh, in.water_offsite_l_per_kwh);
  if (has(r.water_offsite_l))
    t("training.water_offsite_l", r.water_offsite_l, Unit::l, "energy_kwh × water_offsite",
      {{"energy_kwh", r.energy_kwh, Unit::kwh}, {"water_offsite", in.water_offsite_l_per_kwh, Unit::l_per_kwh}});
  r.water_l = sum_or_none(r.water_onsite_l, r.water_offsite_l);
  if (has(r.water_l))
    t("training.water_l", r.water_l, Unit::l, "water_onsite_l + water_offsite_l",
      {{"water_onsite_l", r.water_onsite_l, Unit::l}, {"water_offsite_l", r.water_offsite_l, Unit::l}});

  r.cost_usd = product_or_none(r.gpu_hours, in.gpu_hour_price_usd);
  if (has(r.cost_usd))
    t("training.cost_usd", r.cost_usd, Unit::usd, "gpu_hours × gpu_hour_price",
      {{"gpu_hours", r.gpu_hours, Unit::gpu_hours}, {"gpu_hour_price", in.gpu_hour_price_usd, Unit::usd_per_hour}});
  r.electricity_cost_usd = product_or_none(r.energy_kwh, in.electricity_price_usd_per_kwh);
  if (has(r.electricity_cost_usd))
    t("training.electricity_cost_usd", r.electricity_cost_usd, Unit::usd, "energy_kwh × electricity_price",
      {{"energy_kwh", r.energy_kwh, Unit::kwh},
       {"electricity_price", in.electricity_price_usd_per_kwh, Unit::usd_per_kwh}});
}

// FLOPs, accelerator-seconds and IT energy of one query: v1's FLOPs ÷ utilization, or by phases.
template <class Trace>
void inference_it_energy(const Scenario& s, InferenceResult& r, Trace& t) {
  const InferenceInputs& in = s.inference;
  const HardwareInputs& hw = in.hw;
  const double n = s.model.params_active;
  const double peak_flops_s = has(hw.peak_tflops) ? hw.peak_tflops * kTera : kNone;
  if (has(n) && has(in.input_tokens) && has(in.output_tokens) && !has(in.reasoning_tokens)) {
    r.flops_per_query = 2.0 * n * (in.input_tokens + in.output_tokens);
    t("inference.flops_per_query", r.flops_per_query, Unit::flops,
      "2 × params_active × (input_tokens + output_tokens)",
      {{"params_active", n, Unit::params}, {"input_tokens", in.input_tokens, Unit::tokens},
       {"output_tokens", in.output_tokens, Unit::tokens}});
  } else if (has(n) && has(in.input_tokens) && has(in.output_tokens)) {  // reasoning counts as output
    r.flops_per_query = 2.0 * n * (in.input_tokens + (in.output_tokens + in.reasoning_tokens));
    t("inference.flops_per_query", r.flops_per_query, Unit::flops,
      "2 × params_active × (input_tokens + output_tokens + reasoning_tokens)",
      {{"params_active", n, Unit::params}, {"input_tokens", in.input_tokens, Unit::tokens},
       {"output_tokens", in.output_tokens, Unit::tokens}, {"reasoning_tokens", in.reasoning_tokens, Unit::tokens}});
  }
  const double power_w = has(in.power_w) ? in.power_w : hw.tdp_w;
  if (in.method == InferenceMethod::phases) {
    estimate_phases(s, r, power_w, t);
  } else if (has(r.flops_per_query) && has(peak_flops_s) && has(in.utilization)) {
    r.accelerator_seconds_per_query = r.flops_per_query / (peak_flops_s * in.utilization);
    t("inference.accelerator_seconds_per_query", r.accelerator_seconds_per_query, Unit::seconds,
      "flops_per_query / (peak × utilization)",
      {{"flops_per_query", r.flops_per_query, Unit::flops}, {"peak", hw.peak_tflops, Unit::tflops},
       {"utilization", in.utilization, Unit::ratio}});
  }
  if (has(in.energy_it_wh_per_query)) {
    r.energy_it_wh_per_query = in.energy_it_wh_per_query;
  } else if (in.method == InferenceMethod::flops && has(r.accelerator_seconds_per_query) && has(power_w)) {
    r.energy_it_wh_per_query = r.accelerator_seconds_per_query * power_w / kSecondsPerHour;
    t("inference.energy_it_wh_per_query", r.energy_it_wh_per_query, Unit::wh, "seconds × power_w / 3600",
      {{"seconds", r.accelerator_seconds_per_query, Unit::seconds}, {"power_w", power_w, Unit::watts}});
  }
  if (r.phases) {
    const double out = output_tokens_total(in);
    r.energy_it_j_per_output_token = ratio_or_none(product_or_none(r.energy_it_wh_per_query, kSecondsPerHour), out);
    if (has(r.energy_it_j_per_output_token))
      t("inference.energy_it_j_per_output_token", r.energy_it_j_per_output_token, Unit::joules,
        "energy_it_wh × 3600 / output_tokens",
        {{"energy_it_wh", r.energy_it_wh_per_query, Unit::wh}, {"output_tokens", out, Unit::tokens}});
  }
}

template <class Trace>
void estimate_inference(const Scenario& s, InferenceResult& r, Trace& t) {
  const InferenceInputs& in = s.inference;
  r.present = true;
  inference_it_energy(s, r, t);
  r.energy_wh_per_query = product_or_none(r.energy_it_wh_per_query, in.pue);
  if (has(r.energy_wh_per_query))
    t("inference.energy_wh_per_query", r.energy_wh_per_query, Unit::wh, "energy_it_wh × pue",
      {{"energy_it_wh", r.energy_it_wh_per_query, Unit::wh}, {"pue", in.pue, Unit::ratio}});
  if (has(r.energy_wh_per_query) && has(in.grid_gco2e_per_kwh)) {
    r.co2e_g_per_query = r.energy_wh_per_query * in.grid_gco2e_per_kwh / 1000.0;
    t("inference.co2e_g_per_query", r.co2e_g_per_query, Unit::g, "energy_wh × grid / 1000",
      {{"energy_wh", r.energy_wh_per_query, Unit::wh}, {"grid", in.grid_gco2e_per_kwh, Unit::g_per_kwh}});
  }
  if (has(r.energy_it_wh_per_query) && has(in.wue_onsite_l_per_kwh) && has(r.energy_wh_per_query) &&
      has(in.water_offsite_l_per_kwh)) {
    r.water_ml_per_query =
        r.energy_it_wh_per_query * in.wue_onsite_l_per_kwh + r.energy_wh_per_query * in.water_offsite_l_per_kwh;
    t("inference.water_ml_per_query", r.water_ml_per_query, Unit::ml,
      "energy_it_wh × wue_onsite + energy_wh × water_offsite",
      {{"energy_it_wh", r.energy_it_wh_per_query, Unit::wh}, {"wue_onsite", in.wue_onsite_l_per_kwh, Unit::l_per_kwh},
       {"energy_wh", r.energy_wh_per_query, Unit::wh},
       {"water_offsite", in.water_offsite_l_per_kwh, Unit::l_per_kwh}});
  }
  if (has(in.embodied_kgco2e_per_accelerator) && has(r.accelerator_seconds_per_query) && has(in.lifetime_years)) {
    r.co2e_embodied_g_per_query = in.embodied_kgco2e_per_accelerator * 1000.0 * r.accelerator_seconds_per_query /
                                  (in.lifetime_years * kHoursPerYear * kSecondsPerHour);
    t("inference.co2e_embodied_g_per_query", r.co2e_embodied_g_per_query, Unit::g,
      "embodied_per_accelerator × 1000 × seconds / (lifetime_years × 8760 × 3600)",
      {{"embodied_per_accelerator", in.embodied_kgco2e_per_accelerator, Unit::kg},
       {"seconds", r.accelerator_seconds_per_query, Unit::seconds}, {"lifetime_years", in.lifetime_years, Unit::years}});
  }
  if (!has(in.queries_per_day)) return;
  const double q = in.queries_per_day;
  if (has(r.energy_wh_per_query)) {
    r.energy_kwh_per_day = r.energy_wh_per_query * q / 1000.0;
    t("inference.energy_kwh_per_day", r.energy_kwh_per_day, Unit::kwh, "energy_wh × queries_per_day / 1000",
      {{"energy_wh", r.energy_wh_per_query, Unit::wh}, {"queries_per_day", q, Unit::per_day}});
  }
  if (!has(in.days)) return;
  if (has(r.energy_kwh_per_day)) {
    r.energy_kwh_total = r.energy_kwh_per_day * in.days;
    t("inference.energy_kwh_total", r.energy_kwh_total, Unit::kwh, "energy_kwh_per_day × days",
      {{"energy_kwh_per_day", r.energy_kwh_per_day, Unit::kwh}, {"days", in.days, Unit::days}});
  }
  if (has(r.co2e_g_per_query)) {
    r.co2e_kg_total = r.co2e_g_per_query * q * in.days / 1000.0;
    t("inference.co2e_kg_total", r.co2e_kg_total, Unit::kg, "co2e_g × queries_per_day × days / 1000",
      {{"co2e_g", r.co2e_g_per_query, Unit::g}, {"queries_per_day", q, Unit::per_day}, {"days", in.days, Unit::days}});
  }
  if (has(r.water_ml_per_query)) {
    r.water_l_total = r.water_ml_per_query * q * in.days / 1000.0;
    t("inference.water_l_total", r.water_l_total, Unit::l, "water_ml × queries_per_day × days / 1000",
      {{"water_ml", r.water_ml_per_query, Unit::ml}, {"queries_per_day", q, Unit::per_day},
       {"days", in.days, Unit::days}});
  }
}

template <class Trace>
void estimate_lifecycle(const Scenario& s, const Result& res, LifecycleResult& r, Trace& t) {
  r.present = true;
  const double train_kwh = res.training.energy_kwh;
  r.breakeven_days = ratio_or_none(train_kwh, res.inference.energy_kwh_per_day);
  if (has(r.breakeven_days))
    t("lifecycle.breakeven_days", r.breakeven_days, Unit::days, "training energy_kwh / inference energy_kwh_per_day",
      {{"training_energy_kwh", train_kwh, Unit::kwh},
       {"energy_kwh_per_day", res.inference.energy_kwh_per_day, Unit::kwh}});
  const double queries = product_or_none(s.inference.queries_per_day, s.inference.days);
  r.training_wh_per_query = ratio_or_none(product_or_none(train_kwh, 1000.0), queries);
  if (has(r.training_wh_per_query))
    t("lifecycle.training_wh_per_query", r.training_wh_per_query, Unit::wh,
      "training energy_kwh × 1000 / (queries_per_day × days)",
      {{"training_energy_kwh", train_kwh, Unit::kwh}, {"queries_per_day", s.inference.queries_per_day, Unit::per_day},
       {"days", s.inference.days, Unit::days}});
  r.total_wh_per_query = sum_or_none(res.inference.energy_wh_per_query, r.training_wh_per_query);
  if (has(r.total_wh_per_query))
    t("lifecycle.total_wh_per_query", r.total_wh_per_query, Unit::wh, "energy_wh_per_query + training_wh_per_query",
      {{"energy_wh_per_query", res.inference.energy_wh_per_query, Unit::wh},
       {"training_wh_per_query", r.training_wh_per_query, Unit::wh}});
}

template <class Trace>
Result estimate_with(const Scenario& s, Trace& t) {
  Result r;
  r.label = s.label;
  if (s.training.present) estimate_training(s, r.training, t);
  if (s.inference.present) estimate_inference(s, r.inference, t);
  if (s.training.present && s.inference.present) estimate_lifecycle(s, r, r.lifecycle, t);
  return r;
}

}  // namespace modelwatt::detail
