#include "core/precision.h"

namespace modelwatt {

static const char* const kNames[kPrecisionCount] = {"bf16", "fp16", "fp8", "tf32", "fp32"};

const char* precision_name(Precision p) { return kNames[static_cast<int>(p)]; }

bool parse_precision(std::string_view name, Precision* out) {
  for (int i = 0; i < kPrecisionCount; ++i) {
    if (name == kNames[i]) {
      *out = static_cast<Precision>(i);
      return true;
    }
  }
  return false;
}

}  // namespace modelwatt
