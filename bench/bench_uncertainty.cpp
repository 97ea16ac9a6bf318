// Monte Carlo budget (issue 5): 10,000 samples × 4 scenarios <= 5 ms native, <= 15 ms in the browser.
// Natively a Google Benchmark; under Emscripten the same workload with a plain timing main, run by
// node (build: see bench/README or the uncertainty report; `node bench_uncertainty.js`).
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/claim.h"
#include "core/metric_registry.h"
#include "core/scenario_parse.h"
#include "core/uncertainty.h"

namespace {

// Four published runs with training and inference: every output sampled, catalog ranges plus a
// user range on DeepSeek-V3's GPU-hours; PUE ranges shared across scenarios.
std::vector<modelwatt::Scenario> four_scenarios() {
  const char* json = R"({"scenarios": [
    {"preset": "deepseek-v3", "training": {"gpu_hours": {"low": 2.788e6, "high": 3.3e6}}},
    {"preset": "llama-3.1-405b"}, {"preset": "deepseek-r1"}, {"preset": "llama-3.1-70b"}]})";
  std::vector<modelwatt::Scenario> s;
  modelwatt::Error e;
  if (!modelwatt::parse_scenarios(json, modelwatt::builtin_catalog(), &s, &e)) std::fprintf(stderr, "%s\n", e.message().c_str());
  return s;
}

}  // namespace

#ifndef __EMSCRIPTEN__
#include <benchmark/benchmark.h>

static void BM_Intervals_10k_x4(benchmark::State& state) {
  const auto scenarios = four_scenarios();
  for (auto _ : state) {
    auto set = modelwatt::estimate_intervals(scenarios, {10000, 1, true});
    benchmark::DoNotOptimize(set.results.data());
  }
}
BENCHMARK(BM_Intervals_10k_x4)->Unit(benchmark::kMillisecond);

// The live case: a slider moves and the chart on screen (one metric, 4 bars + 3 ratios) is redrawn.
static void BM_Intervals_10k_x4_one_metric(benchmark::State& state) {
  const auto scenarios = four_scenarios();
  modelwatt::UncertaintyOptions o;
  o.metrics = {modelwatt::find_output_field("training.co2e_kg")};
  for (auto _ : state) {
    auto set = modelwatt::estimate_intervals(scenarios, o);
    benchmark::DoNotOptimize(set.results.data());
  }
}
BENCHMARK(BM_Intervals_10k_x4_one_metric)->Unit(benchmark::kMillisecond);

// The budget's case (README): the 7 charted training metrics (six totals and CO2e's fallback), the
// outputs a face can chart for 4 scenarios with every metric switch, without the other outputs.
static void BM_Intervals_10k_x4_charted(benchmark::State& state) {
  const auto scenarios = four_scenarios();
  modelwatt::UncertaintyOptions o;
  for (const modelwatt::MetricDef& m : modelwatt::metric_defs())
    for (const char* name : {m.training_total, m.training_fallback})
      if (name) o.metrics.push_back(modelwatt::find_output_field(name));
  if (o.metrics.size() != 7) state.SkipWithError("expected the 7 charted metrics");
  for (auto _ : state) {
    auto set = modelwatt::estimate_intervals(scenarios, o);
    benchmark::DoNotOptimize(set.results.data());
  }
}
BENCHMARK(BM_Intervals_10k_x4_charted)->Unit(benchmark::kMillisecond);

static void BM_Claim_10k(benchmark::State& state) {
  const auto scenarios = four_scenarios();
  modelwatt::Claim c;
  c.metric = "training.gpu_hours";
  c.field = modelwatt::find_output_field(c.metric);
  c.ratio = 0.1;
  for (auto _ : state) {
    modelwatt::ClaimResult r;
    modelwatt::Error e;
    modelwatt::check_claim(scenarios[0], scenarios[1], c, {10000, 1, true}, &r, &e);
    benchmark::DoNotOptimize(r.probability);
  }
}
BENCHMARK(BM_Claim_10k)->Unit(benchmark::kMillisecond);

static void BM_Tornado(benchmark::State& state) {
  const auto scenarios = four_scenarios();
  for (auto _ : state) benchmark::DoNotOptimize(modelwatt::tornado(scenarios[0]).size());
}
BENCHMARK(BM_Tornado)->Unit(benchmark::kMicrosecond);

#else

static void time_it(const char* what, const modelwatt::UncertaintyOptions& o) {
  const auto scenarios = four_scenarios();
  double best = 1e9, total = 0;
  const int runs = 20;
  for (int i = 0; i < runs + 2; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    auto set = modelwatt::estimate_intervals(scenarios, o);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (set.results.size() != 4) std::printf("unexpected result count\n");
    if (i < 2) continue;  // warm-up (JIT tiers)
    best = ms < best ? ms : best;
    total += ms;
  }
  std::printf("wasm estimate_intervals 10000 samples x 4 scenarios, %s: best %.2f ms, mean %.2f ms over %d runs\n", what,
              best, total / runs, runs);
}

int main() {
  time_it("all outputs", {});
  modelwatt::UncertaintyOptions one;
  one.metrics = {modelwatt::find_output_field("training.co2e_kg")};
  time_it("one metric", one);
  return 0;
}

#endif
