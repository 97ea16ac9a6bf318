// Training formulas against hand-computed values (numbers worked out in the comments, not by the code).
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

TEST_CASE("training: DeepSeek-V3-like run from disclosed GPU-hours") {
  Result r = estimate_json(std::string(R"({"model": {"params_total": 671e9, "params_active": 37e9},
    "training": {"tokens": 14.8e12, "accelerator": )") + kCustomHopper + R"(, "precision": "fp8", "count": 2048,
      "gpu_hours": 2788000, "pue": 1.1, "grid_gco2e_per_kwh": 582.3, "market_gco2e_per_kwh": 100,
      "wue_onsite_l_per_kwh": 0.5, "water_offsite_l_per_kwh": 3.1,
      "embodied_kgco2e_per_accelerator": 164, "lifetime_years": 4,
      "gpu_hour_price_usd": 2, "electricity_price_usd_per_kwh": 0.08}})");
  const TrainingResult& t = r.training;
  CHECK(t.flops == doctest::Approx(3.2856e24));            // 6 × 37e9 × 14.8e12
  CHECK(t.gpu_hours == 2788000);
  CHECK(t.gpu_hours_from == GpuHoursFrom::given);
  CHECK(t.wall_days == doctest::Approx(56.7220));          // 2,788,000 / 2048 / 24
  CHECK(t.implied_mfu == doctest::Approx(0.165415).epsilon(1e-5));  // 3.2856e24 / (2.788e6 × 3600 × 1.979e15)
  CHECK(t.energy_it_kwh == doctest::Approx(1951600));      // 2,788,000 × 700 / 1000
  CHECK(t.energy_kwh == doctest::Approx(2146760));         // × 1.1
  CHECK(t.co2e_kg == doctest::Approx(1250058.348));        // 2,146,760 × 0.5823
  CHECK(t.co2e_market_kg == doctest::Approx(214676));      // 2,146,760 × 0.100
  CHECK(t.co2e_embodied_kg == doctest::Approx(13048.86).epsilon(1e-5));  // 164 × 2,788,000 / 35,040
  CHECK(t.co2e_total_kg == doctest::Approx(1250058.348 + 13048.86).epsilon(1e-6));
  CHECK(t.water_onsite_l == doctest::Approx(975800));      // 1,951,600 × 0.5
  CHECK(t.water_offsite_l == doctest::Approx(6654956));    // 2,146,760 × 3.1
  CHECK(t.water_l == doctest::Approx(7630756));
  CHECK(t.cost_usd == doctest::Approx(5576000));           // DeepSeek's $5.576M
  CHECK(t.electricity_cost_usd == doctest::Approx(171740.8));  // 2,146,760 × 0.08
}

TEST_CASE("training: GPT-3 per Patterson et al. from days × count") {
  // 10,000 V100 × 14.8 days × 24 h = 3,552,000 GPU-h; × 330 W = 1,172,160 kWh; × PUE 1.1 = 1,289,376 kWh
  // (Patterson: 1,287 MWh); × 0.429 kg/kWh = 553,142 kg (Patterson: 552.1 t).
  Result r = estimate_json(R"({"model": {"params_total": 175e9}, "training": {"flops": 3.14e23,
    "accelerator": {"peak_tflops": {"fp16": 125}, "tdp_w": 300}, "count": 10000, "days": 14.8,
    "power_w": 330, "pue": 1.1, "grid_gco2e_per_kwh": 429}})");
  CHECK(r.training.gpu_hours == doctest::Approx(3552000));
  CHECK(r.training.gpu_hours_from == GpuHoursFrom::days_times_count);
  CHECK(r.training.energy_kwh == doctest::Approx(1289376));
  CHECK(r.training.co2e_kg == doctest::Approx(553142.3).epsilon(1e-6));
  CHECK(r.training.co2e_kg / 552100 == doctest::Approx(1.0).epsilon(0.01));
  // Patterson: GPT-3 achieved 24.6 TFLOP/s per V100 = 19.7% of 125 -> 3.14e23 / (3,552,000 × 3600 × 125e12)
  CHECK(r.training.implied_mfu == doctest::Approx(0.19645).epsilon(1e-4));
  CHECK(r.training.wall_days == doctest::Approx(14.8));
}

TEST_CASE("training: GPU-hours from FLOPs, peak and MFU; no implied MFU then") {
  // 1e24 FLOP / (1000e12 FLOP/s × 0.5) = 2e9 accelerator-seconds = 555,556 GPU-h
  Result r = estimate_json(R"({"model": {"params_total": 1e9}, "training": {"flops": 1e24,
    "accelerator": {"peak_tflops": {"bf16": 1000}, "tdp_w": 500}, "mfu": 0.5, "pue": 1.2}})");
  CHECK(r.training.gpu_hours == doctest::Approx(2e9 / 3600.0));
  CHECK(r.training.gpu_hours_from == GpuHoursFrom::flops_over_peak_mfu);
  CHECK_FALSE(has(r.training.implied_mfu));
  CHECK_FALSE(has(r.training.wall_days));                  // count unknown
  CHECK(r.training.energy_kwh == doctest::Approx(2e9 / 3600.0 * 0.5 * 1.2));
}

TEST_CASE("training: FP8 peak is twice BF16 on Hopper, so MFU-derived hours halve") {
  const std::string base = R"({"model": {"params_total": 37e9}, "training": {"tokens": 1e12, "accelerator": "h800", "mfu": 0.4, "precision": ")";
  Result bf16 = estimate_json(base + "bf16\"}}");
  Result fp8 = estimate_json(base + "fp8\"}}");
  CHECK(bf16.training.gpu_hours == doctest::Approx(6 * 37e9 * 1e12 / (989.5e12 * 0.4) / 3600));
  CHECK(fp8.training.gpu_hours == doctest::Approx(bf16.training.gpu_hours / 2).epsilon(1e-3));
}

TEST_CASE("training: measured IT energy replaces gpu_hours × power") {
  Result r = estimate_json(R"({"training": {"energy_it_kwh": 433196, "pue": 1.0, "grid_gco2e_per_kwh": 57}})");
  CHECK(r.training.energy_kwh == doctest::Approx(433196));
  CHECK(r.training.co2e_kg == doctest::Approx(24692.172));  // BLOOM dynamic: 433,196 × 0.057 = 24.7 t
  CHECK_FALSE(has(r.training.gpu_hours));
  CHECK_FALSE(has(r.training.cost_usd));
}

TEST_CASE("training: outputs whose inputs are missing are null, never 0") {
  Result r = estimate_json(R"({"training": {"gpu_hours": 1000, "power_w": 400}})");
  CHECK(r.training.energy_it_kwh == doctest::Approx(400));
  CHECK_FALSE(has(r.training.energy_kwh));  // no PUE
  CHECK_FALSE(has(r.training.co2e_kg));
  CHECK_FALSE(has(r.training.co2e_total_kg));
  CHECK_FALSE(has(r.training.water_l));
  CHECK_FALSE(has(r.training.flops));
  CHECK_FALSE(has(r.training.implied_mfu));
}

TEST_CASE("training: power defaults to the accelerator's TDP") {
  Result r = estimate_json(R"({"training": {"gpu_hours": 1000, "accelerator": "h100", "pue": 1}})");
  CHECK(r.training.energy_kwh == doctest::Approx(700));  // H100 SXM TDP 700 W
}
