// Intervals and tornado rows -> JSON and text, for `modelwatt estimate --samples` and
// `modelwatt explain --sensitivity` (and any face that wants the same shapes).
#pragma once
#include <string>
#include <vector>

#include "core/format.h"
#include "core/json_read.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"

namespace modelwatt {

// {"training": {"gpu_hours": {"p5", "p50", "p95"}, ...}, ...}: the sections and keys of the point
// result; null where the output is null.
Json intervals_to_json(const ResultIntervals& r);

// Adds results[i].intervals, "comparison_intervals" (with >= 2 scenarios) and "uncertainty"
// ({"samples", "seed", "inputs": [{"path", "range", "scenarios"}]}) to an estimate_to_json() object.
void add_intervals_to_json(const IntervalSet& set, Json* estimate_json);

// A range as the scenario format writes it: {"low", "mode"?, "high", "dist"?}.
Json range_to_json(const Range& r);

// {"training.energy_kwh": {"point", "unit", "rows": [{"input", "input_low", "input_high",
// "output_low", "output_high", "share"}]}, ...}; outputs without uncertain inputs are left out.
Json tornado_to_json(const std::vector<Tornado>& t);

// "training.energy_kwh = 2.15 GWh" then one line per driver:
// "  training.pue 1.12 … 1.49  ->  1.93 GWh … 2.56 GWh  (62%)".
std::string tornado_text(const std::vector<Tornado>& t, Lang lang);

}  // namespace modelwatt
