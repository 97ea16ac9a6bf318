// Numbers as people type them in the UI language. Italian writes 1.234,5 (comma decimal, dot
// groups), English 1,234.5. The reading is strict where a mistake would be silent: "4.096" in
// Italian is 4096 (a group of three after a dot), "1,25" is 1.25; a text whose separators do not fit
// the language, or a grouped number where only a decimal makes sense (a PUE of "1.250"), is refused
// with a message that shows how it was read. Suffixes and units come from number_input.h
// ("671B", "14,8T", "3,29×10²⁴", "700 W").
#pragma once
#include <string>

#include "core/format.h"
#include "core/units.h"

namespace modelwatt {

struct NumberReading {
  bool ok = false;
  double value = kNone;
  std::string message;  // why it was refused, in the UI language ("" when ok)
};

// `small_decimal`: the field holds a small dimensionless number (PUE, MFU, a fraction), where digit
// groups are implausible, so "1.250" is refused as ambiguous instead of read as 1250.
NumberReading read_locale_number(const std::string& text, Unit unit, Lang lang, bool small_decimal);

}  // namespace modelwatt
