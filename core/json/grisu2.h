// Double -> decimal digits exactly as nlohmann::json's dump wrote them (Grisu2), for Json::dump.
#pragma once
#include "core/json/decimal.h"

namespace modelwatt {

// v finite (any sign; the digits are of |v|): |v| ≈ digits × 10^exponent, round-trips, usually the
// shortest (not always: Grisu2 gives up some cases to stay in 64-bit integers).
ShortestDecimal grisu2_decimal(double v);

}  // namespace modelwatt
