#include "core/format.h"

#include <cmath>
#include <cstring>

#include "core/json/decimal.h"
#include "core/json/print_number.h"

namespace modelwatt {

const char* lang_code(Lang l) { return l == Lang::it ? "it" : "en"; }

bool parse_lang(const std::string& code, Lang* out) {
  if (code.size() >= 2 && (code.size() == 2 || code[2] == '-' || code[2] == '_')) {
    const std::string p = code.substr(0, 2);
    if (p == "en" || p == "EN") { *out = Lang::en; return true; }
    if (p == "it" || p == "IT") { *out = Lang::it; return true; }
  }
  return false;
}

std::string format_fixed(double v, int decimals, Lang lang) {
  if (!has(v)) return "n/a";
  if (std::isinf(v)) return v > 0 ? "∞" : "-∞";
  std::string digits = print_fixed(std::fabs(v), decimals < 0 ? 0 : decimals > 20 ? 20 : decimals), frac;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits = digits.substr(0, dot);
  }
  const char group = lang == Lang::it ? '.' : ',';
  const char point = lang == Lang::it ? ',' : '.';
  std::string out;
  // Italian style omits the group separator for 4-digit numbers (1234, 12.345).
  const bool group_it = !(lang == Lang::it && digits.size() <= 4);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0 && group_it) out += group;
    out += digits[i];
  }
  if (!frac.empty()) out += point + frac;
  const bool negative = v < 0 && out.find_first_not_of("0,.") != std::string::npos;
  return negative ? "-" + out : out;
}

namespace {
std::string scientific(double v, Lang lang, const char* unit);
}

std::string format_sig(double v, Lang lang, int sig) {
  if (!has(v)) return "n/a";
  if (std::isinf(v)) return v > 0 ? "∞" : "-∞";  // never reaches a face (issue 11), but never UB either
  if (v == 0) return "0";
  const double a = std::fabs(v);
  const int mag = static_cast<int>(std::floor(std::log10(a)));
  if (mag < -9) return scientific(v, lang, "");  // 1e-300 is not "0": 1×10⁻³⁰⁰
  int decimals = sig - 1 - mag;
  if (decimals < 0) {  // round to `sig` significant digits, no decimals
    const double scale = power_of_ten(-decimals);
    return format_fixed(std::round(v / scale) * scale, 0, lang);
  }
  if (decimals > 12) decimals = 12;
  std::string s = format_fixed(v, decimals, lang);
  // trim trailing zeros after the decimal separator
  const char point = lang == Lang::it ? ',' : '.';
  if (s.find(point) != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == point) s.pop_back();
  }
  return s;
}

namespace {

struct Prefix {
  double factor;
  const char* label;
};

// Picks the largest prefix not above |v|, then prints 3 significant digits.
std::string with_prefix(double v, const Prefix* prefixes, int n, Lang lang, const char* sep = " ") {
  if (std::isinf(v)) return format_sig(v, lang);
  const double a = std::fabs(v);
  int k = 0;
  for (int i = 0; i < n; ++i) {
    if (prefixes[i].factor == 1 && a == 0) k = i;  // zero reads best in the base unit ("0 kgCO₂e")
    if (a >= prefixes[i].factor * 0.9995) k = i;
  }
  std::string label = prefixes[k].label;
  return format_sig(v / prefixes[k].factor, lang) + (label.empty() ? "" : sep + label);
}

std::string scientific(double v, Lang lang, const char* unit) {
  // 3.29×10²⁴ FLOP
  static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  if (!std::isfinite(v) || v == 0) return format_sig(v, lang) + " " + unit;
  int e = static_cast<int>(std::floor(std::log10(std::fabs(v))));
  // 10^e underflows to 0 below 1e-308 (subnormal v): scale in two steps so the mantissa stays finite.
  double m = e < -300 ? v * 1e300 / power_of_ten(e + 300) : v / power_of_ten(e);
  if (std::fabs(m) >= 9.995) { m /= 10; ++e; }
  std::string exp;
  if (e < 0) exp += "⁻";
  for (char c : std::to_string(std::abs(e))) exp += kSup[c - '0'];
  return format_sig(m, lang) + "×10" + exp + (*unit ? " " : "") + unit;
}

}  // namespace

const char* unit_label(Unit unit) {
  switch (unit) {
    case Unit::ratio: return "";
    case Unit::count: return "";
    case Unit::tokens: return "tokens";
    case Unit::params: return "params";
    case Unit::flops: return "FLOP";
    case Unit::tflops: return "TFLOP/s";
    case Unit::seconds: return "s";
    case Unit::hours: return "h";
    case Unit::days: return "days";
    case Unit::years: return "years";
    case Unit::gpu_hours: return "GPU-h";
    case Unit::watts: return "W";
    case Unit::kwh: return "kWh";
    case Unit::wh: return "Wh";
    case Unit::g_per_kwh: return "gCO₂e/kWh";
    case Unit::kg: return "kgCO₂e";
    case Unit::g: return "gCO₂e";
    case Unit::l_per_kwh: return "L/kWh";
    case Unit::l: return "L";
    case Unit::ml: return "mL";
    case Unit::usd: return "$";
    case Unit::usd_per_hour: return "$/h";
    case Unit::usd_per_kwh: return "$/kWh";
    case Unit::per_day: return "/day";
    case Unit::kg_per_accelerator: return "kgCO₂e/accelerator";
    case Unit::bytes: return "B";
    case Unit::joules: return "J";
    case Unit::tokens_per_second: return "tokens/s";
    case Unit::gb: return "GB";
    case Unit::tb_per_s: return "TB/s";
    default: return "";
  }
}

std::string format_quantity(double v, Unit unit, Lang lang) {
  if (!has(v)) return "n/a";
  static const Prefix kCount[] = {{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
  static const Prefix kEnergyKwh[] = {{1e-3, "Wh"}, {1, "kWh"}, {1e3, "MWh"}, {1e6, "GWh"}, {1e9, "TWh"}};
  static const Prefix kEnergyWh[] = {{1, "Wh"}, {1e3, "kWh"}, {1e6, "MWh"}, {1e9, "GWh"}};
  static const Prefix kMassKg[] = {{1e-6, "mgCO₂e"}, {1e-3, "gCO₂e"}, {1, "kgCO₂e"}, {1e3, "tCO₂e"}, {1e6, "ktCO₂e"}, {1e9, "MtCO₂e"}};
  static const Prefix kMassG[] = {{1e-3, "mgCO₂e"}, {1, "gCO₂e"}, {1e3, "kgCO₂e"}, {1e6, "tCO₂e"}, {1e9, "ktCO₂e"}};
  // Water stops at m³: "ML" (megalitres) next to "mL" is misread by a factor of 10⁹.
  static const Prefix kWaterL[] = {{1e-3, "mL"}, {1, "L"}, {1e3, "m³"}};
  static const Prefix kWaterMl[] = {{1, "mL"}, {1e3, "L"}, {1e6, "m³"}};
  // Italian short counts as CLDR writes them: no abbreviation for thousands, Mln, Mrd, Bln;
  // parameters in words ("671 miliardi").
  static const Prefix kCountIt[] = {{1, ""}, {1e6, "Mln"}, {1e9, "Mrd"}, {1e12, "Bln"}};
  static const Prefix kParamsIt[] = {{1, ""}, {1e6, "milioni"}, {1e9, "miliardi"}, {1e12, "mila miliardi"}};
  static const Prefix kPower[] = {{1, "W"}, {1e3, "kW"}, {1e6, "MW"}};
  const bool it = lang == Lang::it;
  switch (unit) {
    case Unit::kwh: return with_prefix(v, kEnergyKwh, 5, lang);
    case Unit::wh: return with_prefix(v, kEnergyWh, 4, lang);
    case Unit::kg: return with_prefix(v, kMassKg, 6, lang);
    case Unit::g: return with_prefix(v, kMassG, 5, lang);
    case Unit::l: return with_prefix(v, kWaterL, 3, lang);
    case Unit::ml: return with_prefix(v, kWaterMl, 3, lang);
    case Unit::watts: return with_prefix(v, kPower, 3, lang);
    case Unit::flops: return std::fabs(v) >= 1e6 ? scientific(v, lang, "FLOP") : format_sig(v, lang) + " FLOP";
    case Unit::usd: return it ? with_prefix(v, kCountIt, 4, lang) + " $" : "$" + with_prefix(v, kCount, 5, lang, "");
    case Unit::gpu_hours: return it ? with_prefix(v, kCountIt, 4, lang) + " ore-GPU" : with_prefix(v, kCount, 5, lang, "") + " GPU-h";
    case Unit::tokens: return it ? with_prefix(v, kCountIt, 4, lang) + " token" : with_prefix(v, kCount, 5, lang, "") + " tokens";
    case Unit::params: return it ? with_prefix(v, kParamsIt, 4, lang) : with_prefix(v, kCount, 5, lang, "");
    case Unit::count: return format_fixed(v, std::floor(v) == v ? 0 : 2, lang);
    case Unit::per_day: return it ? with_prefix(v, kCountIt, 4, lang) + " al giorno" : with_prefix(v, kCount, 5, lang, "") + "/day";
    case Unit::ratio: return format_sig(v, lang);
    case Unit::days: return format_sig(v, lang) + (it ? " giorni" : " days");
    case Unit::years: return format_sig(v, lang) + (it ? " anni" : " years");
    case Unit::seconds: return format_sig(v, lang) + " s";
    case Unit::tflops: return format_sig(v, lang, 4) + " TFLOP/s";
    case Unit::tokens_per_second: return format_sig(v, lang) + (it ? " token/s" : " tokens/s");  // "token" is invariant in Italian
    case Unit::usd_per_hour: return "$" + format_sig(v, lang) + "/h";
    case Unit::usd_per_kwh: return "$" + format_sig(v, lang) + "/kWh";
    default: {
      const char* label = unit_label(unit);
      return format_sig(v, lang) + (*label ? std::string(" ") + label : "");
    }
  }
}

std::string format_fraction(double r) {
  if (!has(r) || r <= 0 || std::isinf(r)) return "";
  if (r < 1) {
    const double inv = 1.0 / r;
    if (!(inv < 1e15)) return format_sig(r, Lang::en, 2) + "×";  // 1/1e300 is not a fraction anyone reads
    return "1/" + print_fixed(inv, 0);
  }
  return print_general(r, 3) + "×";
}

std::string format_ratio(double r, Lang lang) {
  if (!has(r)) return "n/a";
  if (std::isinf(r)) return format_sig(r, lang) + "×";
  if (r != 0 && std::fabs(r) < 0.01) return format_sig(r, lang, 2) + "×";
  return format_fixed(r, std::fabs(r) < 10 ? 2 : 0, lang) + "×";
}

}  // namespace modelwatt
