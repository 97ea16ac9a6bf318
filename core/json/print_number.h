// Numbers to text exactly as C's snprintf writes them, without the printf family: musl's printf
// (the one Emscripten links) costs every web module ~8 KB of wasm code (printf_core, fmt_fp,
// pop_arg), and std::to_string of a double calls it too. Same characters as glibc and musl: the
// digits come from the exact binary value of the double, rounded half to even.
#pragma once
#include <string>

namespace modelwatt {

// snprintf("%.*f", decimals, v): "0.12" for (0.125, 2), "1.00" for (1.005, 2) (1.00499999...).
// Like printf: "-0.000" for -0.0, "inf", "-inf", "nan" and "-nan" (NaN with the sign bit set, as
// glibc and musl both print it); a negative `decimals` means 6.
std::string print_fixed(double v, int decimals);

// snprintf("%.*e", decimals, v): "1.50e+05", "1e-300" (two exponent digits at least).
std::string print_exp(double v, int decimals);

// snprintf("%.*g", precision, v): precision significant digits (0 means 1, negative means 6), in
// %f style when the exponent X of the rounded value has precision > X >= -4, otherwise %e style;
// trailing zeros (and a bare '.') removed: "0.0001", "1e-05", "1.5e+20", "100".
std::string print_general(double v, int precision);

// snprintf("%0*lld", width, v): at least `width` characters, zero-padded after the sign ("07").
std::string print_int(long long v, int width = 0);

// snprintf("%0*llx", width, v), or "%0*llX" when upper: "001f", "001F".
std::string print_hex(unsigned long long v, int width = 0, bool upper = false);

}  // namespace modelwatt
