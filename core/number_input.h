// Numbers in input fields: readable like format.h ("671B params", "14.8T tokens", "2.788M GPU-h",
// "3.29×10²⁴ FLOP") yet exact, so showing a value and reading it back never changes it. Display
// keeps every significant digit (shortest round trip); only the exponent moves into a suffix.
#pragma once
#include <string>

#include "core/format.h"
#include "core/units.h"

namespace modelwatt {

// "" for kNone. Uses the locale's decimal separator and no grouping (typing "1,1" in Italian must
// work); large counts get k/M/B/T, FLOPs a ×10ⁿ exponent, and the unit's label follows.
std::string format_input(double v, Unit unit, Lang lang);
// Reads what format_input writes and what people type: "671B", "671 B params", "1.5e12",
// "14,8T", "3.29×10²⁴", "3.29x10^24". A trailing unit label is optional. False on anything else.
bool parse_input(const std::string& text, Unit unit, double* out);
// `s` without the spaces, tabs and line breaks at either end (what a pasted number often carries).
std::string trim_blanks(const std::string& s);
// The label format_input writes after the number, in `lang` ("parametri", "W", "/giorno"); "" for
// dollars (the "$" leads the number) and plain numbers.
std::string input_unit_label(Unit unit, Lang lang);

}  // namespace modelwatt
