#include "core/label.h"

namespace modelwatt {
namespace {

bool dropped(unsigned cp) {
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return true;             // controls
  if (cp == 0x061C || cp == 0x200E || cp == 0x200F) return true;                      // ALM, LRM, RLM
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return true;  // embeddings, isolates
  return cp == 0xFFFE || cp == 0xFFFF;                                                // not XML characters
}

}  // namespace

std::string clean_label(const std::string& label) {
  std::string out;
  out.reserve(label.size());
  for (std::size_t i = 0; i < label.size();) {
    const unsigned char b = static_cast<unsigned char>(label[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    unsigned cp = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    for (std::size_t k = 1; k < len && i + k < label.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(label[i + k]) & 0x3F);
    if (cp == '\t' || cp == '\n' || cp == '\r')
      out += ' ';
    else if (!dropped(cp))
      out.append(label, i, len);
    i += len;
  }
  return out;
}

}  // namespace modelwatt
