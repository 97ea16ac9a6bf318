// Sensitivity: which uncertain inputs drive each output (tornado chart data).
//
// Method: one-at-a-time swings. Each uncertain input is moved to its own p5 and then its p95 with
// every other input at its point value; the output's two values are the ends of that input's
// tornado bar. Rows are ranked by swing |output_high - output_low|, and share = swing² / Σ swing² is
// the part of the output's spread the input explains to first order (exact for a sum; for the
// products that dominate footprints it ranks inputs the same as the variance of the log). Chosen
// over rank correlations because it is deterministic, needs 2 evaluations per input instead of a
// Monte Carlo run, and gives the faces bar ends in output units directly.
//
// For the faces: tornado(scenario) -> one Tornado per output defined at the point estimate.
#pragma once
#include <string>
#include <vector>

#include "core/sampling.h"

namespace modelwatt {

struct TornadoRow {
  std::string input;               // "training.pue"
  double input_low = kNone;        // the input's p5
  double input_high = kNone;       // the input's p95
  double output_low = kNone;       // the output with this input at its p5, the rest at point values
  double output_high = kNone;      // ... at its p95 (may be below output_low: the output falls)
  double share = 0;                // swing² / Σ swing², 0..1
};

struct Tornado {
  const OutputField* output = nullptr;
  double point = kNone;             // the point estimate: where the bars meet
  std::vector<TornadoRow> rows;     // largest swing first; inputs that do not move it are left out
};

// Tornado data for every output of `s` defined at its point estimate (outputs without uncertain
// inputs get an empty row list).
std::vector<Tornado> tornado(const Scenario& s, const UncertaintyOptions& options = {});

// Rows for a quantity computed from results (one value per scenario), e.g. a ratio between two
// scenarios for a claim. `value` gets the results of all scenarios in `sampler`.
template <class F>
std::vector<TornadoRow> tornado_rows(Sampler& sampler, F value);

}  // namespace modelwatt

#include "core/sensitivity_impl.h"
