// Input fields show readable numbers that read back exactly (core/number_input.h).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>

#include "core/number_input.h"

using namespace modelwatt;

TEST_CASE("input fields read like the results and keep every digit") {
  CHECK(format_input(671e9, Unit::params, Lang::en) == "671B params");
  CHECK(format_input(14.8e12, Unit::tokens, Lang::en) == "14.8T tokens");
  CHECK(format_input(14.8e12, Unit::tokens, Lang::it) == "14,8T token");
  CHECK(format_input(2788000, Unit::gpu_hours, Lang::en) == "2.788M GPU-h");
  CHECK(format_input(3.29e24, Unit::flops, Lang::en) == "3.29×10²⁴ FLOP");
  CHECK(format_input(2048, Unit::count, Lang::en) == "2048");
  CHECK(format_input(1.25, Unit::ratio, Lang::it) == "1,25");
  CHECK(format_input(700, Unit::watts, Lang::en) == "700 W");
  CHECK(format_input(2, Unit::usd_per_hour, Lang::en) == "$2/h");
  CHECK(format_input(kNone, Unit::tokens, Lang::en).empty());
}

TEST_CASE("what people type is read, junk is refused") {
  double v = 0;
  CHECK(parse_input("671B", Unit::params, &v));
  CHECK(v == 671e9);
  CHECK(parse_input(" 671 B params ", Unit::params, &v));
  CHECK(v == 671e9);
  CHECK(parse_input("14,8T token", Unit::tokens, &v));
  CHECK(v == 14.8e12);
  CHECK(parse_input("1.5e12", Unit::tokens, &v));
  CHECK(v == 1.5e12);
  CHECK(parse_input("3.29x10^24", Unit::flops, &v));
  CHECK(v == 3.29e24);
  CHECK(parse_input("3,29×10²⁴ FLOP", Unit::flops, &v));
  CHECK(v == 3.29e24);
  CHECK(parse_input("$2/h", Unit::usd_per_hour, &v));
  CHECK(v == 2);
  for (const char* bad : {"", "abc", "1.2.3", "12 kg", "1e5k", "×10²", "1B2"}) CHECK_FALSE(parse_input(bad, Unit::tokens, &v));
}

TEST_CASE("display then read back gives the same double, for awkward values too") {
  const Unit units[] = {Unit::params, Unit::tokens, Unit::gpu_hours, Unit::flops, Unit::kwh, Unit::ratio, Unit::count};
  std::uint64_t x = 0x9E3779B97F4A7C15ULL;
  for (int i = 0; i < 4000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    double v;
    const std::uint64_t bits = (x & 0x800FFFFFFFFFFFFFULL) | ((0x3C0ULL + x % 0x80) << 52);  // 1e-19 .. 1e19
    std::memcpy(&v, &bits, sizeof v);
    for (Unit u : units)
      for (Lang l : {Lang::en, Lang::it}) {
        double back = 0;
        const std::string s = format_input(v, u, l);
        REQUIRE_MESSAGE(parse_input(s, u, &back), s);
        CHECK_MESSAGE(back == v, s);
      }
  }
}
