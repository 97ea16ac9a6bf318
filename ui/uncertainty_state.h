// The app's cache of what the core says about uncertainty: Monte Carlo intervals for the bars on
// screen (whiskers), tornado rows for one scenario, and the "Check a claim" result. Everything is
// recomputed only when its inputs change (AppState::version, the metrics asked for, the claim), never
// per frame: an idle app does no Monte Carlo work and asks for no frames.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/claim_warning.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"

namespace modelwatt {

struct AppState;

// While a widget is held (a slider dragged, a field typed in), intervals use fewer samples so each
// change stays a few ms in the browser; on release the full count runs once (see ensure_intervals).
inline constexpr int kLiveSamples = 2000;
inline constexpr std::uint64_t kDisplaySeed = 1;  // fixed: the whiskers never flicker between frames

struct IntervalCache {
  int version = -1;                          // AppState::version the set belongs to
  int samples = 0;
  std::vector<const OutputField*> metrics;   // what was computed (others are null in `set`)
  IntervalSet set;
  double ms = 0;                             // core time of the last recompute
  int computes = 0;                          // how many times it ran (tests: never per frame)
};

struct TornadoCache {
  int version = -1, slot = -1;
  std::vector<Tornado> tornadoes;  // tornado(scenario of `slot`)
  double ms = 0;
};

struct ClaimState {
  bool initialized = false;
  int a = 0, b = 1;                           // slot indices
  std::string metric = "training.gpu_hours";
  ClaimOp op = ClaimOp::at_most;
  double ratio = 0.1;
  double tolerance = kDefaultTolerance;
  std::string ratio_text, tolerance_text;     // edit buffers ("" = show the value)
  bool ratio_bad = false, tolerance_bad = false;  // the buffer is not a number > 0 (value unchanged)
  // Cache key of `result`: the version and the claim as it was checked.
  int version = -1;
  std::string key;
  bool ok = false;
  ClaimResult result;
  std::string error;
  double ms = 0;
  bool warned = false;       // a dominant assumption the two sides set differently (core/claim_warning.h)
  ClaimWarning warning;
  std::string aligned;       // what the last "Use the same value on both sides" changed, until the next check
};

struct UncertaintyState {
  IntervalCache intervals;
  TornadoCache tornado;
  ClaimState claim;
  std::string tornado_metric = "training.gpu_hours";
  double last_ms = 0;  // the last Monte Carlo / sensitivity run of any kind (frame timing hook)
};

// The training metrics of the Compare charts (and the tornado view), in chart order, then
// training.co2e_kg: the stand-in bar when the total is null. One Monte Carlo run covers them all.
const std::vector<const OutputField*>& chart_metrics();

// The intervals of every slot for `metrics`, recomputed when results changed, a metric is missing, or
// the last run was a live (reduced) one and `live` is now false. `live`: a widget is being dragged.
const IntervalSet& ensure_intervals(AppState* app, const std::vector<const OutputField*>& metrics, bool live);
// Tornado data for slot `si`, recomputed when results changed.
const std::vector<Tornado>& ensure_tornado(AppState* app, int si);
// Checks app->uncertainty.claim against the current slots when it or the results changed.
const ClaimState& ensure_claim(AppState* app);
// The claim the state describes, as core/claim.h takes it.
Claim claim_of(const ClaimState& c);
// Times one estimate_intervals() run over the slots as they are (ms), without touching the cache:
// the budget probe behind window.modelwatt.intervalsMs() and the native timing test.
double time_intervals(const AppState& app, int samples, const std::vector<const OutputField*>& metrics);
// Points the claim at DeepSeek-V3 vs Llama 3.1 405B when both are on screen (the seed claim),
// else at the first two slots.
void init_claim(AppState* app);

}  // namespace modelwatt
