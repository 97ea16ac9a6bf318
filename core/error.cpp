#include "core/error.h"

namespace modelwatt {

std::string clip_utf8(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

std::string excerpt(const std::string& s) {
  if (s.size() <= 40) return s;
  std::size_t n = 37;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "...";
}

std::string Error::message() const {
  const std::string r = clip_utf8(reason, kMaxErrorReasonBytes);
  return path.empty() ? r : clip_utf8(path, kMaxErrorPathBytes) + ": " + r;
}

}  // namespace modelwatt
