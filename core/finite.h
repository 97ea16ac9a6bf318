// Nothing lies (issue 11): an output that is not a finite number is an input error, "result too
// large", never printed as null, "inf" or a garbled table cell. `null` stays for missing inputs only.
//
// Where it is checked: scenario parsing (point estimate, and each range bound one at a time, so a
// tornado bar is finite too), Monte Carlo intervals (every sample, core/uncertainty.h) and claims.
// The error names the input most likely to blame: the one farthest from 1 in orders of magnitude.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "core/result.h"
#include "core/scenario.h"

namespace modelwatt {

struct UncertainInput;

inline constexpr const char* kTooLarge = "result too large";

// The first output of r that is +-infinity; nullptr when every output is finite or null.
const OutputField* first_non_finite(const Result& r);
// The dotted path of the given numeric input of s farthest from 1 in orders of magnitude
// ("training.tokens"); "" when s has none.
std::string extreme_input(const Scenario& s);
// The same for sampled inputs: the path whose range bound is farthest from 1 ("training.pue").
std::string extreme_range_input(const std::vector<UncertainInput>& inputs);
// {prefix + input, "result too large (<output> is not a finite number)"}; prefix "" or "scenarios[1]".
Error too_large_error(const std::string& prefix, const std::string& input, const OutputField& output);
// Point estimate and every sampling range bound (one at a time) give finite outputs. `s` is changed
// while checking and restored.
bool check_finite_scenario(Scenario* s, const std::string& prefix, Error* error);

}  // namespace modelwatt
