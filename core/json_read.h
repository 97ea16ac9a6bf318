// The one boundary between JSON text and the core: a non-throwing parse with limits (size, depth,
// UTF-8), and small typed readers that never throw.
#pragma once
#include <cmath>
#include <string>

#include "core/json/json_value.h"

namespace modelwatt {

inline constexpr size_t kMaxInputBytes = 1 << 20;  // 1 MiB
inline constexpr int kMaxDepth = 16;

// Parses `text` into *out. On failure returns false and sets *error to a reason such as
// "not valid JSON at byte 17: ..." or "nesting deeper than 16". Never throws. A key given twice in
// one object is refused, naming its path ("scenarios[1].training.pue: given twice (each key once)").
// Defined in core/json/json_parse.cpp.
bool parse_json(const std::string& text, Json* out, std::string* error);

// Non-throwing readers: return the fallback when the key is absent or of another type.
double json_number(const Json& j, const char* key, double fallback);
std::string json_string(const Json& j, const char* key, const std::string& fallback = "");
int json_int(const Json& j, const char* key, int fallback = 0);

// A number, or JSON null for kNone/NaN/infinity (so JSON consumers see null, never NaN).
inline Json json_num(double v) {
  return std::isfinite(v) ? Json(v) : Json(nullptr);
}

// Compact dump that never throws (invalid UTF-8 is replaced).
std::string json_dump(const Json& j, int indent = -1);

// A value as an error message quotes it: its compact text cut to 40 bytes ("[1,2,3,4,...").
std::string json_excerpt(const Json& v);
// The same after its type name, for "must be a number (got string \"x\")": `string "x"`.
std::string json_describe(const Json& v);

}  // namespace modelwatt
