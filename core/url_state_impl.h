// Internals shared by url_codec.cpp and url_state.cpp (not part of the core's interface).
#pragma once
#include <string>

namespace modelwatt::url_detail {

// Shortest text that reads back as exactly `v`, without '+' ("1.48e13", "2788000", "1.3").
std::string compact_number(double v);
// Strict decimal number (no hex, inf, nan, spaces); false when `s` is not one.
bool parse_number(const std::string& s, double* out);

}  // namespace modelwatt::url_detail
