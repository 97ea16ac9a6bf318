// Comparison against the first scenario, JSON nulls, and "show your work" text.
#include "core/explain.h"
#include "core/result_json.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

TEST_CASE("comparison: each output divided by the first; null where either is null or the first is 0") {
  std::vector<Scenario> s;
  Error e;
  REQUIRE(parse_scenarios(R"({"scenarios": [
      {"training": {"gpu_hours": 30840000, "power_w": 700, "pue": 1}},
      {"training": {"gpu_hours": 2788000, "power_w": 700, "pue": 1, "gpu_hour_price_usd": 2}}]})",
                          builtin_catalog(), &s, &e));
  std::vector<Result> r = {estimate(s[0]), estimate(s[1])};
  Json out = estimate_to_json(s, r, builtin_catalog());
  REQUIRE(out["comparison"].size() == 2);
  CHECK(out["comparison"][0]["training"]["gpu_hours"].get<double>() == 1.0);
  CHECK(out["comparison"][1]["training"]["gpu_hours"].get<double>() == doctest::Approx(0.090402).epsilon(1e-5));
  CHECK(out["comparison"][1]["training"]["cost_usd"].is_null());   // first has no price
  CHECK(out["results"][0]["training"]["co2e_kg"].is_null());       // no grid: null, not 0
  CHECK(out["results"][1]["label"] == "Scenario 2");
}

TEST_CASE("explain: formulas with the numbers plugged in") {
  Scenario s = parse_one(R"({"training": {"gpu_hours": 2788000, "power_w": 700, "pue": 1.1}})");
  std::vector<Step> steps;
  estimate_traced(s, &steps);
  REQUIRE(steps.size() == 2);
  CHECK(step_text(steps[0], Lang::en) == "energy_it_kwh = gpu_hours × power_w / 1000 = 2.79M GPU-h × 700 W / 1000 = 1.95 GWh");
  CHECK(step_text(steps[1], Lang::en) == "energy_kwh = energy_it_kwh × pue = 1.95 GWh × 1.1 = 2.15 GWh");
  CHECK(step_text(steps[1], Lang::it) == "energy_kwh = energy_it_kwh × pue = 1,95 GWh × 1,1 = 2,15 GWh");
  // The traced run computes exactly what estimate() computes.
  Result plain = estimate(s);
  CHECK(steps[1].value == plain.training.energy_kwh);
}
