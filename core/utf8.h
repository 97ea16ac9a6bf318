// UTF-8 well-formedness, one definition for every reader of text: the JSON parser (refuses), the JSON
// writer (replaces with U+FFFD) and the link decoder (refuses). Well-formed means the Unicode
// standard's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF.
#pragma once
#include <cstddef>
#include <string_view>

namespace modelwatt {

// Length (1-4) of the well-formed sequence at s[i]; or 0 when it is ill-formed, with *valid_prefix
// set to how many of its bytes were well-formed before the offending one (0 for a bad lead byte; the
// "maximal subpart" one U+FFFD replaces is max(1, *valid_prefix) bytes). i must be < s.size().
std::size_t utf8_length(std::string_view s, std::size_t i, std::size_t* valid_prefix);

bool is_valid_utf8(std::string_view s);

}  // namespace modelwatt
