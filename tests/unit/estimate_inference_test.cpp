// Inference and lifecycle formulas against hand-computed values.
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

// Epoch AI's GPT-4o estimate (Feb 2025): 100B active, 500 output tokens -> 2NT = 1e14 FLOP; H100 989 TFLOP/s
// at 10% utilization -> 1.011 s; 1,275 W × 0.7 = 892.5 W per GPU; PUE 1.2 -> ~0.30 Wh.
static const char* kEpoch = R"({"model": {"params_total": 400e9, "params_active": 100e9},
  "inference": {"input_tokens": 0, "output_tokens": 500,
    "accelerator": {"peak_tflops": {"bf16": 989}, "tdp_w": 700}, "utilization": 0.1, "power_w": 892.5,
    "pue": 1.2, "grid_gco2e_per_kwh": 400, "wue_onsite_l_per_kwh": 1.15, "water_offsite_l_per_kwh": 3.142,
    "embodied_kgco2e_per_accelerator": 164, "lifetime_years": 4,
    "queries_per_day": 1e6, "days": 365}})";

TEST_CASE("inference: Epoch AI's 0.3 Wh GPT-4o query") {
  Result r = estimate_json(kEpoch);
  const InferenceResult& q = r.inference;
  CHECK(q.flops_per_query == doctest::Approx(1e14));
  CHECK(q.accelerator_seconds_per_query == doctest::Approx(1.011122).epsilon(1e-6));  // 1e14 / 9.89e13
  CHECK(q.energy_it_wh_per_query == doctest::Approx(0.250673).epsilon(1e-5));          // × 892.5 / 3600
  CHECK(q.energy_wh_per_query == doctest::Approx(0.300808).epsilon(1e-5));             // × 1.2 ≈ Epoch's 0.3
  CHECK(q.co2e_g_per_query == doctest::Approx(0.120323).epsilon(1e-5));                // × 400 / 1000
  // 0.250673 × 1.15 + 0.300808 × 3.142 = 0.288274 + 0.945139 = 1.233413 mL
  CHECK(q.water_ml_per_query == doctest::Approx(1.233413).epsilon(1e-5));
  // 164,000 g × 1.011122 s / (4 × 8760 × 3600 s) = 0.0013146 g
  CHECK(q.co2e_embodied_g_per_query == doctest::Approx(0.0013146).epsilon(1e-4));
  CHECK(q.energy_kwh_per_day == doctest::Approx(300.808).epsilon(1e-5));
  CHECK(q.energy_kwh_total == doctest::Approx(300.808 * 365).epsilon(1e-5));
  CHECK(q.co2e_kg_total == doctest::Approx(0.120323 * 1e6 * 365 / 1000).epsilon(1e-5));
  CHECK(q.water_l_total == doctest::Approx(1.233413 * 1e6 * 365 / 1000).epsilon(1e-5));
  CHECK_FALSE(r.lifecycle.present);
}

TEST_CASE("inference: measured energy per query makes model and accelerator optional") {
  // Google's median Gemini prompt: 0.24 Wh with PUE 1.09 -> IT 0.2202 Wh; on-site WUE 1.15 L/kWh -> 0.253 mL.
  Result r = estimate_json(R"({"inference": {"energy_it_wh_per_query": 0.22018, "pue": 1.09,
    "wue_onsite_l_per_kwh": 1.15, "water_offsite_l_per_kwh": 0}})");
  CHECK(r.inference.energy_wh_per_query == doctest::Approx(0.24).epsilon(1e-4));
  CHECK(r.inference.water_ml_per_query == doctest::Approx(0.2532).epsilon(1e-3));
  CHECK_FALSE(has(r.inference.flops_per_query));
  CHECK_FALSE(has(r.inference.co2e_embodied_g_per_query));
}

TEST_CASE("lifecycle: break-even days and training energy per query") {
  // Training 1,000,000 kWh; serving 0.5 Wh × 2e6 queries/day = 1,000 kWh/day -> 1,000 days;
  // over 365 days: 1e9 Wh / 7.3e8 queries = 1.36986 Wh per query.
  Result r = estimate_json(R"({"training": {"energy_it_kwh": 1e6, "pue": 1},
    "inference": {"energy_it_wh_per_query": 0.5, "pue": 1, "queries_per_day": 2e6, "days": 365}})");
  CHECK(r.lifecycle.present);
  CHECK(r.lifecycle.breakeven_days == doctest::Approx(1000));
  CHECK(r.lifecycle.training_wh_per_query == doctest::Approx(1.369863).epsilon(1e-6));
  CHECK(r.lifecycle.total_wh_per_query == doctest::Approx(1.869863).epsilon(1e-6));
}

TEST_CASE("lifecycle: zero queries per day gives null break-even, not infinity") {
  Result r = estimate_json(R"({"training": {"energy_it_kwh": 1e6, "pue": 1},
    "inference": {"energy_it_wh_per_query": 0.5, "pue": 1, "queries_per_day": 0, "days": 10}})");
  CHECK_FALSE(has(r.lifecycle.breakeven_days));
  CHECK_FALSE(has(r.lifecycle.training_wh_per_query));
}
