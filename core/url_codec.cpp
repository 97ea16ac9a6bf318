// Low-level pieces of the URL-state codec: percent-encoding, UTF-8 validation, compact numbers.
#include <cmath>
#include <cstdlib>

#include "core/json/decimal.h"
#include "core/json/print_number.h"
#include "core/url_state.h"
#include "core/url_state_impl.h"

namespace modelwatt {

std::string url_encode(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool url_decode(const std::string& s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {  // application/x-www-form-urlencoded, what URLSearchParams writes
      *out += ' ';
    } else if (s[i] == '%') {
      if (i + 2 >= s.size()) return false;
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return false;
      *out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      *out += s[i];
    }
  }
  return is_valid_utf8(*out);
}

namespace url_detail {

std::string compact_number(double v) {
  std::string best = std::isnan(v) ? "" : shortest_g(v);
  // "1.48e+13" -> "1.48e13", "1e-05" -> "1e-5": no '+' (a space in forms) and no padding zeros
  if (auto e = best.find('e'); e != std::string::npos) {
    std::string mant = best.substr(0, e), exp = best.substr(e + 1);
    bool neg = !exp.empty() && exp[0] == '-';
    if (!exp.empty() && (exp[0] == '+' || exp[0] == '-')) exp.erase(0, 1);
    while (exp.size() > 1 && exp[0] == '0') exp.erase(0, 1);
    best = mant + "e" + (neg ? "-" : "") + exp;
  }
  if (std::floor(v) == v && std::fabs(v) < 1e16) {  // plain integers when not longer
    const std::string plain = print_fixed(v, 0);
    if (plain.size() <= best.size()) best = plain;
  }
  return best;
}

bool parse_number(const std::string& s, double* out) {
  // Strictly decimal: -?digits[.digits][e[-+]digits]; no hex, inf, nan or spaces (strtod takes those).
  std::size_t i = 0, n = s.size();
  if (i < n && s[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t exp_digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  if (i != n || n > 40) return false;
  return parse_decimal(s, out);
}

}  // namespace url_detail
}  // namespace modelwatt
