// Which inputs of a set of scenarios are uncertain, and evaluating the scenarios at given values of
// them. The building block of intervals (core/uncertainty.h), tornado rows (core/sensitivity.h)
// and the claim checker (core/claim.h); faces use those, not this.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/estimate.h"
#include "core/fields.h"

namespace modelwatt {

struct UncertaintyOptions {
  int samples = 10000;      // 1 … 1,000,000
  std::uint64_t seed = 1;   // any value; the same seed gives the same bits on every platform
  bool catalog_ranges = true;  // also sample the ranges the catalog gives for its assumptions
  // estimate_intervals() only: the outputs to compute intervals for (others stay null); empty: all.
  // A face redrawing one chart while a slider moves asks for that chart's metric only.
  std::vector<const OutputField*> metrics;
};
inline constexpr int kDefaultSamples = 10000;
inline constexpr int kMaxSamples = 1000000;
// Bounded work (issue 11): one Monte Carlo run keeps about 160 bytes per sample per scenario, so
// samples × scenarios is capped at 2,000,000 (at most ~320 MB; a two-scenario claim or comparison
// may use the full 1,000,000 samples). Requests over it are refused, never attempted.
inline constexpr long long kMaxSampleBudget = 2000000;
// The budget's reason, or "" when `samples` × `scenarios` fits: "--samples: 1000000 samples × 3 ...".
std::string sample_budget_error(long long samples, long long scenarios);

// One uncertain input. Scenarios that have the same field path with the same range share it: one draw
// per sample for all of them (common random numbers), so noise that cancels in a ratio between
// scenarios does cancel.
struct UncertainInput {
  std::string path;  // "training.pue"
  Range range;
  const NumberField* field = nullptr;
  std::uint64_t key = 0;        // random stream of this input (seed, path and range)
  std::vector<int> scenarios;   // indices of the scenarios using it
};

// The range an input of `s` is sampled from, or nullptr when it is a point: a range the user gave
// (Scenario::ranges) first; else, when `catalog_ranges`, the range of its catalog provenance (preset
// or region) -- but only if that range contains the value actually used, since a range around some
// other value would describe a different assumption.
const Range* sampling_range(const Scenario& s, const NumberField& f, bool catalog_ranges);

// Evaluates N scenarios at chosen values of their uncertain inputs. Holds a working copy of each
// scenario, so evaluation allocates nothing.
class Sampler {
 public:
  Sampler(const std::vector<Scenario>& scenarios, const UncertaintyOptions& options);
  Sampler(const Sampler&) = delete;  // bindings point into work_
  Sampler& operator=(const Sampler&) = delete;

  const std::vector<UncertainInput>& inputs() const { return inputs_; }
  std::size_t scenario_count() const { return work_.size(); }

  // values[d] for every input d at Monte Carlo sample i.
  void draw(std::uint64_t i, double* values) const;
  // The p-quantile of input d's own distribution (for tornado bars).
  double input_quantile(std::size_t d, double p) const;
  // results[s] = estimate of scenario s with every uncertain input set to values[d].
  void evaluate(const double* values, Result* results);
  // results[s] = estimate of scenario s at its point values, except input d set to `value`.
  void evaluate_one(std::size_t d, double value, Result* results);
  // results[s] = point estimates (labels included).
  void evaluate_point(Result* results) const;

 private:
  struct Binding {  // one uncertain field of one scenario, resolved once so a sample is a store
    double* slot;    // the field in work_[s]
    double point;    // its point value
    int input;
    bool whole;      // whole-number field: draws are rounded
  };
  void apply(std::size_t s, const double* values, long only);
  std::vector<Scenario> original_, work_;
  std::vector<std::vector<Binding>> bindings_;  // per scenario
  std::vector<char> tie_active_;  // params_active follows params_total (dense model given as a range)
  std::vector<UncertainInput> inputs_;
};

}  // namespace modelwatt
