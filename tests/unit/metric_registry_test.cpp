// The metric registry (core/metric_registry.h): which inputs move which chart metric, by the
// contract's formulas (v1: gpu_hours from flops/peak/mfu or days×count; energy = gpu_hours × power × pue;
// CO2e = energy × grid (+ embodied); water = IT energy × WUE + energy × off-site; cost = gpu_hours × price).
#include <set>
#include <string>

#include "core/metric_registry.h"
#include "core/url_state.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

namespace {

std::set<std::string> moved_by(const char* path) {
  std::set<std::string> names;
  for (const MetricDef& m : metric_defs())
    if (metric_uses_input(m, path)) names.insert(m.name);
  return names;
}

}  // namespace

TEST_CASE("metric registry: each input moves exactly the metrics its formula reaches") {
  using S = std::set<std::string>;
  const S all = {"compute", "gpu_hours", "energy", "co2e", "water", "cost"};
  CHECK(moved_by("model.params_active") == all);
  CHECK(moved_by("training.tokens") == all);
  CHECK(moved_by("training.mfu") == S{"gpu_hours", "energy", "co2e", "water", "cost"});
  CHECK(moved_by("training.pue") == S{"energy", "co2e", "water"});
  CHECK(moved_by("training.power_w") == S{"energy", "co2e", "water"});
  CHECK(moved_by("training.grid_gco2e_per_kwh") == S{"co2e"});
  CHECK(moved_by("training.embodied_kgco2e_per_accelerator") == S{"co2e"});
  CHECK(moved_by("training.wue_onsite_l_per_kwh") == S{"water"});
  CHECK(moved_by("training.water_offsite_l_per_kwh") == S{"water"});
  CHECK(moved_by("training.gpu_hour_price_usd") == S{"cost"});
  CHECK(moved_by("inference.utilization").empty());  // per-query bars: every inference input (card.cpp)
}

TEST_CASE("metric registry: the URL's metric names and the claim's outputs come from one table") {
  std::size_t n = 0;
  const char* const* names = metric_names(&n);
  REQUIRE(n == 6);
  CHECK(std::string(names[0]) == "compute");
  CHECK(std::string(names[5]) == "cost");
  CHECK(is_known_metric("co2e"));
  CHECK(is_known_metric("inference.energy_wh_per_query"));
  CHECK_FALSE(is_known_metric("carbon"));
  const auto& outs = claim_outputs();
  const std::set<std::string> unique(outs.begin(), outs.end());
  CHECK(unique.size() == outs.size());
  for (const char* key : {"training.gpu_hours", "training.co2e_total_kg", "training.co2e_kg", "training.cost_usd",
                          "inference.energy_wh_per_query", "inference.water_ml_per_query"})
    CHECK(unique.count(key) == 1);
}
