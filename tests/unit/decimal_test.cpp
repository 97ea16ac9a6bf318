// core/json/decimal against independent expectations: hand-picked hard cases, and (natively) the C
// library's strtod, which glibc rounds correctly, on a million random decimal texts.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "core/json/decimal.h"

using namespace modelwatt;

namespace {

uint64_t bits(double v) {
  uint64_t b;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

double read(const std::string& s) {
  double v = std::nan("");
  REQUIRE(parse_decimal(s, &v));
  return v;
}

// A random decimal: 1..max_digits significant digits, maybe a point, maybe an exponent in -300..300.
std::string random_decimal(std::mt19937_64& rng, int max_digits, int* digits) {
  *digits = 1 + static_cast<int>(rng() % static_cast<uint64_t>(max_digits));
  std::string s = rng() % 2 ? "-" : (rng() % 8 ? "" : "+");
  const int point = rng() % 3 ? static_cast<int>(rng() % static_cast<uint64_t>(*digits + 1)) : -1;
  for (int k = 0; k < *digits; ++k) {
    if (k == point && k > 0) s += '.';
    s += static_cast<char>(k == 0 ? '1' + rng() % 9 : '0' + rng() % 10);
  }
  if (rng() % 4) s += (rng() % 2 ? "e" : "E") + std::to_string(static_cast<int>(rng() % 601) - 300);
  return s;
}

}  // namespace

TEST_CASE("decimal: hand-written cases") {
  CHECK(read("0.1") == 0.1);
  CHECK(read("1e23") == 1e23);
  CHECK(read("9007199254740993") == 9007199254740992.0);  // a tie: to even
  CHECK(read("9007199254740995") == 9007199254740996.0);
  CHECK(read("2.2250738585072014e-308") == std::numeric_limits<double>::min());
  CHECK(read("2.2250738585072011e-308") == 0x0.fffffffffffffp-1022);  // the largest subnormal
  CHECK(read("4.9406564584124654e-324") == std::numeric_limits<double>::denorm_min());
  CHECK(read("2.4703282292062328e-324") == std::numeric_limits<double>::denorm_min());  // just above half
  CHECK(read("2.4703282292062327e-324") == 0);                                          // just below half
  CHECK(read("1.7976931348623157e308") == std::numeric_limits<double>::max());
  CHECK(std::isinf(read("1.7976931348623159e308")));
  CHECK(std::isinf(read("1e400")));
  CHECK(read("1e-400") == 0);
  CHECK(bits(read("-0")) == bits(-0.0));
  CHECK(bits(read("-0.0e5")) == bits(-0.0));
  CHECK(read("123e25") == 1.23e27);
  CHECK(read("-92233702036854775809") == -92233702036854775809.0);  // 20 digits: a tie inside the 20th
  CHECK(read(".5") == 0.5);
  CHECK(read("5.") == 5.0);
  CHECK(read("+2") == 2.0);
  double v = 0;
  for (const char* bad : {"", "-", ".", "e5", "1e", "1e+", "0x10", "inf", "nan", " 1", "1 ", "1..2"})
    CHECK_MESSAGE(!parse_decimal(bad, &v), bad);
  const std::string text = "12.5e3x";
  CHECK(read_decimal(text.data(), text.data() + text.size(), &v) == text.data() + 6);
  CHECK(v == 12500);
}

TEST_CASE("decimal: shortest digits read back") {
  CHECK(shortest_g(0.1) == "0.1");
  CHECK(shortest_g(1e-5) == "1e-05");
  CHECK(shortest_g(3.8e25) == "3.8e+25");
  CHECK(shortest_g(1234.5) == "1234.5");
  CHECK(shortest_g(0.1 + 0.2) == "0.30000000000000004");
  const ShortestDecimal d = shortest_decimal(2788.0);
  CHECK(std::string(d.digits, static_cast<std::size_t>(d.length)) == "2788");
  CHECK(d.exponent == 0);
  std::mt19937_64 rng(11);
  for (int i = 0; i < 20000; ++i) {
    double x;
    const uint64_t b = rng() & 0x7fefffffffffffffULL;  // finite
    std::memcpy(&x, &b, sizeof x);
    if (x == 0) continue;
    const std::string s = shortest_g(x);
    REQUIRE_MESSAGE(read(s) == x, s);
  }
}

TEST_CASE("decimal: power_of_ten is the double nearest 10^n") {
  CHECK(power_of_ten(0) == 1.0);
  CHECK(power_of_ten(3) == 1000.0);
  CHECK(power_of_ten(22) == 1e22);  // the last exact one
  CHECK(power_of_ten(23) == 1e23);  // not exact: the compiler's literal is the nearest double
  CHECK(power_of_ten(-1) == 0.1);
  CHECK(power_of_ten(-5) == 1e-5);
  CHECK(power_of_ten(308) == 1e308);
  CHECK(std::isinf(power_of_ten(309)));
  CHECK(power_of_ten(-308) == 1e-308);
  CHECK(power_of_ten(-323) == 1e-323);  // subnormal: 2 × 2^-1074
  CHECK(power_of_ten(-324) == 0.0);     // 1e-324 is below half of 2^-1074 (4.94e-324)
  CHECK(power_of_ten(-100000) == 0.0);
  CHECK(std::isinf(power_of_ten(100000)));
  // Every exponent against the C library's reading of the same text (compiled literals above,
  // strtod here: both correctly rounded, and independent of the code under test).
  for (int n = -330; n <= 330; ++n) {
    const std::string text = "1e" + std::to_string(n);
    REQUIRE_MESSAGE(bits(power_of_ten(n)) == bits(std::strtod(text.c_str(), nullptr)), text);
  }
}

#ifndef __EMSCRIPTEN__  // a million strtod calls: native only (wasm under node is too slow for it)
TEST_CASE("decimal: bit-identical to glibc's strtod on a million random texts") {
  std::mt19937_64 rng(20240601);
  long mismatches[40] = {}, total[40] = {};
  for (int i = 0; i < 1000000; ++i) {
    int digits = 0;
    const std::string s = random_decimal(rng, i % 10 == 0 ? 38 : 19, &digits);
    ++total[digits];
    if (bits(read(s)) != bits(std::strtod(s.c_str(), nullptr))) {
      ++mismatches[digits];
      MESSAGE("mismatch: " << s);
    }
  }
  long all = 0;
  for (int d = 1; d < 40; ++d) {
    all += mismatches[d];
    if (d <= 17) CHECK(mismatches[d] == 0);
  }
  MESSAGE("mismatches: " << all << " of 1000000 (18..38 digits included)");
  CHECK(all == 0);
}
#endif
