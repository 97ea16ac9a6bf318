#include "core/rng.h"

namespace modelwatt {
namespace {

// ln 2 split so that k × kLn2Hi is exact for |k| < 2^11.
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kSqrtHalf = 0.70710678118654752440;

}  // namespace

// ln x = e ln 2 + ln m with m in [√½, √2): ln m = 2 atanh(s), s = (m - 1)/(m + 1), |s| < 0.172, and
// the odd series s + s³/3 + … + s²³/23 is below 1e-17 relative error there.
double portable_log(double x) {
  if (!(x > 0) || std::isinf(x)) return x == 0 ? -HUGE_VAL : x > 0 ? x : std::nan("");
  int e = 0;
  double m = std::frexp(x, &e);  // exact: x = m × 2^e, m in [0.5, 1)
  if (m < kSqrtHalf) {
    m *= 2;
    --e;
  }
  const double s = (m - 1) / (m + 1), s2 = s * s;
  double p = 1.0 / 23;
  for (int k = 21; k >= 1; k -= 2) p = p * s2 + 1.0 / k;
  const double ln_m = 2 * s * p;
  return e * kLn2Hi + (ln_m + e * kLn2Lo);
}

// e^x = 2^k e^r with k = round(x / ln 2), |r| <= ln2/2; Taylor to r^14/14! (error < 1e-17).
double portable_exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 709.78) return HUGE_VAL;
  if (x < -745.2) return 0;
  const double k = std::floor(x * 1.44269504088896338700 + 0.5);
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  double p = 1.0;
  for (int n = 14; n >= 1; --n) p = 1.0 + p * r / n;
  return std::ldexp(p, static_cast<int>(k));
}

}  // namespace modelwatt
