#include "core/json/print_number.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace modelwatt {
namespace {

// A finite |v| written out in full: value = 0.digits × 10^point, the digits without leading zeros
// (none for 0). Every double is a finite decimal (m × 2^e = m × 5^-e / 10^-e), 767 digits at most.
struct Decimal {
  char digits[800];
  int length = 0;
  int point = 0;
  char at(int i) const { return i >= 0 && i < length ? digits[i] : '0'; }  // zeros all around
};

// m × 2^e (e >= 0) or m × 5^-e (e < 0) in base 10^9, 13 factors of 2 or 5 per pass (5^13 < 2^31,
// so limb × factor + carry fits in 64 bits); the decimal point then goes -e digits from the right.
void exact_decimal(double v, Decimal* d) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  const int biased = static_cast<int>(bits >> 52 & 0x7FF);
  uint64_t m = bits & ((1ULL << 52) - 1);
  if (biased) m |= 1ULL << 52;
  int e = biased ? biased - 1075 : -1074;  // subnormals: no implicit bit, exponent of the smallest
  d->length = d->point = 0;
  if (m == 0) return;
  for (; e < 0 && !(m & 1); m >>= 1) ++e;  // fewer factors of 5 to multiply by
  constexpr uint32_t kBase = 1000000000;
  uint32_t limb[88] = {static_cast<uint32_t>(m % kBase), static_cast<uint32_t>(m / kBase)};  // m < 2^53
  int n = 2;
  for (int k = e < 0 ? -e : e; k > 0; k -= 13) {
    uint64_t factor = 1, carry = 0;
    for (int i = 0; i < k && i < 13; ++i) factor *= e < 0 ? 5 : 2;
    for (int i = 0; i < n; ++i, carry /= kBase) {
      carry += limb[i] * factor;
      limb[i] = static_cast<uint32_t>(carry % kBase);
    }
    for (; carry; carry /= kBase) limb[n++] = static_cast<uint32_t>(carry % kBase);
  }
  while (limb[n - 1] == 0) --n;  // m < 10^9 leaves the second limb 0
  char* p = d->digits + 9 * n;
  for (int i = 0; i < n; ++i)
    for (uint32_t j = 0, x = limb[i]; j < 9; ++j, x /= 10) *--p = static_cast<char>('0' + x % 10);
  int zeros = 0;  // the top limb's leading zeros, fewer than 9
  while (d->digits[zeros] == '0') ++zeros;
  d->length = 9 * n - zeros;
  std::memmove(d->digits, d->digits + zeros, static_cast<std::size_t>(d->length));
  d->point = d->length + (e < 0 ? e : 0);
}

// Keeps the first `keep` digits (none when keep <= 0), rounded half to even on all the dropped
// ones, as printf rounds: a 5 followed by zeros is a tie, any later non-zero digit is not.
void round_digits(Decimal* d, int keep) {
  if (keep >= d->length) return;
  bool up = false;
  if (keep >= 0) {
    const char next = d->digits[keep];
    bool rest = keep > 0 && (d->digits[keep - 1] - '0') % 2;  // an odd last digit breaks a tie up
    for (int i = keep + 1; i < d->length && !rest; ++i) rest = d->digits[i] != '0';
    up = next > '5' || (next == '5' && rest);
  }
  d->length = keep < 0 ? 0 : keep;
  while (up && d->length > 0 && d->digits[d->length - 1] == '9') --d->length;  // 0.1999 -> 0.2
  if (up && d->length == 0) {
    d->digits[d->length++] = '1';  // 0.999 -> 1.00, 0.6 -> 1: one digit more before the point
    ++d->point;
  } else if (up) {
    ++d->digits[d->length - 1];
  }
}

// Digits [from, to) of d.
void append_digits(std::string* out, const Decimal& d, int from, int to) {
  const std::size_t at = out->size();
  out->resize(at + static_cast<std::size_t>(to > from ? to - from : 0));
  for (char* p = &(*out)[0] + at; from < to; ++from) *p++ = d.at(from);
}

// d (already rounded) as %f after *out: "0" before the point when the value is below 1.
void append_fixed(std::string* out, const Decimal& d, int decimals) {
  append_digits(out, d, d.point > 0 ? 0 : d.point - 1, d.point);
  if (decimals > 0) *out += '.';
  append_digits(out, d, d.point, d.point + decimals);
}

// d (already rounded to decimals + 1 digits) as %e after *out.
void append_exp(std::string* out, const Decimal& d, int decimals) {
  *out += d.at(0);
  if (decimals > 0) *out += '.';
  append_digits(out, d, 1, decimals + 1);
  const int x = d.length == 0 ? 0 : d.point - 1;
  *out += x < 0 ? "e-" : "e+";
  *out += print_int(x < 0 ? -x : x, 2);
}

// printf's sign (also on -0.0 and NaN) into *out; true when v is inf or NaN, then all written.
bool sign_or_special(double v, std::string* out) {
  if (std::signbit(v)) *out += '-';
  if (std::isfinite(v)) return false;
  *out += std::isnan(v) ? "nan" : "inf";
  return true;
}

std::string in_base(unsigned long long v, unsigned base, int width, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char buf[64];
  char* p = buf + sizeof buf;
  do {
    *--p = digits[v % base];
    v /= base;
  } while (v);
  const int length = static_cast<int>(buf + sizeof buf - p);
  return std::string(width > length ? static_cast<std::size_t>(width - length) : 0, '0') +
         std::string(p, static_cast<std::size_t>(length));
}

}  // namespace

std::string print_fixed(double v, int decimals) {
  std::string out;
  if (sign_or_special(v, &out)) return out;
  if (decimals < 0) decimals = 6;
  Decimal d;
  exact_decimal(v, &d);
  round_digits(&d, d.point + decimals);
  append_fixed(&out, d, decimals);
  return out;
}

std::string print_exp(double v, int decimals) {
  std::string out;
  if (sign_or_special(v, &out)) return out;
  if (decimals < 0) decimals = 6;
  Decimal d;
  exact_decimal(v, &d);
  round_digits(&d, decimals + 1);
  append_exp(&out, d, decimals);
  return out;
}

std::string print_general(double v, int precision) {
  std::string out;
  if (sign_or_special(v, &out)) return out;
  const int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
  Decimal d;
  exact_decimal(v, &d);
  round_digits(&d, p);  // X is the exponent after rounding: 9.96 at 2 digits is 10 (X = 1)
  const int x = d.length == 0 ? 0 : d.point - 1;
  // Rounding at p significant digits is rounding at p - 1 - x decimals: d serves both styles.
  const std::size_t start = out.size();
  if (p > x && x >= -4)
    append_fixed(&out, d, p - 1 - x);
  else
    append_exp(&out, d, p - 1);
  // No '#' flag: the fraction's trailing zeros go, and the point with them when nothing is left.
  const std::size_t e = out.find('e', start), end = e == std::string::npos ? out.size() : e;
  if (out.find('.', start) < end) {
    std::size_t keep = out.find_last_not_of('0', end - 1);
    if (out[keep] == '.') --keep;
    out.erase(keep + 1, end - keep - 1);
  }
  return out;
}

std::string print_int(long long v, int width) {
  if (v >= 0) return in_base(static_cast<unsigned long long>(v), 10, width, false);
  return "-" + in_base(0ULL - static_cast<unsigned long long>(v), 10, width - 1, false);
}

std::string print_hex(unsigned long long v, int width, bool upper) {
  return in_base(v, 16, width, upper);
}

}  // namespace modelwatt
