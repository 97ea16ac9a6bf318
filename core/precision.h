// Numeric precisions an accelerator may have a dense peak for.
#pragma once
#include <string_view>

namespace modelwatt {

enum class Precision { bf16, fp16, fp8, tf32, fp32 };
inline constexpr int kPrecisionCount = 5;

const char* precision_name(Precision p);
// Returns false when `name` is not one of bf16, fp16, fp8, tf32, fp32.
bool parse_precision(std::string_view name, Precision* out);

}  // namespace modelwatt
