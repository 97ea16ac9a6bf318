#include "core/json/json_writer.h"

#include <cmath>
#include <cstdlib>

#include "core/json/grisu2.h"
#include "core/json/print_number.h"
#include "core/utf8.h"

namespace modelwatt {
namespace {

// nlohmann's format_buffer: digits × 10^exponent in fixed notation for 1e-5 <= v < 1e15
// (".0" added to integral values so they read back as floats), otherwise d.ddde±XX.
void append_digits(std::string* out, const ShortestDecimal& d) {
  const int k = d.length, n = d.length + d.exponent;  // n: where the point goes in the digits
  const char* digits = d.digits;
  if (k <= n && n <= 15) {
    out->append(digits, k).append(n - k, '0').append(".0");
  } else if (0 < n && n <= 15) {
    out->append(digits, n).append(1, '.').append(digits + n, k - n);
  } else if (-4 < n && n <= 0) {
    out->append("0.").append(-n, '0').append(digits, k);
  } else {
    *out += digits[0];
    if (k > 1) out->append(1, '.').append(digits + 1, k - 1);
    out->append(n - 1 < 0 ? "e-" : "e+").append(print_int(std::abs(n - 1), 2));  // "e%c%02d"
  }
}

void append_string(std::string* out, std::string_view s) {
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
      out->append(s.data() + i, n);
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

}  // namespace

void JsonWriter::new_line() {
  *out_ += '\n';
  out_->append(static_cast<std::size_t>(indent_ * depth_), ' ');
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_) *out_ += ',';
  first_ = false;
  if (indent_ >= 0) new_line();
}

JsonWriter& JsonWriter::open(char c) {
  separate();
  *out_ += c;
  ++depth_;
  first_ = true;
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  --depth_;
  if (!first_ && indent_ >= 0) new_line();  // an empty container stays "{}" / "[]"
  *out_ += c;
  first_ = false;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  separate();
  append_string(out_, k);
  *out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view text) {
  separate();
  out_->append(text);
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  separate();
  append_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(double v) {
  if (!std::isfinite(v)) return null();
  separate();
  if (std::signbit(v)) *out_ += '-';
  if (v == 0)
    *out_ += "0.0";
  else
    append_digits(out_, grisu2_decimal(v));
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  return raw(b ? "true" : "false");
}

JsonWriter& JsonWriter::null() {
  return raw("null");
}

JsonWriter& JsonWriter::integer(int64_t n) {
  return digits(n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n), n < 0);
}

JsonWriter& JsonWriter::unsigned_integer(uint64_t n) {
  return digits(n, false);
}

// Not std::to_string: one loop for both signs is less wasm than its two instantiations.
JsonWriter& JsonWriter::digits(uint64_t n, bool negative) {
  char text[21];  // "-9223372036854775808" or "18446744073709551615"
  char* p = text + sizeof text;
  do {
    *--p = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  if (negative) *--p = '-';
  return raw(std::string_view(p, static_cast<std::size_t>(text + sizeof text - p)));
}

}  // namespace modelwatt
