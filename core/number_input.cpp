#include "core/number_input.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "core/json/decimal.h"

namespace modelwatt {
namespace {

struct Decimal {
  bool negative = false;
  std::string digits;  // significant digits, no leading/trailing zeros ("2788")
  int exp = 0;         // value = d.ddd × 10^exp
};

// The fewest digits that read back as exactly `v`.
Decimal shortest(double v) {
  const ShortestDecimal s = shortest_decimal(v);
  Decimal d;
  d.negative = std::signbit(v);
  d.digits.assign(s.digits, static_cast<std::size_t>(s.length));
  d.exp = s.exponent + s.length - 1;
  return d;
}

// d.ddd × 10^(exp - shift) written out in plain digits with `point` as decimal separator.
std::string plain(const Decimal& d, int shift, char point) {
  const int int_len = d.exp - shift + 1;
  const int n = static_cast<int>(d.digits.size());
  std::string s;
  if (int_len <= 0) s = std::string("0") + point + std::string(-int_len, '0') + d.digits;
  else if (int_len >= n) s = d.digits + std::string(int_len - n, '0');
  else s = d.digits.substr(0, int_len) + point + d.digits.substr(int_len);
  return (d.negative ? "-" : "") + s;
}

std::string superscript(int e) {
  static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out = e < 0 ? "⁻" : "";
  for (char c : std::to_string(std::abs(e))) out += kSup[c - '0'];
  return out;
}

bool counted(Unit u) {
  return u == Unit::tokens || u == Unit::params || u == Unit::gpu_hours || u == Unit::per_day || u == Unit::usd;
}

// Labels after the number, in the order they are tried when reading (longest first).
std::vector<std::string> labels(Unit u, Lang lang) {
  switch (u) {
    case Unit::tokens: return {lang == Lang::it ? "token" : "tokens", "tokens", "token"};
    case Unit::params: return {lang == Lang::it ? "parametri" : "params", "parametri", "params"};
    case Unit::days: return {lang == Lang::it ? "giorni" : "days", "giorni", "days"};
    case Unit::years: return {lang == Lang::it ? "anni" : "years", "anni", "years"};
    case Unit::per_day: return {lang == Lang::it ? "/giorno" : "/day", "/giorno", "/day"};
    case Unit::usd: case Unit::count: case Unit::ratio: case Unit::none: return {""};
    case Unit::usd_per_hour: return {"/h"};
    case Unit::usd_per_kwh: return {"/kWh"};
    default: return {unit_label(u)};
  }
}

bool is_usd(Unit u) { return u == Unit::usd || u == Unit::usd_per_hour || u == Unit::usd_per_kwh; }


bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A decimal number and nothing else ("+1.5", ".5", "2e9"; not hex, "inf" or "nan"), finite.
bool to_double(const std::string& s, double* out) {
  double v = 0;
  if (!parse_decimal(s, &v) || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

// "3.29×10²⁴" / "3.29x10^24" / "3.29*10^24" -> "3.29e24"; false when there is no such exponent.
bool times_ten(const std::string& s, std::string* out) {
  for (const char* times : {"×10", "x10", "X10", "*10"}) {
    const std::size_t at = s.find(times);
    if (at == std::string::npos) continue;
    std::string exp, rest = s.substr(at + std::string(times).size());
    if (!rest.empty() && rest[0] == '^') rest.erase(0, 1);
    static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (std::size_t i = 0; i < rest.size();) {
      bool hit = false;
      if (rest.compare(i, 3, "⁻") == 0) exp += '-', i += 3, hit = true;
      for (int d = 0; d < 10 && !hit; ++d)
        if (rest.compare(i, std::string(kSup[d]).size(), kSup[d]) == 0) exp += char('0' + d), i += std::string(kSup[d]).size(), hit = true;
      if (!hit && (std::isdigit(static_cast<unsigned char>(rest[i])) || rest[i] == '-')) exp += rest[i++], hit = true;
      if (!hit) return false;
    }
    if (exp.empty() || exp == "-") return false;
    *out = trim_blanks(s.substr(0, at)) + "e" + exp;
    return true;
  }
  return false;
}

}  // namespace

std::string format_input(double v, Unit unit, Lang lang) {
  if (!has(v)) return "";
  const char point = lang == Lang::it ? ',' : '.';
  const Decimal d = shortest(v);
  const double a = std::fabs(v);
  std::string number;
  if (unit == Unit::flops && a >= 1e6) {
    number = plain(d, d.exp, point) + "×10" + superscript(d.exp);
  } else if (counted(unit) && a >= 1e3 && a < 1e15) {
    static const char* const kSuffix[] = {"k", "M", "B", "T"};
    const int k = std::min(4, static_cast<int>(std::floor(std::log10(a) / 3)));  // 1e3 -> k
    number = plain(d, 3 * k, point) + kSuffix[k - 1];
  } else if (v != 0 && (a >= 1e15 || a < 1e-6)) {
    number = plain(d, d.exp, point) + "e" + std::to_string(d.exp);
  } else {
    number = plain(d, 0, point);
  }
  if (is_usd(unit)) return "$" + number + labels(unit, lang)[0];
  const std::string label = labels(unit, lang)[0];
  return label.empty() ? number : number + " " + label;
}

std::string input_unit_label(Unit unit, Lang lang) { return is_usd(unit) ? "" : labels(unit, lang)[0]; }

std::string trim_blanks(const std::string& s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t a = 0, b = s.size();
  while (a < b && blank(s[a])) ++a;
  while (b > a && blank(s[b - 1])) --b;
  return s.substr(a, b - a);
}

bool parse_input(const std::string& text, Unit unit, double* out) {
  std::string s = trim_blanks(text);
  if (!s.empty() && s[0] == '$') s = trim_blanks(s.substr(1));
  for (const std::string& label : labels(unit, Lang::en))
    if (!label.empty() && ends_with(s, label)) {
      s = trim_blanks(s.substr(0, s.size() - label.size()));
      break;
    }
  for (char& c : s) c = c == ',' ? '.' : c;
  std::string sci;
  if (times_ten(s, &sci)) return to_double(sci, out);
  static const std::pair<char, int> kSuffix[] = {{'k', 3}, {'K', 3}, {'M', 6}, {'B', 9}, {'G', 9}, {'T', 12}};
  for (auto [c, e] : kSuffix) {
    if (s.empty() || s.back() != c) continue;
    const std::string mantissa = trim_blanks(s.substr(0, s.size() - 1));
    if (mantissa.find_first_of("eE") != std::string::npos) return false;
    return !mantissa.empty() && to_double(mantissa + "e" + std::to_string(e), out);
  }
  return to_double(s, out);
}

}  // namespace modelwatt
