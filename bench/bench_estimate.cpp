// Core estimation speed: one training+inference scenario, and a 10,000-scenario batch.
// Budget (issue 2): <= 1 µs per training+inference scenario natively.
#include <benchmark/benchmark.h>

#include <vector>

#include "core/estimate.h"
#include "core/scenario_parse.h"

using namespace modelwatt;

static Scenario full_scenario() {
  std::vector<Scenario> s;
  Error e;
  parse_scenarios(R"({"preset": "deepseek-v3", "training": {"pue": 1.2, "region": "cn",
      "wue_onsite_l_per_kwh": 0.3, "water_offsite_l_per_kwh": 3.1, "embodied_kgco2e_per_accelerator": 164,
      "lifetime_years": 4, "electricity_price_usd_per_kwh": 0.08},
    "inference": {"input_tokens": 500, "output_tokens": 500, "accelerator": "h800", "utilization": 0.1,
      "pue": 1.2, "region": "cn", "wue_onsite_l_per_kwh": 0.3, "water_offsite_l_per_kwh": 3.1,
      "embodied_kgco2e_per_accelerator": 164, "lifetime_years": 4, "queries_per_day": 1e7, "days": 365}})",
                  builtin_catalog(), &s, &e);
  return s.at(0);
}

static void BM_EstimateOne(benchmark::State& state) {
  Scenario s = full_scenario();
  s.label = "short";  // labels are copied into the result; keep the bench about arithmetic
  for (auto _ : state) {
    Result r = estimate(s);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_EstimateOne);

static void BM_EstimateBatch10k(benchmark::State& state) {
  Scenario base = full_scenario();
  base.label = "s";
  std::vector<Scenario> batch(10000, base);
  for (std::size_t i = 0; i < batch.size(); ++i) batch[i].training.pue = 1.0 + 0.0001 * static_cast<double>(i);
  std::vector<Result> out(batch.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < batch.size(); ++i) out[i] = estimate(batch[i]);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(batch.size()));
}
BENCHMARK(BM_EstimateBatch10k)->Unit(benchmark::kMillisecond);

static void BM_ParseAndEstimate(benchmark::State& state) {
  const std::string text = R"({"scenarios": [{"preset": "deepseek-v3"}, {"preset": "llama-3.1-405b"}]})";
  for (auto _ : state) {
    std::vector<Scenario> s;
    Error e;
    parse_scenarios(text, builtin_catalog(), &s, &e);
    for (const Scenario& x : s) benchmark::DoNotOptimize(estimate(x));
  }
}
BENCHMARK(BM_ParseAndEstimate)->Unit(benchmark::kMicrosecond);
