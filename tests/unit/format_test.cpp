#include <doctest/doctest.h>

#include "core/format.h"

using namespace modelwatt;

TEST_CASE("format: grouping and decimal separators per locale") {
  CHECK(format_fixed(1234.5, 1, Lang::en) == "1,234.5");
  CHECK(format_fixed(1234.5, 1, Lang::it) == "1234,5");
  CHECK(format_fixed(1234567.25, 2, Lang::it) == "1.234.567,25");
  CHECK(format_fixed(-1234567, 0, Lang::en) == "-1,234,567");
  CHECK(format_sig(0.034249, Lang::en) == "0.0342");
  CHECK(format_sig(989.5, Lang::en, 4) == "989.5");
  CHECK(format_sig(12345, Lang::en) == "12,300");
  CHECK(format_fixed(kNone, 2, Lang::en) == "n/a");
}

TEST_CASE("format: SI prefixes by quantity") {
  CHECK(format_quantity(2146760, Unit::kwh, Lang::en) == "2.15 GWh");
  CHECK(format_quantity(2146760, Unit::kwh, Lang::it) == "2,15 GWh");
  CHECK(format_quantity(0.24, Unit::wh, Lang::en) == "0.24 Wh");
  CHECK(format_quantity(8930000, Unit::kg, Lang::en) == "8.93 ktCO₂e");
  CHECK(format_quantity(0.03, Unit::g, Lang::en) == "30 mgCO₂e");
  CHECK(format_quantity(5576000, Unit::usd, Lang::en) == "$5.58M");
  CHECK(format_quantity(2788000, Unit::gpu_hours, Lang::en) == "2.79M GPU-h");
  CHECK(format_quantity(3.2856e24, Unit::flops, Lang::en) == "3.29×10²⁴ FLOP");
  CHECK(format_quantity(700000, Unit::l, Lang::en) == "700 m³");
  CHECK(format_quantity(999.9, Unit::kwh, Lang::en) == "1 MWh");
  CHECK(format_quantity(0, Unit::kg, Lang::en) == "0 kgCO₂e");
}

TEST_CASE("format: ratios as readers say them") {
  CHECK(format_fraction(0.0904) == "1/11");
  CHECK(format_fraction(0.5) == "1/2");
  CHECK(format_fraction(11.06) == "11.1×");
  CHECK(format_ratio(0.0904, Lang::en) == "0.09×");
  CHECK(format_ratio(0.0904, Lang::it) == "0,09×");
  CHECK(format_ratio(kNone, Lang::en) == "n/a");
}

TEST_CASE("format: language codes") {
  Lang l = Lang::en;
  CHECK(parse_lang("it-IT", &l));
  CHECK(l == Lang::it);
  CHECK(parse_lang("en", &l));
  CHECK(l == Lang::en);
  CHECK_FALSE(parse_lang("fr", &l));
  CHECK_FALSE(parse_lang("italian", &l));
}

TEST_CASE("units a reader will not misread: water in m³, Italian Mln/Mrd and miliardi") {
  // 8.25 million litres is 8,250 m³, never "8.25 ML" next to "mL".
  CHECK(format_quantity(8.25e6, Unit::l, Lang::en) == "8,250 m³");
  CHECK(format_quantity(8.25e6, Unit::l, Lang::it) == "8250 m³");
  CHECK(format_quantity(0.392, Unit::ml, Lang::en) == "0.392 mL");
  CHECK(format_quantity(671e9, Unit::params, Lang::it) == "671 miliardi");
  CHECK(format_quantity(671e9, Unit::params, Lang::en) == "671B");
  CHECK(format_quantity(2.788e6, Unit::gpu_hours, Lang::it) == "2,79 Mln ore-GPU");
  CHECK(format_quantity(5.576e6, Unit::usd, Lang::it) == "5,58 Mln $");
  CHECK(format_quantity(5.576e6, Unit::usd, Lang::en) == "$5.58M");
  CHECK(format_quantity(14.8e12, Unit::tokens, Lang::it) == "14,8 Bln token");
  CHECK(format_quantity(12345, Unit::gpu_hours, Lang::it) == "12.300 ore-GPU");
}
