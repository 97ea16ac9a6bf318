// The uncertainty faces headless: whiskers are the core's intervals, recomputed only when inputs
// change (never per frame), the Uncertainty view (claim + tornado) in both languages, and the time
// a change costs with and without intervals (reported as MESSAGE).
#include <doctest/doctest.h>

#include <chrono>

#include "core/catalog.h"
#include "imgui.h"
#include "ui/charts.h"
#include "tests/ui/headless.h"
#include "ui/ui.h"

using namespace modelwatt;

namespace {

using test::Headless;
using test::frame;

std::vector<Scenario> scenarios_of(const AppState& app) {
  std::vector<Scenario> out;
  for (const EditSlot& s : app.edit.slots) out.push_back(s.scenario);
  return out;
}

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("whiskers on the Compare charts are the core's p5-p95, computed once per change") {
  Headless ctx;
  AppState app;
  init_app_state(&app, builtin_catalog());
  for (int i = 0; i < 3; ++i) frame(&app, 1280, 800, 1);
  UncertaintyOptions opt;
  opt.samples = kDefaultSamples;
  opt.seed = kDisplaySeed;
  opt.metrics = chart_metrics();
  const IntervalSet core = estimate_intervals(scenarios_of(app), opt);
  int whiskers = 0;
  for (const char* key : {"training.energy_kwh", "training.co2e_total_kg", "training.water_l", "training.gpu_hours"}) {
    const ChartLayout* lay = last_chart_layout(key);
    REQUIRE(lay);
    REQUIRE(lay->bars.size() == app.edit.slots.size());
    for (std::size_t i = 0; i < lay->bars.size(); ++i) {
      const Interval& v = *core.results[i].find(key);
      CHECK(lay->bars[i].low == v.p5);  // the same bits: same samples, seed and metrics
      CHECK(lay->bars[i].high == v.p95);
      whiskers += lay->bars[i].whisker && v.p5 != v.p95;
    }
  }
  CHECK(whiskers >= 3);  // DeepSeek-V3's undisclosed PUE, water and grid do spread
  // Idle frames: no recompute and no request for more frames.
  const int computes = app.uncertainty.intervals.computes;
  for (int i = 0; i < 30; ++i) CHECK_FALSE(frame(&app, 1280, 800, 1));
  CHECK(app.uncertainty.intervals.computes == computes);
  // A change: exactly one recompute, and the whisker follows it.
  REQUIRE(set_field(&app, 0, "training", "pue", 1.5));
  for (int i = 0; i < 5; ++i) frame(&app, 1280, 800, 1);
  CHECK(app.uncertainty.intervals.computes == computes + 1);
  CHECK(last_chart_layout("training.energy_kwh")->bars[0].low == doctest::Approx(app.edit.slots[0].result.training.energy_kwh));
}

TEST_CASE("live (dragging) intervals use fewer samples, the full count follows on release") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  ensure_intervals(&app, chart_metrics(), false);
  CHECK(app.uncertainty.intervals.samples == kDefaultSamples);
  REQUIRE(set_field(&app, 0, "training", "pue", 1.2));
  ensure_intervals(&app, chart_metrics(), true);
  CHECK(app.uncertainty.intervals.samples == kLiveSamples);
  const int computes = app.uncertainty.intervals.computes;
  ensure_intervals(&app, chart_metrics(), true);  // still dragging, nothing changed: cached
  CHECK(app.uncertainty.intervals.computes == computes);
  ensure_intervals(&app, chart_metrics(), false);  // released: the full count, once
  CHECK(app.uncertainty.intervals.samples == kDefaultSamples);
  ensure_intervals(&app, chart_metrics(), false);
  CHECK(app.uncertainty.intervals.computes == computes + 1);
}

TEST_CASE("the seed claim: DeepSeek-V3 at most 0.1x the GPU-hours of Llama 3.1 405B") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  const ClaimState& c = ensure_claim(&app);
  REQUIRE(c.ok);
  CHECK(c.metric == "training.gpu_hours");
  CHECK(c.op == ClaimOp::at_most);
  CHECK(c.ratio == 0.1);
  ClaimResult direct;
  Error e;
  UncertaintyOptions opt;
  opt.seed = kDisplaySeed;
  // DeepSeek-V3 (A) against Llama 3.1 405B (B, the baseline in slot 0).
  REQUIRE(app.edit.slots[c.a].preset == "deepseek-v3");
  REQUIRE(app.edit.slots[c.b].preset == "llama-3.1-405b");
  REQUIRE(check_claim(app.edit.slots[c.a].scenario, app.edit.slots[c.b].scenario, claim_of(c), opt, &direct, &e));
  CHECK(c.result.probability == direct.probability);
  CHECK(c.result.ratio.p95 == direct.ratio.p95);
  CHECK(c.result.verdict == Verdict::supported);
  CHECK(claim_sentence(claim_of(c), c.result, Lang::it).find("confermata") != std::string::npos);
}

TEST_CASE("Uncertainty view: claim and tornado charts in both languages, every op, phone to monitor") {
  Headless ctx;
  AppState app;
  init_app_state(&app, builtin_catalog());
  add_slot(&app);
  add_slot(&app);
  app.panel = Panel::uncertainty;
  const float sizes[][3] = {{390, 844, 3}, {1280, 800, 1}, {2560, 1440, 2}};
  for (Lang lang : {Lang::en, Lang::it})
    for (ClaimOp op : {ClaimOp::at_most, ClaimOp::at_least, ClaimOp::about})
      for (const auto& s : sizes) {
        app.lang = lang;
        app.uncertainty.claim.op = op;
        for (int i = 0; i < 3; ++i) frame(&app, s[0], s[1], s[2]);
        CHECK(ImGui::GetDrawData()->TotalVtxCount > 500);
        CHECK(app.uncertainty.claim.ok);
      }
  // Tornado rows are the core's, for the scenario picked.
  app.active_slot = 1;
  frame(&app, 1280, 800, 1);
  CHECK(app.uncertainty.tornado.slot == 1);
  CHECK(app.uncertainty.tornado.tornadoes.size() == tornado(app.edit.slots[1].scenario).size());
  // Hover every row (tooltips of tornado bars, the claim plot), then stay idle: no more frames asked.
  for (int y = 0; y < 800; y += 8) frame(&app, 1280, 800, 1, ImVec2(200 + float(y % 900), float(y)));
  for (int i = 0; i < 3; ++i) frame(&app, 1280, 800, 1);
  CHECK_FALSE(frame(&app, 1280, 800, 1));
  // A claim on a removed scenario falls back to the first two; one scenario: nothing to compare.
  app.uncertainty.claim.b = 3;
  remove_slot(&app, 3);
  frame(&app, 1280, 800, 1);
  CHECK(app.uncertainty.claim.b < static_cast<int>(app.edit.slots.size()));
  while (app.edit.slots.size() > 1) remove_slot(&app, 1);
  for (int i = 0; i < 3; ++i) frame(&app, 390, 844, 3);
  app.panel = Panel::compare;
  for (int i = 0; i < 3; ++i) frame(&app, 390, 844, 3);
}

TEST_CASE("core time per change, with and without intervals (4 scenarios)") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  add_slot(&app);
  add_slot(&app);
  REQUIRE(app.edit.slots.size() == 4);
  const int n = 20;
  double point = 0, live = 0, full = 0, one_metric = 0, all = 0;
  for (int i = 0; i < n; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    set_field(&app, 0, "training", "pue", 1.1 + 0.01 * i);
    point += ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    ensure_intervals(&app, chart_metrics(), true);
    live += ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    ensure_intervals(&app, chart_metrics(), false);
    full += ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    ensure_intervals(&app, {find_output_field("inference.energy_wh_per_query")}, false);
    one_metric += ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    UncertaintyOptions opt;
    estimate_intervals(scenarios_of(app), opt);
    all += ms_since(t0);
  }
  MESSAGE("ms per change, 4 scenarios: point estimate " << point / n << "; + intervals of the 7 chart metrics: "
          << kLiveSamples << " samples " << live / n << ", " << kDefaultSamples << " samples " << full / n
          << "; 1 metric (inference chart) " << one_metric / n << "; all outputs " << all / n);
  // Reported only: timings are benchmarks, never test thresholds (the machine is shared).
}

TEST_CASE("the claim panel warns about a dominant assumption and aligns it (issue 10)") {
  Headless ctx;
  AppState app;
  init_app_state(&app, builtin_catalog());
  Json j;
  std::string why;
  REQUIRE(parse_json(R"({"scenarios": [{"preset": "deepseek-v3"}, {"preset": "gpt-4o-epoch-2025"}]})", &j, &why));
  REQUIRE(load_comparison_json(&app.edit, j) == "");
  ++app.version;
  app.panel = Panel::uncertainty;
  ClaimState& c = app.uncertainty.claim;
  c.initialized = true;
  c.a = 0;
  c.b = 1;
  c.metric = "inference.energy_wh_per_query";
  for (int i = 0; i < 2; ++i) frame(&app, 1280, 800, 1);
  REQUIRE(c.warned);
  CHECK(c.warning.input == "inference.input_tokens");  // DeepSeek's 0–10,000 against Epoch's 0
  const EditOutcome o = commit_align(&app, 0, 1, c.warning.input);
  REQUIRE(o.ok);
  ensure_claim(&app);
  CHECK_FALSE((c.warned && c.warning.input == "inference.input_tokens"));
  CHECK(app.edit.slots[1].scenario.inference.input_tokens == 500);
  for (Lang lang : {Lang::en, Lang::it}) {
    app.lang = lang;
    for (int i = 0; i < 2; ++i) frame(&app, 390, 844, 3);
  }
}
