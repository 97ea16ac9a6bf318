// "Show your work": each output with its formula, the values plugged in, and the inputs' sources.
#pragma once
#include <string>
#include <vector>

#include "core/estimate.h"
#include "core/format.h"

namespace modelwatt {

// "energy_kwh = energy_it_kwh × pue = 1.95 GWh × 1.1 = 2.15 GWh"
std::string step_text(const Step& step, Lang lang);

// The inputs a scenario used, one line each: "training.pue = 1.3 (assumed: …; sources: uptime)".
std::vector<std::string> input_lines(const Scenario& s, Lang lang);

// The whole explanation of one scenario: inputs, then every computed step in order.
std::string explain_text(const Scenario& s, Lang lang);

}  // namespace modelwatt
