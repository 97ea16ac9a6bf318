// Json -> text, byte for byte as nlohmann::ordered_json::dump(indent, ' ', false, replace) wrote it,
// so the CLI's output did not change when nlohmann left the build.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/json/grisu2.h"
#include "core/json/json_value.h"

namespace modelwatt {
namespace {

// nlohmann's format_buffer: digits × 10^exponent in fixed notation for 1e-5 <= v < 1e15
// (".0" added to integral values so they read back as floats), otherwise d.ddde±XX.
void append_digits(std::string* out, const ShortestDecimal& d) {
  const int k = d.length, n = d.length + d.exponent;  // n: where the point goes in the digits
  const std::string digits(d.digits, static_cast<std::size_t>(k));
  if (k <= n && n <= 15) {
    *out += digits + std::string(static_cast<std::size_t>(n - k), '0') + ".0";
  } else if (0 < n && n <= 15) {
    *out += digits.substr(0, static_cast<std::size_t>(n)) + "." + digits.substr(static_cast<std::size_t>(n));
  } else if (-4 < n && n <= 0) {
    *out += "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    *out += digits.substr(0, 1);
    if (k > 1) *out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", n - 1 < 0 ? '-' : '+', std::abs(n - 1));
    *out += exp;
  }
}

void append_double(std::string* out, double v) {
  if (!std::isfinite(v)) {
    *out += "null";
    return;
  }
  if (std::signbit(v)) *out += '-';
  if (v == 0) {
    *out += "0.0";
    return;
  }
  append_digits(out, grisu2_decimal(v));
}

// Length of the well-formed UTF-8 sequence at s[i], or 0 with *bad set to how many bytes form the
// longest invalid prefix (at least 1): the "maximal subpart" that one U+FFFD replaces, which is
// what nlohmann's DFA-based replace handler does.
std::size_t utf8_length(const std::string& s, std::size_t i, std::size_t* bad) {
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = byte(i);
  std::size_t n = 0;
  unsigned lo = 0x80, hi = 0xBF;  // the second byte's range; later bytes are 80..BF
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
  else if (c >= 0xF0 && c <= 0xF4)
    n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned b = byte(i + k);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
      *bad = k;
      return 0;
    }
  }
  if (n == 0) *bad = 1;
  return n;
}

void append_string(std::string* out, const std::string& s) {
  *out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t bad = 0;
    const std::size_t n = utf8_length(s, i, &bad);
    if (n == 0) {  // invalid UTF-8: one replacement character per maximal invalid prefix
      *out += "\xEF\xBF\xBD";
      i += bad;
      continue;
    }
    if (n > 1) {
      out->append(s, i, n);
    } else if (c == '"' || c == '\\') {
      *out += '\\';
      *out += static_cast<char>(c);
    } else if (c < 0x20) {
      static const char kShort[] = "btn\0fr";  // \b \t \n (\v has none) \f \r
      if (c >= 0x08 && c <= 0x0D && c != 0x0B) {
        *out += '\\';
        *out += kShort[c - 0x08];
      } else {
        char esc[8];
        std::snprintf(esc, sizeof esc, "\\u%04x", c);
        *out += esc;
      }
    } else {
      *out += static_cast<char>(c);
    }
    i += n;
  }
  *out += '"';
}

void append_value(std::string* out, const Json& j, int indent, int level);

template <class Range, class Each>
void append_container(std::string* out, const Range& range, char open, char close, int indent, int level,
                      Each each) {
  *out += open;
  if (range.empty()) {
    *out += close;
    return;
  }
  const std::string pad =
      indent >= 0 ? "\n" + std::string(static_cast<std::size_t>(indent * (level + 1)), ' ') : "";
  bool first = true;
  for (const auto& e : range) {
    if (!first) *out += ',';
    first = false;
    *out += pad;
    each(e);
  }
  if (indent >= 0) *out += "\n" + std::string(static_cast<std::size_t>(indent * level), ' ');
  *out += close;
}

void append_value(std::string* out, const Json& j, int indent, int level) {
  switch (j.type()) {
    case Json::Type::null:
      *out += "null";
      break;
    case Json::Type::boolean:
      *out += j.get<bool>() ? "true" : "false";
      break;
    case Json::Type::integer:
      *out += std::to_string(j.get<int64_t>());
      break;
    case Json::Type::unsigned_integer:
      *out += std::to_string(j.get<uint64_t>());
      break;
    case Json::Type::floating:
      append_double(out, j.get<double>());
      break;
    case Json::Type::string:
      append_string(out, j.string());
      break;
    case Json::Type::array:
      append_container(out, j.array_ref(), '[', ']', indent, level,
                       [&](const Json& e) { append_value(out, e, indent, level + 1); });
      break;
    case Json::Type::object:
      append_container(out, j.object_ref(), '{', '}', indent, level, [&](const Json::Member& m) {
        append_string(out, m.first);
        *out += indent >= 0 ? ": " : ":";
        append_value(out, m.second, indent, level + 1);
      });
      break;
  }
}

}  // namespace

std::string Json::dump(int indent) const {
  std::string out;
  append_value(&out, *this, indent, 0);
  return out;
}

}  // namespace modelwatt
