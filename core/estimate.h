// Scenario -> outputs. Pure arithmetic on plain numbers; no allocation on the hot path.
#pragma once
#include <string>
#include <vector>

#include "core/result.h"
#include "core/scenario.h"

namespace modelwatt {

Result estimate(const Scenario& s);

// One line of "show your work": an output (or a resolved input) with its formula and the
// values plugged in.
struct Term {
  const char* name;
  double value;
  Unit unit;
};
struct Step {
  std::string key;      // "training.energy_kwh"
  double value = kNone;
  Unit unit = Unit::none;
  std::string formula;  // "gpu_hours × power_w / 1000"
  std::vector<Term> terms;
};

// The same computation as estimate(), recording every step in order.
Result estimate_traced(const Scenario& s, std::vector<Step>* steps);

}  // namespace modelwatt
