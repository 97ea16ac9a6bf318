#include "core/utf8.h"

namespace modelwatt {

std::size_t utf8_length(std::string_view s, std::size_t i, std::size_t* valid_prefix) {
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned lo = 0x80, hi = 0xBF;  // the second byte's range (table 3-7); later bytes are 80..BF
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
  else if (c >= 0xF0 && c <= 0xF4)
    n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
  *valid_prefix = 0;
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned b = byte(i + k);
    if (b < (k == 1 ? lo : 0x80u) || b > (k == 1 ? hi : 0xBFu)) {
      *valid_prefix = k;
      return 0;
    }
  }
  return n;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t prefix = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i, &prefix);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace modelwatt
