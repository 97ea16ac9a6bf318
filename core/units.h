// Units and "no value". Units live in names (energy_kwh, power_w); a missing input or an output
// whose inputs are missing is kNone (NaN), which the JSON layer prints as null, never 0.
#pragma once
#include <cmath>
#include <limits>

namespace modelwatt {

inline constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
inline bool has(double x) { return !std::isnan(x); }

inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kSecondsPerHour = 3600.0;
inline constexpr double kTera = 1e12;

// Unit of a quantity, used to format it ("2.15 GWh") and to label fields.
enum class Unit {
  none, ratio, count, tokens, params, flops, tflops, seconds, hours, days, years, gpu_hours, watts,
  kwh, wh, g_per_kwh, kg, g, l_per_kwh, l, ml, usd, usd_per_hour, usd_per_kwh, per_day, kg_per_accelerator,
  bytes, joules, tokens_per_second, gb, tb_per_s,  // inference by phases
};

}  // namespace modelwatt
