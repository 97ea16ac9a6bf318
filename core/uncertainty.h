// Honest uncertainty: Monte Carlo intervals for every output of N scenarios.
//
// For the faces (app whiskers, embed card sentence, CLI), one call:
//
//   IntervalSet set = estimate_intervals(scenarios, {samples, seed});
//   set.results[i].of(field)  -> {p5, p50, p95} of output `field` (an output_fields() entry) of scenario i
//   set.comparison[i].of(f)   -> the same for the ratio scenario i / scenario 0, sample by sample
//
// Tornado rows: core/sensitivity.h (tornado()); claims: core/claim.h (check_claim()).
//
// What is sampled: every range the user gave ({"low","mode","high","dist"} in the scenario) and, unless
// options.catalog_ranges is false, the ranges the catalog gives for its assumptions (see
// sampling_range()). Ranges are uniform, triangular (mode given) or loguniform. An input with the same
// path and range in several scenarios is drawn once per sample for all of them (common random
// numbers), so a ratio between scenarios is not blurred by an assumption they share.
//
// Determinism: sample i of an input is a pure function of (seed, path, range, i) through a
// counter-based SplitMix64 stream and hand-written inverse CDFs (core/rng.h); estimate() is + - * /
// only and the core is compiled without FMA contraction, so native and wasm give the same bits.
//
// Quantiles: type 7 (linear interpolation between order statistics, numpy's default) over the
// samples where the output is defined. An output null at the point estimate has a null interval; one
// undefined in more than half of the samples (e.g. a ratio whose denominator can be 0) too. Without
// any range, every interval collapses exactly to the point value.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/result.h"
#include "core/sampling.h"

namespace modelwatt {

struct Interval {
  double p5 = kNone, p50 = kNone, p95 = kNone;
  bool present() const { return has(p50); }
};

// The intervals of one scenario's outputs, index-parallel to output_fields().
struct ResultIntervals {
  std::string label;
  bool training = false, inference = false, lifecycle = false;  // sections present, as in Result
  bool phases = false;  // inference by phases: its outputs are present (InferenceResult::phases)
  std::vector<Interval> outputs;
  const Interval& of(const OutputField& f) const;
  const Interval* find(const std::string& dotted) const;  // "training.gpu_hours"; nullptr when unknown
  bool section_present(OutputSection s) const;
  bool present(const OutputField& f) const;  // as output_present()
};

struct IntervalSet {
  std::vector<ResultIntervals> results;     // one per scenario, input order
  std::vector<ResultIntervals> comparison;  // results[i] / results[0] per sample; only with >= 2 scenarios
  std::vector<UncertainInput> inputs;       // what was sampled (empty: intervals are the points)
  int samples = 0;
  std::uint64_t seed = 0;
  // Set when a sample of an output or ratio is not a finite number (issue 11): "result too large",
  // naming the sampled input farthest from 1 in orders of magnitude. The intervals are then empty;
  // faces report the error instead of drawing anything.
  Error error;
  bool ok() const { return error.reason.empty(); }
};

IntervalSet estimate_intervals(const std::vector<Scenario>& scenarios, const UncertaintyOptions& options = {});

// p5, p50 and p95 of values[0..n) (type 7 over the non-null values; reorders `values`).
Interval interval_of(double* values, std::size_t n);

// The p-quantile (type 7) of values[0..n), all non-null; reorders `values`. For tests and claims.
double quantile_of(double* values, std::size_t n, double p);

}  // namespace modelwatt
