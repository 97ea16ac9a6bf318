// Decimal text <-> double without strtod: musl's strtod (the one Emscripten links) computes in
// 128-bit long double, which drags ~14 KB of soft-float code (__multf3, __divtf3, floatscan) into
// every web module. These read and write the same numbers with 64-bit doubles only.
#pragma once
#include <string>

namespace modelwatt {

// Reads a decimal number at the start of [first, last): an optional sign ('-' or '+'), digits with
// an optional '.' (".5" and "5." are numbers), an optional exponent ("e-5"; a bare "e" is not read).
// No spaces, hex, "inf" or "nan". Returns the end of what was read, or `first` (and *out untouched)
// when no number starts there. The result is the double nearest the text (ties to even), from its
// first 38 significant digits, computed to ~2^-100: only a text within 2^-100 of a tie between two
// doubles could round the other way. ±infinity when too large, ±0 or a subnormal when too small.
const char* read_decimal(const char* first, const char* last, double* out);

// The whole of `text` is one decimal number as read_decimal reads it.
bool parse_decimal(const std::string& text, double* out);

// read_decimal on a NUL-terminated text, 0 when it holds no number (strtod(text, nullptr)'s use).
double read_double(const char* text);

// 10^exponent, the double nearest it (as read_decimal reads "1e<exponent>"): exact up to 10^22,
// infinity above 10^308, 0 below half the smallest subnormal. The core's powers of ten go through
// this instead of std::pow: musl's pow (the one Emscripten links) carries ~6 KB of lookup tables
// (its log and exp data) that no other code needs, and a correctly rounded result is the same
// double on every platform.
double power_of_ten(int exponent);

// The fewest significant digits that read back as exactly v (finite, > 0): v ≈ digits × 10^exponent,
// with the digits correctly rounded from v (printf's rounding) and no trailing zeros.
struct ShortestDecimal {
  char digits[18];
  int length = 0;
  int exponent = 0;
};
ShortestDecimal shortest_decimal(double v);

// printf("%.*g") at the fewest digits that read back as exactly v ("0.1", "1e-05", "3.8e+25").
std::string shortest_g(double v);

}  // namespace modelwatt
