#include "ui/uncertainty_state.h"

#include <algorithm>
#include <chrono>

#include "ui/app_state.h"

namespace modelwatt {
namespace {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

std::vector<Scenario> slot_scenarios(const AppState& app) {
  std::vector<Scenario> out;
  for (const EditSlot& s : app.edit.slots) out.push_back(s.scenario);
  return out;
}

bool covers(const std::vector<const OutputField*>& have, const std::vector<const OutputField*>& want) {
  for (const OutputField* f : want)
    if (std::find(have.begin(), have.end(), f) == have.end()) return false;
  return true;
}

int slot_of(const AppState& app, const char* preset, int fallback) {
  for (int i = 0; i < static_cast<int>(app.edit.slots.size()); ++i)
    if (app.edit.slots[i].preset == preset) return i;
  return fallback;
}

std::string claim_key(const ClaimState& c) {
  return std::to_string(c.a) + "|" + std::to_string(c.b) + "|" + c.metric + "|" + claim_op_symbol(c.op) + "|" +
         std::to_string(c.ratio) + "|" + std::to_string(c.tolerance);
}

}  // namespace

const std::vector<const OutputField*>& chart_metrics() {
  static const std::vector<const OutputField*> fields = [] {
    std::vector<const OutputField*> v;
    for (const char* key : {"training.flops", "training.gpu_hours", "training.energy_kwh", "training.co2e_total_kg",
                            "training.water_l", "training.cost_usd", "training.co2e_kg"})
      v.push_back(find_output_field(key));
    return v;
  }();
  return fields;
}

const IntervalSet& ensure_intervals(AppState* app, const std::vector<const OutputField*>& metrics, bool live) {
  IntervalCache& c = app->uncertainty.intervals;
  const int samples = live ? kLiveSamples : kDefaultSamples;
  // A live run is good enough while the drag lasts; the first frame after release upgrades it.
  const bool stale = c.version != app->version || !covers(c.metrics, metrics) || (c.samples < samples && !live);
  if (!stale) return c.set;
  const double t0 = now_ms();
  UncertaintyOptions opt;
  opt.samples = samples;
  opt.seed = kDisplaySeed;
  opt.metrics = metrics;
  c.set = estimate_intervals(slot_scenarios(*app), opt);
  c.version = app->version;
  c.samples = opt.samples;
  c.metrics = metrics;
  c.ms = now_ms() - t0;
  ++c.computes;
  app->uncertainty.last_ms = c.ms;
  return c.set;
}

double time_intervals(const AppState& app, int samples, const std::vector<const OutputField*>& metrics) {
  const std::vector<Scenario> scenarios = slot_scenarios(app);
  UncertaintyOptions opt;
  opt.samples = samples;
  opt.seed = kDisplaySeed;
  opt.metrics = metrics;
  const double t0 = now_ms();
  const IntervalSet set = estimate_intervals(scenarios, opt);
  const double ms = now_ms() - t0;
  return set.results.empty() ? 0 : ms;  // uses the set: the run cannot be optimized away
}

const std::vector<Tornado>& ensure_tornado(AppState* app, int si) {
  TornadoCache& c = app->uncertainty.tornado;
  if (c.version == app->version && c.slot == si) return c.tornadoes;
  const double t0 = now_ms();
  c.tornadoes = tornado(app->edit.slots[si].scenario);
  c.version = app->version;
  c.slot = si;
  c.ms = now_ms() - t0;
  app->uncertainty.last_ms = c.ms;
  return c.tornadoes;
}

Claim claim_of(const ClaimState& c) {
  Claim claim;
  claim.metric = c.metric;
  claim.field = find_output_field(c.metric);
  claim.op = c.op;
  claim.ratio = c.ratio;
  claim.tolerance = c.tolerance;
  return claim;
}

void init_claim(AppState* app) {
  ClaimState& c = app->uncertainty.claim;
  const int n = static_cast<int>(app->edit.slots.size());
  c.a = slot_of(*app, "deepseek-v3", 0);
  c.b = slot_of(*app, "llama-3.1-405b", n > 1 ? (c.a == 0 ? 1 : 0) : 0);
  c.initialized = true;
  c.version = -1;
}

const ClaimState& ensure_claim(AppState* app) {
  ClaimState& c = app->uncertainty.claim;
  const int n = static_cast<int>(app->edit.slots.size());
  if (!c.initialized || c.a >= n || c.b >= n) init_claim(app);
  const std::string key = claim_key(c);
  if (c.version == app->version && c.key == key) return c;
  const double t0 = now_ms();
  const Claim claim = claim_of(c);
  UncertaintyOptions opt;
  opt.seed = kDisplaySeed;
  Error e;
  c.result = ClaimResult{};
  c.ok = claim.field && check_claim(app->edit.slots[c.a].scenario, app->edit.slots[c.b].scenario, claim, opt, &c.result, &e);
  c.error = c.ok ? "" : e.message();
  c.warned = c.ok && dominant_assumption(app->edit.slots[c.a].scenario, app->edit.slots[c.b].scenario, c.result, &c.warning);
  if (c.key != key) c.aligned.clear();  // another claim: the note about the last alignment no longer applies
  c.version = app->version;
  c.key = key;
  c.ms = now_ms() - t0;
  app->uncertainty.last_ms = c.ms;
  return c;
}

}  // namespace modelwatt
