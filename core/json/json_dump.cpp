// Json -> text, byte for byte as nlohmann::ordered_json::dump(indent, ' ', false, replace) wrote it,
// so the CLI's output did not change when nlohmann left the build.
#include <cmath>
#include <cstring>

#include "core/json/grisu2.h"
#include "core/json/json_value.h"
#include "core/json/print_number.h"
#include "core/utf8.h"

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
    *out += (n - 1 < 0 ? "e-" : "e+") + print_int(std::abs(n - 1), 2);  // "e%c%02d"
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

void append_string(std::string* out, const std::string& s) {
  *out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t prefix = 0;
    const std::size_t n = utf8_length(s, i, &prefix);
    if (n == 0) {  // invalid UTF-8: one replacement character per maximal invalid prefix (as nlohmann)
      *out += "\xEF\xBF\xBD";
      i += prefix ? prefix : 1;
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
        *out += "\\u" + print_hex(c, 4);  // "\\u%04x"
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
