#include "core/json/decimal.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "core/json/print_number.h"

namespace modelwatt {
namespace {

constexpr int kMaxDigits = 19;  // 10^19 - 1 < 2^64: every kept digit fits one uint64

// The significand and decimal exponent of a decimal text: value = mantissa × 10^exponent, or with
// more than 19 digits (mantissa × 10^extra_count + extra) × 10^(exponent - extra_count).
struct DecimalDigits {
  uint64_t mantissa = 0;
  int exponent = 0;
  int count = 0;  // significant digits kept in mantissa
  uint64_t extra = 0;
  int extra_count = 0;  // digits 20..38, so that long inputs still round correctly; later ones drop
};

// Powers of ten up to 10^22 are exact doubles (5^22 < 2^53): the fast path multiplies by them.
constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// A double-double: hi + lo with |lo| <= half an ulp of hi, about 106 significant bits.
struct DoubleDouble {
  double hi, lo;
};

// 10^(±2^k) rounded to double-double (hi = nearest double, lo = nearest double to the rest),
// computed exactly offline (Python fractions). Nine products reach any exponent up to 511.
constexpr DoubleDouble kPow10Up[] = {
    {0x1.4000000000000p+3, 0x0.0p+0},                   // 1e1
    {0x1.9000000000000p+6, 0x0.0p+0},                   // 1e2
    {0x1.3880000000000p+13, 0x0.0p+0},                  // 1e4
    {0x1.7d78400000000p+26, 0x0.0p+0},                  // 1e8
    {0x1.1c37937e08000p+53, 0x0.0p+0},                  // 1e16
    {0x1.3b8b5b5056e17p+106, -0x1.3107f00000000p+52},   // 1e32
    {0x1.84f03e93ff9f5p+212, -0x1.2ac340948e389p+157},  // 1e64
    {0x1.27748f9301d32p+425, -0x1.901cc86649e4ap+371},  // 1e128
    {0x1.54fdd7f73bf3cp+850, -0x1.7222446fe4670p+795},  // 1e256
};
constexpr DoubleDouble kPow10Down[] = {
    {0x1.999999999999ap-4, -0x1.999999999999ap-58},     // 1e-1
    {0x1.47ae147ae147bp-7, -0x1.eb851eb851eb8p-63},     // 1e-2
    {0x1.a36e2eb1c432dp-14, -0x1.6a161e4f765fep-68},    // 1e-4
    {0x1.5798ee2308c3ap-27, -0x1.03023df2d4c94p-82},    // 1e-8
    {0x1.cd2b297d889bcp-54, 0x1.5b4c2ebe68799p-109},    // 1e-16
    {0x1.9f623d5a8a733p-107, -0x1.a2cc10f3892d4p-161},  // 1e-32
    {0x1.50ffd44f4a73dp-213, 0x1.a53f2398d747bp-268},   // 1e-64
    {0x1.bba08cf8c979dp-426, -0x1.afa9c1a60497dp-480},  // 1e-128
    {0x1.8062864ac6f43p-851, 0x1.39fa911155ff0p-906},   // 1e-256
};

// Dekker's error-free product without FMA (wasm has none, and the core builds -ffp-contract=off):
// a × b = p + err exactly, as long as nothing overflows (callers keep |a|, |b| below ~1e290).
DoubleDouble two_product(double a, double b) {
  auto split = [](double x, double* h, double* l) {
    const double t = 134217729.0 * x;  // 2^27 + 1
    *h = t - (t - x);
    *l = x - *h;
  };
  double ah, al, bh, bl;
  split(a, &ah, &al);
  split(b, &bh, &bl);
  const double p = a * b;
  return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

DoubleDouble multiply(DoubleDouble a, DoubleDouble b) {
  DoubleDouble p = two_product(a.hi, b.hi);
  const double lo = p.lo + (a.hi * b.lo + a.lo * b.hi);
  const double hi = p.hi + lo;  // renormalise: hi is now hi + lo rounded once
  return {hi, lo - (hi - p.hi)};
}

// Reads sign-less digits with an optional '.', keeping the first 19 significant ones.
const char* read_digits(const char* p, const char* last, DecimalDigits* d, bool* any) {
  bool point = false;
  for (; p != last; ++p) {
    if (*p == '.' && !point) {
      point = true;
      continue;
    }
    if (*p < '0' || *p > '9') break;
    *any = true;
    const int digit = *p - '0';
    if (d->mantissa == 0 && digit == 0) {  // a leading zero only moves the point
      if (point) --d->exponent;
    } else if (d->count < kMaxDigits) {
      d->mantissa = d->mantissa * 10 + static_cast<uint64_t>(digit);
      ++d->count;
      if (point) --d->exponent;
    } else {
      if (d->extra_count < kMaxDigits)
        d->extra = d->extra * 10 + static_cast<uint64_t>(digit), ++d->extra_count;
      if (!point) ++d->exponent;
    }
  }
  return p;
}

// "e-12": returns past it, or `p` itself when no digit follows (strtod leaves a bare "e" unread).
const char* read_exponent(const char* p, const char* last, int* exponent) {
  if (p == last || (*p != 'e' && *p != 'E')) return p;
  const char* q = p + 1;
  bool negative = false;
  if (q != last && (*q == '-' || *q == '+')) negative = *q++ == '-';
  if (q == last || *q < '0' || *q > '9') return p;
  int e = 0;
  for (; q != last && *q >= '0' && *q <= '9'; ++q)
    if (e < 100000) e = e * 10 + (*q - '0');  // beyond any double either way: saturate
  *exponent = negative ? -e : e;
  return q;
}

// Rounds hi + lo (scaled by 2^256, below 2^-766 there) onto the subnormal grid 2^-1074, ties to
// even: scaling back first would round hi alone and then again, which is wrong at ties.
double round_subnormal(DoubleDouble x) {
  const double q = std::ldexp(x.hi, 818);  // in units of the result's last place, < 2^52: exact
  const double k = std::floor(q);
  const double f = q - k;  // exact; |lo| is under half an ulp of q, so only f == 0.5 needs lo
  const double lo = x.lo;
  const bool up = f > 0.5 || (f == 0.5 && (lo > 0 || (lo == 0 && std::fmod(k, 2.0) != 0)));
  return (k + (up ? 1 : 0)) * std::numeric_limits<double>::denorm_min();
}

// A uint64 below 10^19 as an exact double-double.
DoubleDouble exact(uint64_t n) {
  const double hi = static_cast<double>(n);  // < 2^64 after rounding: the cast back is defined
  return {hi, static_cast<double>(static_cast<int64_t>(n - static_cast<uint64_t>(hi)))};
}

// The 20th to 38th digits joined to the first 19: mantissa × 10^extra_count + extra.
DoubleDouble long_mantissa(const DecimalDigits& d) {
  const DoubleDouble m = multiply(exact(d.mantissa), {kExact[d.extra_count], 0});
  const DoubleDouble e = exact(d.extra);
  const double hi = m.hi + e.hi;
  const double bb = hi - m.hi;  // Knuth's two-sum: the rounding error of m.hi + e.hi
  const double lo = ((m.hi - (hi - bb)) + (e.hi - bb)) + m.lo + e.lo;
  const double sum = hi + lo;
  return {sum, lo - (sum - hi)};
}

// mantissa × 10^exponent through double-double arithmetic (~2^-100 relative error), rounded once.
// A binary scale of 2^∓256 keeps every product normal and Dekker's split from overflowing.
double scale_slow(DoubleDouble mantissa, int exponent) {
  const int binary = exponent > 200 ? -256 : exponent < -200 ? 256 : 0;
  DoubleDouble x{std::ldexp(mantissa.hi, binary), std::ldexp(mantissa.lo, binary)};
  const DoubleDouble* table = exponent < 0 ? kPow10Down : kPow10Up;
  for (unsigned bits = static_cast<unsigned>(exponent < 0 ? -exponent : exponent), k = 0; bits;
       bits >>= 1, ++k)
    if (bits & 1) x = multiply(x, table[k]);
  if (binary <= 0) return std::ldexp(x.hi, -binary);       // overflows to infinity when it should
  if (x.hi >= 0x1p-766) return std::ldexp(x.hi, -binary);  // normal: the scale back is exact
  return round_subnormal(x);
}

double to_double(const DecimalDigits& d) {
  if (d.mantissa == 0) return 0;
  const int magnitude = d.exponent + d.count - 1;  // value in [10^magnitude, 10^(magnitude+1))
  if (magnitude > 308) return std::numeric_limits<double>::infinity();
  if (magnitude < -325) return 0;  // below 10^-325, under half the smallest subnormal
  const int e = d.exponent;
  // Clinger's fast path: both factors exact doubles, so one IEEE operation rounds correctly.
  if (d.extra_count > 0) return scale_slow(long_mantissa(d), e - d.extra_count);
  if (d.mantissa <= (uint64_t{1} << 53)) {
    if (e >= 0 && e <= 22) return static_cast<double>(d.mantissa) * kExact[e];
    if (e < 0 && e >= -22) return static_cast<double>(d.mantissa) / kExact[-e];
    // 123e25 = 123000e22: move powers of ten into the mantissa while it stays exact.
    if (e > 22 && e <= 22 + 15) {
      uint64_t m = d.mantissa;
      for (int k = 22; k < e && m <= (uint64_t{1} << 53); ++k) m *= 10;
      if (m <= (uint64_t{1} << 53)) return static_cast<double>(m) * kExact[22];
    }
  }
  return scale_slow(exact(d.mantissa), e);
}

}  // namespace

const char* read_decimal(const char* first, const char* last, double* out) {
  const char* p = first;
  bool negative = false;
  if (p != last && (*p == '-' || *p == '+')) negative = *p++ == '-';
  DecimalDigits d;
  bool any = false;
  p = read_digits(p, last, &d, &any);
  if (!any) return first;
  int explicit_exponent = 0;
  p = read_exponent(p, last, &explicit_exponent);
  d.exponent += explicit_exponent;
  const double v = to_double(d);
  *out = negative ? -v : v;
  return p;
}

double power_of_ten(int exponent) {
  DecimalDigits d;
  d.mantissa = 1;
  d.count = 1;
  d.exponent = exponent < -400 ? -400 : exponent > 400 ? 400 : exponent;  // beyond: 0 or infinity
  return to_double(d);
}

bool parse_decimal(const std::string& text, double* out) {
  const char* last = text.data() + text.size();
  double v = 0;
  if (read_decimal(text.data(), last, &v) != last || text.empty()) return false;
  *out = v;
  return true;
}

double read_double(const char* text) {
  const char* last = text;
  while (*last) ++last;
  double v = 0;
  read_decimal(text, last, &v);
  return v;
}

ShortestDecimal shortest_decimal(double v) {
  ShortestDecimal d;
  v = std::fabs(v);
  d.digits[0] = '0';
  d.length = 1;
  if (v == 0 || !std::isfinite(v)) return d;
  // If p digits read back, so do p + 1 (the nearest (p+1)-digit decimal is at least as near as
  // the p-digit one, itself a (p+1)-digit decimal), so bisect the precision instead of counting.
  int lo = 1, hi = 17;
  while (lo < hi) {
    const int mid = (lo + hi) / 2;
    if (read_double(print_exp(v, mid - 1).c_str()) == v)
      hi = mid;
    else
      lo = mid + 1;
  }
  const std::string text = print_exp(v, lo - 1);  // "d.ddde±XX"
  const char* s = text.c_str();
  d.length = 0;
  for (; *s && *s != 'e'; ++s)
    if (*s != '.') d.digits[d.length++] = *s;
  while (d.length > 1 && d.digits[d.length - 1] == '0') --d.length;
  int e = 0;
  read_exponent(s, s + 6, &e);  // "e+308" at most
  d.exponent = e - (d.length - 1);
  return d;
}

std::string shortest_g(double v) {
  return print_general(v, std::isfinite(v) ? shortest_decimal(v).length : 6);  // "%g": "inf", "nan"
}

}  // namespace modelwatt
