// core/json/print_number against the C library's snprintf, the independent expectation (glibc
// natively, musl in the wasm build): hand-picked cases (ties, 1.005, -0.0, inf, nan, subnormals,
// 1e308) and millions of random doubles (random bits, k / 10^j, exact ties) at precisions 0..20.
#include "core/json/print_number.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>

using namespace modelwatt;

namespace {

// Optimized native builds compare millions of values (~4 s); Debug/sanitizer builds and wasm under
// node (musl's snprintf as the expectation there) an eighth of them.
#if defined(NDEBUG) && !defined(__EMSCRIPTEN__)
constexpr int kScale = 8;
#else
constexpr int kScale = 1;
#endif
constexpr int kValues = 125000 * kScale;

std::string c_print(char conv, int precision, double v) {
  char buf[1200];  // %.20f of 1e308: 309 + 21 characters; %.*e / %.*g far fewer
  if (conv == 'f')
    std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  else if (conv == 'e')
    std::snprintf(buf, sizeof buf, "%.*e", precision, v);
  else
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
  return buf;
}

std::string ours(char conv, int precision, double v) {
  return conv == 'f'   ? print_fixed(v, precision)
         : conv == 'e' ? print_exp(v, precision)
                       : print_general(v, precision);
}

// Compares one conversion with snprintf; the first mismatches are shown with v's exact bits (%a).
struct Checker {
  long long compared = 0, failed = 0;
  void check(char conv, int precision, double v) {
    ++compared;
    const std::string want = c_print(conv, precision, v), got = ours(conv, precision, v);
    if (want == got) return;
    if (++failed <= 10) {
      char hex[64];
      std::snprintf(hex, sizeof hex, "%a", v);
      FAIL_CHECK("%." << precision << std::string(1, conv) << " of " << hex << ": snprintf '" << want
                      << "', ours '" << got << "'");
    }
  }
  void all_conversions(double v, int precision) {
    for (char conv : {'f', 'e', 'g'}) check(conv, precision, v);
  }
  // One of %f, %e, %g at a precision in 0..20 (the callers' range), both picked at random.
  void any_conversion(std::mt19937_64& rng, double v) {
    check("feg"[rng() % 3], static_cast<int>(rng() % 21), v);
  }
  void expect_all_passed(long long at_least) {
    MESSAGE(compared << " conversions compared with snprintf");
    CHECK(compared >= at_least);
    CHECK(failed == 0);
  }
};

double from_bits(uint64_t b) {
  double v;
  std::memcpy(&v, &b, sizeof v);
  return v;
}

// k / 10^j or k × 10^j, k with 1..17 digits: values people type, near-ties in decimal.
double decimal_looking(std::mt19937_64& rng) {
  uint64_t scale = 1;
  for (int i = static_cast<int>(rng() % 17); i >= 0; --i) scale *= 10;
  const double k = static_cast<double>(rng() % scale);
  const double p = std::pow(10.0, static_cast<double>(rng() % 23));  // exact up to 1e22
  const double v = rng() % 4 ? k / p : k * p;
  return rng() % 2 ? -v : v;
}

// Exact binary ties for some precision: n + 0.5, n / 8, n / 1024, n / 2^s.
double exact_tie(std::mt19937_64& rng) {
  const uint64_t n = rng() >> (11 + rng() % 53);
  const int kind = static_cast<int>(rng() % 4);
  const double v = kind == 0   ? static_cast<double>(n) + 0.5
                   : kind == 1 ? static_cast<double>(n) / 8
                   : kind == 2 ? static_cast<double>(n) / 1024
                               : std::ldexp(static_cast<double>(n), -static_cast<int>(1 + rng() % 70));
  return rng() % 2 ? -v : v;
}

}  // namespace

TEST_CASE("print_number: hand-written cases") {
  CHECK(print_fixed(0.5, 0) == "0");
  CHECK(print_fixed(1.5, 0) == "2");
  CHECK(print_fixed(2.5, 0) == "2");
  CHECK(print_fixed(0.125, 2) == "0.12");
  CHECK(print_fixed(0.25, 1) == "0.2");
  CHECK(print_fixed(1.005, 2) == "1.00");
  CHECK(print_fixed(-0.0, 3) == "-0.000");
  CHECK(print_fixed(-0.001, 2) == "-0.00");
  CHECK(print_fixed(0.999, 2) == "1.00");
  CHECK(print_fixed(9.5, 0) == "10");
  CHECK(print_fixed(1234.5678, 20) == "1234.56780000000003383320");
  CHECK(print_fixed(std::numeric_limits<double>::infinity(), 2) == "inf");
  CHECK(print_fixed(-std::numeric_limits<double>::infinity(), 2) == "-inf");
  CHECK(print_fixed(std::nan(""), 2) == "nan");
  CHECK(print_fixed(1e308, 0).size() == 309);
  CHECK(print_exp(123456, 2) == "1.23e+05");
  CHECK(print_exp(0, 3) == "0.000e+00");
  CHECK(print_exp(9.999, 2) == "1.00e+01");
  CHECK(print_exp(1e-300, 0) == "1e-300");
  CHECK(print_exp(std::numeric_limits<double>::denorm_min(), 3) == "4.941e-324");
  CHECK(print_general(0.0001, 6) == "0.0001");
  CHECK(print_general(0.00001, 6) == "1e-05");
  CHECK(print_general(100, 6) == "100");
  CHECK(print_general(123456789, 6) == "1.23457e+08");
  CHECK(print_general(9.96, 2) == "10");
  CHECK(print_general(99.6, 2) == "1e+02");
  CHECK(print_general(0.5, 0) == "0.5");
  CHECK(print_general(-0.0, 3) == "-0");
  CHECK(print_general(1.5e20, 17) == "1.5e+20");
  CHECK(print_int(7, 2) == "07");
  CHECK(print_int(-5, 3) == "-05");
  CHECK(print_int(-5, 2) == "-5");
  CHECK(print_int(308) == "308");
  CHECK(print_int(std::numeric_limits<long long>::min()) == "-9223372036854775808");
  CHECK(print_hex(0x1F, 4, true) == "001F");
  CHECK(print_hex(0xabcdef, 6) == "abcdef");
  CHECK(print_hex(0x12, 6) == "000012");

  Checker c;
  const double special[] = {0.0,
                            -0.0,
                            0.5,
                            1.5,
                            2.5,
                            -2.5,
                            0.125,
                            0.25,
                            1.005,
                            0.1,
                            1e308,
                            -1e308,
                            std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::min(),
                            std::numeric_limits<double>::denorm_min(),
                            -std::numeric_limits<double>::denorm_min(),
                            std::nextafter(std::numeric_limits<double>::min(), 0.0),
                            9.5,
                            99.5,
                            999.5,
                            0.00001,
                            0.0001,
                            123456789012345678.0,
                            1e15,
                            1e16,
                            1e21,
                            1e22,
                            1e23,
                            std::numeric_limits<double>::infinity(),
                            -std::numeric_limits<double>::infinity(),
                            std::nan(""),
                            -std::nan("")};
  for (double v : special)
    for (int p = 0; p <= 40; ++p) c.all_conversions(v, p);
  for (int p = -2; p < 0; ++p) c.all_conversions(3.14159265358979, p);  // negative: as if omitted (6)
  CHECK(c.failed == 0);
}

TEST_CASE("print_number: as snprintf on values written in decimal, k / 10^j and k * 10^j") {
  std::mt19937_64 rng(20240613);
  Checker c;
  for (int i = 0; i < kValues; ++i) c.any_conversion(rng, decimal_looking(rng));
  c.expect_all_passed(kValues);
}

TEST_CASE("print_number: as snprintf on exact binary ties, n + 0.5 and n / 2^s") {
  std::mt19937_64 rng(7331);
  Checker c;
  for (int i = 0; i < kValues; ++i) c.any_conversion(rng, exact_tie(rng));
  c.expect_all_passed(kValues);
}

// Random bits reach every exponent (subnormals, 1e308, inf, nan), where both printers need their
// big-number paths (767 digits at most): fewer of them.
TEST_CASE("print_number: as snprintf on random bit patterns") {
  std::mt19937_64 rng(42);
  Checker c;
  for (int i = 0; i < kValues / 10; ++i) c.any_conversion(rng, from_bits(rng()));
  c.expect_all_passed(kValues / 10);
}

TEST_CASE("print_number: as snprintf at every precision 0..40 on fewer values") {
  std::mt19937_64 rng(1234);
  Checker c;
  for (int i = 0; i < kValues / 2000; ++i) {
    const double values[] = {from_bits(rng()), decimal_looking(rng), exact_tie(rng)};
    for (double v : values)
      for (int p = 0; p <= 40; ++p) c.all_conversions(v, p);
  }
  c.expect_all_passed(kValues / 2000 * 3 * 41 * 3);
}

TEST_CASE("print_number: integers and hex as snprintf") {
  std::mt19937_64 rng(7);
  long long failed = 0;
  for (int i = 0; i < 100000; ++i) {
    const long long v = static_cast<long long>(rng() >> (1 + rng() % 63)) * (rng() % 2 ? -1 : 1);  // < 2^63
    const int width = static_cast<int>(rng() % 24);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%0*lld", width, v);
    failed += print_int(v, width) != buf;
    std::snprintf(buf, sizeof buf, "%0*llx", width, static_cast<unsigned long long>(v));
    failed += print_hex(static_cast<unsigned long long>(v), width) != buf;
    std::snprintf(buf, sizeof buf, "%0*llX", width, static_cast<unsigned long long>(v));
    failed += print_hex(static_cast<unsigned long long>(v), width, true) != buf;
  }
  CHECK(failed == 0);
}
