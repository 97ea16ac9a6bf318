// Locale-aware number input (core/edit/locale_number.h): how people type numbers in English and
// Italian, and the texts that must be refused instead of read silently.
#include <doctest/doctest.h>

#include "core/edit/locale_number.h"

using namespace modelwatt;

namespace {
double read_ok(const char* text, Unit unit, Lang lang, bool small = false) {
  const NumberReading r = read_locale_number(text, unit, lang, small);
  INFO(text << " -> " << r.message);
  REQUIRE(r.ok);
  return r.value;
}
std::string refused(const char* text, Unit unit, Lang lang, bool small = false) {
  const NumberReading r = read_locale_number(text, unit, lang, small);
  INFO(text << " read as " << r.value);
  REQUIRE_FALSE(r.ok);
  return r.message;
}
}  // namespace

TEST_CASE("Italian: comma decimals, dot thousands") {
  CHECK(read_ok("1,25", Unit::ratio, Lang::it, true) == 1.25);
  CHECK(read_ok("4.096", Unit::count, Lang::it) == 4096);
  CHECK(read_ok("1.234,5", Unit::kwh, Lang::it) == 1234.5);
  CHECK(read_ok("13.000.000", Unit::count, Lang::it) == 13000000);
  CHECK(read_ok("14,8T", Unit::tokens, Lang::it) == doctest::Approx(14.8e12));
  CHECK(read_ok("3,29×10²⁴", Unit::flops, Lang::it) == doctest::Approx(3.29e24));
  CHECK(read_ok("0,4", Unit::ratio, Lang::it, true) == 0.4);
  // A lone dot that cannot be a thousands group is a decimal point, as people type on phones.
  CHECK(read_ok("1.5", Unit::ratio, Lang::it, true) == 1.5);
}

TEST_CASE("English: dot decimals, comma thousands, percent for fractions") {
  CHECK(read_ok("1,234.5", Unit::kwh, Lang::en) == 1234.5);
  CHECK(read_ok("4,096", Unit::count, Lang::en) == 4096);
  CHECK(read_ok("13B", Unit::params, Lang::en) == 13e9);
  CHECK(read_ok("40%", Unit::ratio, Lang::en, true) == doctest::Approx(0.4));
  CHECK(read_ok("40 %", Unit::ratio, Lang::en, true) == doctest::Approx(0.4));
  CHECK(read_ok("700 W", Unit::watts, Lang::en) == 700);
}

TEST_CASE("ambiguous or foreign texts are refused, showing how they were read") {
  const std::string pue = refused("1.250", Unit::ratio, Lang::it, true);
  CHECK(pue.find("1250") != std::string::npos);   // how it reads with a thousands dot
  CHECK(pue.find("1,250") != std::string::npos);  // what to type for a decimal
  const std::string en_style = refused("1,234.5", Unit::kwh, Lang::it);
  CHECK(en_style.find("1234,5") != std::string::npos);
  CHECK(en_style.find("all'inglese") != std::string::npos);
  const std::string it_style = refused("1.234,5", Unit::kwh, Lang::en);
  CHECK(it_style.find("1234.5") != std::string::npos);
  CHECK(refused("1,2,3", Unit::count, Lang::it).find("separatori") != std::string::npos);
  CHECK(refused("abc", Unit::count, Lang::it).find("non è un numero") != std::string::npos);
  CHECK(refused("abc", Unit::count, Lang::en).find("is not a number") != std::string::npos);
}
