// Ranges in the input, Monte Carlo intervals, common random numbers, determinism, sensitivity.
#include <cstring>

#include "core/rng.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"
#include "test_util.h"

using namespace modelwatt;
using modelwatt::test::parse_error;
using modelwatt::test::parse_one;

namespace {

std::vector<Scenario> parse_many(const std::string& json) {
  std::vector<Scenario> out;
  Error e;
  const bool ok = parse_scenarios(json, builtin_catalog(), &out, &e);
  INFO(e.message());
  REQUIRE(ok);
  return out;
}

const Interval& iv(const IntervalSet& set, std::size_t s, const char* metric) {
  const Interval* p = set.results[s].find(metric);
  REQUIRE(p != nullptr);
  return *p;
}

// A training scenario of 1000 GPU-hours with custom hardware; `extra` adds or replaces training
// fields (JSON refuses duplicate keys, so a replaced default is left out).
std::string training(const std::string& extra, const std::string& label = "T") {
  std::string base;
  for (const char* kv : {R"("gpu_hours": 1000, )", R"("power_w": 1000, )", R"("pue": 1, )"}) {
    const std::string key(kv, std::strchr(kv, ':') - kv);
    if (extra.find(key) == std::string::npos) base += kv;
  }
  return R"({"label": ")" + label + R"(", "training": {)" + base + extra + "}}";
}

// Quantile of a distribution given by its CDF on [lo, hi], by bisection.
template <class F>
double inverse_cdf(F cdf, double p, double lo, double hi) {
  for (int i = 0; i < 200; ++i) {
    const double mid = (lo + hi) / 2;
    (cdf(mid) < p ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

}  // namespace

TEST_CASE("rng: counter-based uniform draws are in (0, 1) and reproducible") {
  const std::uint64_t key = stream_key(42, stream_id("training.pue", Range{1, kNone, 2, false}));
  double sum = 0;
  for (std::uint64_t i = 0; i < 100000; ++i) {
    const double u = uniform01(key, i);
    REQUIRE(u > 0);
    REQUIRE(u < 1);
    sum += u;
  }
  CHECK(sum / 100000 == doctest::Approx(0.5).epsilon(0.005));
  CHECK(uniform01(key, 12345) == uniform01(key, 12345));
  CHECK(uniform01(key, 1) != uniform01(stream_key(43, 7), 1));
}

TEST_CASE("rng: portable log and exp agree with libm to ~1 ulp") {
  for (double x : {1e-300, 1e-9, 0.05, 0.5, 0.7071, 1.0, 1.5, 2.0, 3.14159, 1e3, 7e9, 1e25, 1e300}) {
    CHECK(portable_log(x) == doctest::Approx(std::log(x)).epsilon(1e-15));
  }
  for (double x : {-700.0, -30.0, -1.0, -1e-8, 0.0, 0.3, 1.0, 2.5, 40.0, 700.0}) {
    CHECK(portable_exp(x) == doctest::Approx(std::exp(x)).epsilon(1e-15));
  }
}

TEST_CASE("rng: inverse CDFs of uniform, triangular and loguniform ranges") {
  CHECK(range_quantile(Range{10, kNone, 20, false}, 0.25) == 12.5);
  // triangular(0, 0, 1): F^-1(u) = 1 - sqrt(1 - u)
  CHECK(range_quantile(Range{0, 0, 1, false}, 0.75) == doctest::Approx(0.5));
  // triangular(0, 1, 1): F^-1(u) = sqrt(u)
  CHECK(range_quantile(Range{0, 1, 1, false}, 0.25) == doctest::Approx(0.5));
  CHECK(range_quantile(Range{1, kNone, 100, true}, 0.5) == doctest::Approx(10));
  CHECK(range_quantile(Range{5, 5, 5, false}, 0.3) == 5);
  CHECK(range_quantile(Range{0.2, kNone, 1, true}, 0.999999999) <= 1.0);  // never past the bound
}

TEST_CASE("ranges in the input: point value, provenance, stored range") {
  Scenario s = parse_one(training(R"("mfu": {"low": 0.3, "high": 0.5}, "grid_gco2e_per_kwh": {"low": 100, "mode": 400, "high": 500})"));
  CHECK(s.training.mfu == doctest::Approx(0.4));  // midpoint
  CHECK(s.training.grid_gco2e_per_kwh == 400);    // mode
  REQUIRE(s.ranges.count("training.mfu"));
  CHECK(s.ranges["training.mfu"].high == 0.5);
  CHECK(s.provenance["training.grid_gco2e_per_kwh"].range.mode == 400);
  s = parse_one(training(R"("electricity_price_usd_per_kwh": {"low": 0.01, "high": 1, "dist": "loguniform"})"));
  CHECK(s.training.electricity_price_usd_per_kwh == doctest::Approx(0.1));  // geometric mean
  CHECK(s.ranges["training.electricity_price_usd_per_kwh"].loguniform);
  s = parse_one(R"({"training": {"days": 10, "count": {"low": 1000, "high": 2001}, "power_w": 700}})");
  CHECK(s.training.count == 1501);  // whole-number fields round the midpoint
}

TEST_CASE("ranges in the input: each bound is validated with the field's rule") {
  auto err = [](const std::string& extra) { return parse_error(training(extra)).message(); };
  CHECK(err(R"("pue": {"low": 0.8, "high": 1.2})") == "training.pue.low: must be >= 1 (got 0.8)");
  CHECK(err(R"("pue": {"low": 1.3, "high": 1.2})") == "training.pue.high: must be >= low (got 1.2 < 1.3)");
  CHECK(err(R"("pue": {"low": 1.1, "mode": 1.5, "high": 1.2})") ==
        "training.pue.mode: must be between low and high (got 1.5 outside [1.1, 1.2])");
  CHECK(err(R"("pue": {"low": 1.1})") == "training.pue.high: required in a range");
  CHECK(err(R"("pue": {"low": 1.1, "hihg": 1.2})").rfind("training.pue.hihg: unknown key (did you mean high", 0) == 0);
  CHECK(err(R"("pue": {"low": 1.1, "high": "2"})") == "training.pue.high: must be a number (got string \"2\")");
  CHECK(err(R"("mfu": {"low": 0.5, "high": 1.5})") == "training.mfu.high: must be in (0, 1] (got 1.5)");
  CHECK(err(R"("grid_gco2e_per_kwh": {"low": 0, "high": 10, "dist": "loguniform"})") ==
        "training.grid_gco2e_per_kwh.low: must be > 0 for a loguniform range (got 0)");
  CHECK(err(R"("pue": {"low": 1.1, "high": 1.2, "dist": "normal"})") ==
        "training.pue.dist: must be \"uniform\", \"triangular\" or \"loguniform\" (got string \"normal\")");
  CHECK(err(R"("pue": {"low": 1.1, "high": 1.2, "dist": "triangular"})") == "training.pue.mode: required for a triangular range");
  const std::string batch = R"({"scenarios": [{"preset": "deepseek-v3", "training": {"pue": {"low": 0.5, "high": 2}}}]})";
  CHECK(parse_error(batch).message() == "scenarios[0].training.pue.low: must be >= 1 (got 0.5)");
}

TEST_CASE("intervals: a product with a uniform factor matches the analytic quantiles") {
  // energy_it_kwh = 1000 h × power / 1000, power ~ U[400, 800] W -> energy_it ~ U[400, 800] kWh.
  const auto set = estimate_intervals({parse_one(training(R"("power_w": {"low": 400, "high": 800})"))});
  const Interval& e = iv(set, 0, "training.energy_it_kwh");
  // standard error of a quantile: sqrt(p (1 - p) / n) / density = 0.0022 × 400 = 0.87 kWh
  CHECK(e.p5 == doctest::Approx(420).epsilon(3.5 / 420));
  CHECK(e.p50 == doctest::Approx(600).epsilon(3.5 / 600));
  CHECK(e.p95 == doctest::Approx(780).epsilon(3.5 / 780));
  CHECK(set.samples == kDefaultSamples);
}

TEST_CASE("intervals: a product of two uniforms matches its analytic quantiles") {
  // energy_kwh = 1000 × X × Y with X = power/1000 ~ U[1, 2], Y = pue ~ U[1, 2].
  const auto set = estimate_intervals(
      {parse_one(training(R"("power_w": {"low": 1000, "high": 2000}, "pue": {"low": 1, "high": 2})"))});
  auto cdf = [](double z) {  // P(XY <= z) = ∫_1^2 clamp(z/x - 1, 0, 1) dx, midpoint rule
    double sum = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
      const double x = 1 + (i + 0.5) / n;
      sum += std::min(1.0, std::max(0.0, z / x - 1));
    }
    return sum / n;
  };
  const Interval& e = iv(set, 0, "training.energy_kwh");
  CHECK(e.p5 / 1000 == doctest::Approx(inverse_cdf(cdf, 0.05, 1, 4)).epsilon(0.01));
  CHECK(e.p50 / 1000 == doctest::Approx(inverse_cdf(cdf, 0.5, 1, 4)).epsilon(0.01));
  CHECK(e.p95 / 1000 == doctest::Approx(inverse_cdf(cdf, 0.95, 1, 4)).epsilon(0.01));
}

TEST_CASE("intervals: a sum of two uniforms is triangular") {
  // water_l = energy_it × wue + energy × water_offsite = 1000 kWh × (U[0,1] + U[0,1]) L/kWh
  const auto set = estimate_intervals({parse_one(
      training(R"("wue_onsite_l_per_kwh": {"low": 0, "high": 1}, "water_offsite_l_per_kwh": {"low": 0, "high": 1})"))});
  const Interval& w = iv(set, 0, "training.water_l");
  const double q5 = std::sqrt(0.1) * 1000;  // F(z) = z²/2 on [0, 1]
  CHECK(w.p5 == doctest::Approx(q5).epsilon(28 / q5));
  CHECK(w.p50 == doctest::Approx(1000).epsilon(0.02));
  CHECK(w.p95 == doctest::Approx(2000 - q5).epsilon(28.0 / 2000));
}

TEST_CASE("intervals: without ranges every interval is exactly the point") {
  const std::string two = R"({"scenarios": [)" + training(R"("grid_gco2e_per_kwh": 400, "days": 3)") + "," +
                          training(R"("grid_gco2e_per_kwh": 100)") + "]}";
  const auto scenarios = parse_many(two);
  const auto set = estimate_intervals(scenarios);
  CHECK(set.inputs.empty());
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  const Result r = estimate(scenarios[0]);
  for (std::size_t k = 0; k < n; ++k) {
    const double v = output_value(r, outs[k]);
    const Interval& i = set.results[0].outputs[k];
    if (!has(v)) { CHECK_FALSE(i.present()); continue; }
    CHECK(i.p5 == v);
    CHECK(i.p50 == v);
    CHECK(i.p95 == v);
  }
  CHECK(set.comparison[1].find("training.co2e_kg")->p50 == 0.25);
  // A preset's catalog ranges are sampled by default and not when catalog_ranges is off.
  const auto preset = parse_many(R"({"preset": "deepseek-v3"})");
  CHECK_FALSE(estimate_intervals(preset, {1000, 1, true}).inputs.empty());
  UncertaintyOptions off;
  off.catalog_ranges = false;
  const auto point = estimate_intervals(preset, off);
  CHECK(point.inputs.empty());
  CHECK(point.results[0].find("training.energy_kwh")->p5 == estimate(preset[0]).training.energy_kwh);
}

TEST_CASE("intervals: a shared assumed PUE is drawn once, so the ratio does not depend on it") {
  const std::string pue = R"("pue": {"low": 1.1, "mode": 1.2, "high": 1.6})";
  const auto scenarios = parse_many(R"({"scenarios": [)" + training(pue) + "," +
                                    R"({"training": {"gpu_hours": 250, "power_w": 1000, )" + pue + "}}]}");
  const auto set = estimate_intervals(scenarios);
  REQUIRE(set.inputs.size() == 1);
  CHECK(set.inputs[0].scenarios == std::vector<int>{0, 1});
  const Interval& each = *set.results[1].find("training.energy_kwh");
  CHECK(each.p95 > each.p5 * 1.2);  // each energy is uncertain ...
  const Interval& ratio = *set.comparison[1].find("training.energy_kwh");
  CHECK(ratio.p5 == doctest::Approx(0.25).epsilon(1e-12));  // ... their ratio is not
  CHECK(ratio.p95 == doctest::Approx(0.25).epsilon(1e-12));
  // Different ranges are different assumptions: drawn independently, the ratio is blurred.
  const auto apart = parse_many(R"({"scenarios": [)" + training(pue) + "," +
                                R"({"training": {"gpu_hours": 250, "power_w": 1000, "pue": {"low": 1.1, "high": 1.6}}}]})");
  const auto apart_set = estimate_intervals(apart);  // keep the set alive: the interval refers into it
  const Interval& blurred = *apart_set.comparison[1].find("training.energy_kwh");
  CHECK(blurred.p95 / blurred.p5 > 1.3);
}

TEST_CASE("intervals: a dense model given as a range draws params_active with params_total") {
  const auto s = parse_one(R"({"model": {"params_total": {"low": 1e11, "high": 4e11}},
      "training": {"tokens": 1e12, "accelerator": )" + std::string(test::kCustomHopper) + R"(, "mfu": 0.4, "pue": 1}})");
  const auto set = estimate_intervals({s});
  REQUIRE(set.inputs.size() == 1);
  const Interval& f = *set.results[0].find("training.flops");
  CHECK(f.p5 == doctest::Approx(6 * 1.15e11 * 1e12).epsilon(0.01));  // 6 × N × D, N ~ U[1e11, 4e11]
  CHECK(f.p95 == doctest::Approx(6 * 3.85e11 * 1e12).epsilon(0.01));
}

TEST_CASE("intervals: same seed, same bits; another seed, other bits") {
  const std::string json = R"({"scenarios": [)" +
      training(R"("mfu": 0.4, "grid_gco2e_per_kwh": {"low": 20, "high": 800, "dist": "loguniform"}, "pue": {"low": 1.05, "mode": 1.1, "high": 1.5})") + "," +
      training(R"("grid_gco2e_per_kwh": {"low": 20, "high": 800, "dist": "loguniform"}, "power_w": {"low": 300, "high": 700})") + "]}";
  const auto scenarios = parse_many(json);
  auto bits = [&](std::uint64_t seed) {
    const auto set = estimate_intervals(scenarios, {10000, seed, true});
    std::uint64_t h = 0xcbf29ce484222325ULL;
    std::size_t n;
    const OutputField* outs = output_fields(&n);
    for (const auto* list : {&set.results, &set.comparison})
      for (const ResultIntervals& r : *list)
        for (std::size_t k = 0; k < n; ++k)  // v1's outputs (phases outputs are null here)
          if (!outs[k].phases_only) h = fnv1a(&r.outputs[k], sizeof r.outputs[k], h);
    return h;
  };
  const std::uint64_t a = bits(2025);
  CHECK(a == bits(2025));
  CHECK(a != bits(2026));
  // The same value natively and in wasm (this file also runs under node): a change here means the
  // draws changed, which every reproduced interval in the wild would notice.
  MESSAGE("uncertainty checksum: " << a);
  CHECK(a == 17144886049601499010ULL);
}

TEST_CASE("sensitivity: tornado rows ranked by swing, shares sum to 1") {
  const auto s = parse_one(training(R"("power_w": {"low": 500, "high": 1500}, "pue": {"low": 1.0, "high": 1.2}, "grid_gco2e_per_kwh": 300)"));
  const auto ts = tornado(s);
  const Tornado* co2 = nullptr;
  for (const Tornado& t : ts)
    if (std::string(t.output->key) == "co2e_kg") co2 = &t;
  REQUIRE(co2 != nullptr);
  REQUIRE(co2->rows.size() == 2);
  CHECK(co2->rows[0].input == "training.power_w");
  CHECK(co2->rows[0].input_low == doctest::Approx(550));
  CHECK(co2->rows[0].output_low == doctest::Approx(1000 * 0.55 * 1.1 * 300 / 1000));
  CHECK(co2->rows[0].share + co2->rows[1].share == doctest::Approx(1));
  CHECK(co2->rows[0].share > 0.9);
  for (const Tornado& t : ts)
    if (std::string(t.output->key) == "gpu_hours") CHECK(t.rows.empty());
}
