// Input errors: the field path and the reason, printed as "path: reason".
#pragma once
#include <string>

namespace modelwatt {

// At most `max_bytes` of `s`, cut at a UTF-8 character boundary, with "…" when cut: what an error
// quotes from the input stays bounded (issue 11: a 100 KB key gave a 100 KB line).
std::string clip_utf8(const std::string& s, std::size_t max_bytes);
// Text a message quotes back to the user (a parameter, a typed value, a JSON value): at most 40 bytes,
// longer ones cut at a character boundary within 37 bytes and ended with "...".
std::string excerpt(const std::string& s);

inline constexpr std::size_t kMaxErrorPathBytes = 120;
inline constexpr std::size_t kMaxErrorReasonBytes = 400;

struct Error {
  std::string path;             // "scenarios[1].training.pue", or "" for the whole input
  std::string reason;           // "must be >= 1 (got 0.8)"
  std::string message() const;  // both parts clipped (kMaxErrorPathBytes, kMaxErrorReasonBytes)
};

}  // namespace modelwatt
