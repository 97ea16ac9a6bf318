// Double -> decimal digits exactly as nlohmann/json's dump writes them, so that Json::dump (and so
// every CLI output) keeps nlohmann's digits: its Grisu2 (Loitsch, PLDI 2010), which is not always the
// shortest (2e23's double dumps as 1.9999999999999998e+23). The algorithm is nlohmann's own header,
// read at build time from Debian's nlohmann-json3-dev (MIT), not copied here; only its number printer
// is used, header-only, so nothing else of the library reaches the build.
#include "core/json/grisu2.h"

#include <cmath>
#include <nlohmann/detail/conversions/to_chars.hpp>

namespace modelwatt {

ShortestDecimal grisu2_decimal(double v) {
  ShortestDecimal d;
  d.digits[0] = '0';
  d.length = 1;
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return d;
  d.length = 0;  // grisu2 appends from here (at most 17 digits)
  nlohmann::detail::dtoa_impl::grisu2(d.digits, d.length, d.exponent, v);
  return d;
}

}  // namespace modelwatt
