// The values a number field's "−" and "+" buttons (and the arrow keys in the field) step to. A step
// is a committed edit like any typed value: the face sends its text and the core validates it.
//   fractions (MFU, utilization) and PUE: ±0.01, within the field's bounds;
//   accelerator counts: the next power of two (256 → 512 or 128), the sizes clusters come in;
//   other quantities: one unit of the second significant digit, on that grid (700 W → 710 / 690,
//   705 W → 710 / 700), in the unit the field is typed in (parameters in billions, tokens in
//   trillions), so a step never jumps a decade.
#pragma once
#include <string>

#include "core/units.h"

namespace modelwatt {

struct FieldSteps {
  double down = kNone;  // kNone: no step that way (at the field's bound, or the field is not set)
  double up = kNone;
};

// Steps from `value` for the number field at `path` ("training.pue"); both kNone for an unknown path
// or an absent value.
FieldSteps field_steps(const std::string& path, double value);

}  // namespace modelwatt
