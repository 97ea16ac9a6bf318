#include "core/edit/stepper.h"

#include <cmath>

#include "core/edit/refresh.h"
#include "core/fields.h"
#include "core/json/decimal.h"

namespace modelwatt {
namespace {

constexpr double kEps = 1e-9;  // values typed on the grid (0.4 = 40 × 0.01) stay on it

// Moves `v` one `step` along the grid of multiples of `step`, snapping off-grid values first.
FieldSteps on_grid(double v, double step) {
  FieldSteps s;
  s.up = (std::floor(v / step + kEps) + 1) * step;
  s.down = (std::ceil(v / step - kEps) - 1) * step;
  return s;
}

FieldSteps powers_of_two(double v) {
  FieldSteps s;
  const double e = std::log2(v);
  s.up = std::exp2(std::floor(e + kEps) + 1);
  s.down = std::exp2(std::ceil(e - kEps) - 1);
  if (s.down < 1) s.down = kNone;
  return s;
}

FieldSteps magnitude(double v, bool allow_zero) {
  if (v == 0) return {kNone, 1};
  const double step = power_of_ten(static_cast<int>(std::floor(std::log10(v))) - 1);
  FieldSteps s = on_grid(v, step);
  // 100 → 90 steps with the smaller decade's grid; never to zero or below unless the field allows 0
  if (s.down <= 0) s.down = allow_zero ? 0 : kNone;
  return s;
}

// Rounds away the float noise of the grid (0.41000000000000003) at 12 significant digits.
double tidy(double x) {
  if (x == 0 || !std::isfinite(x)) return x;  // a step past the largest double: no int exponent
  const double m = power_of_ten(11 - static_cast<int>(std::floor(std::log10(std::fabs(x)))));
  return std::round(x * m) / m;
}

}  // namespace

FieldSteps field_steps(const std::string& path, double value) {
  const NumberField* f = find_field_by_path(path);
  if (!f || !has(value) || !std::isfinite(value) || value < 0) return {};
  const double scale = input_scale(path).factor;
  const double v = value / scale;
  FieldSteps s;
  switch (f->rule) {
    case Rule::fraction:
      s = on_grid(v, 0.01);
      if (s.up > 1 + kEps) s.up = kNone;
      if (s.down < 0.01 - kEps) s.down = kNone;
      break;
    case Rule::at_least_one:
      s = on_grid(v, 0.01);
      if (s.down < 1 - kEps) s.down = kNone;
      break;
    case Rule::positive_integer:
      if (v < 1) return {};
      s = powers_of_two(v);
      break;
    default:
      if (f->unit == Unit::ratio) {  // overheads and other shares: by 0.01 from 0 as well
        s = on_grid(v, 0.01);
        if (s.down < -kEps) s.down = kNone;
        break;
      }
      s = magnitude(v, f->rule == Rule::non_negative);
  }
  for (double* x : {&s.down, &s.up})
    if (has(*x)) *x = tidy(*x) * scale;
  return s;
}

}  // namespace modelwatt
