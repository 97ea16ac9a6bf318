// Human formatting of numbers and quantities: SI prefixes, 3 significant digits, per-locale
// separators (1,234.5 in English, 1.234,5 in Italian).
#pragma once
#include <string>

#include "core/units.h"

namespace modelwatt {

enum class Lang { en, it };
const char* lang_code(Lang l);
bool parse_lang(const std::string& code, Lang* out);  // "en", "it", "it-IT", ...

// Plain number with grouping and `decimals` digits after the separator.
std::string format_fixed(double v, int decimals, Lang lang);
// Number with 3 significant digits, grouping for large values, no prefix: 0.0342, 989.5 -> "990", 1234 -> "1,234".
std::string format_sig(double v, Lang lang, int sig = 3);
// "2.15 GWh", "8.93 kt CO₂e"... ; "n/a" for kNone. Units follow the quantity's kind.
std::string format_quantity(double v, Unit unit, Lang lang);
// The short unit label of a unit ("kWh", "GPU-h", "g/kWh").
const char* unit_label(Unit unit);
// A ratio as readers say it: 0.0904 -> "0.09×" and "≈1/11".
std::string format_ratio(double r, Lang lang);
std::string format_fraction(double r);  // "1/11", "3.2×" ; "" for kNone

}  // namespace modelwatt
