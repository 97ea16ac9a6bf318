// A range instead of a point ({"low", "mode", "high", "dist"}, docs/scenario-extensions.md).
#pragma once
#include <string>

#include "core/catalog.h"
#include "core/fields.h"
#include "core/json_read.h"

namespace modelwatt {

// {"low", "high"} uniform, {"low", "mode", "high"} triangular, "dist": "loguniform" for positive bounds.
// Each bound obeys the field's rule. *point gets the point value: the mode, else the midpoint, or the
// geometric mean sqrt(low × high) for loguniform (its median); whole-number fields round it. On error
// returns false with *key the offending key ("low", "dist", …) and *why the reason.
bool parse_range(const Json& v, const NumberField& f, Range* r, double* point, std::string* key,
                 std::string* why);

}  // namespace modelwatt
