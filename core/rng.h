// A counter-based random generator and the inverse CDFs of input ranges, written out here so that
// every platform (native, wasm) draws the very same bits for a seed: no std:: distributions (their
// algorithms differ between standard libraries) and no hidden state (sample i of an input is a pure
// function of seed, input and i, so draws can be computed in any order, or only some of them).
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/catalog.h"

namespace modelwatt {

// SplitMix64's finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mixer that passes BigCrush
// when fed a counter.
inline std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

inline constexpr std::uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

// FNV-1a over bytes: names an input stream by its path and range, so the same input gets the same
// draws in every scenario and every call, whatever else is being sampled alongside.
inline std::uint64_t fnv1a(const void* data, std::size_t n, std::uint64_t h = 0xcbf29ce484222325ULL) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ULL;
  return h;
}

inline std::uint64_t stream_id(const std::string& path, const Range& r) {
  std::uint64_t h = fnv1a(path.data(), path.size());
  const double b[3] = {r.low, has(r.mode) ? r.mode : -1.0, r.high};
  h = fnv1a(b, sizeof b, h);  // IEEE doubles, little-endian on every target we build
  return fnv1a(&r.loguniform, 1, h);
}

// The key of one stream: SplitMix64 state for (seed, stream).
inline std::uint64_t stream_key(std::uint64_t seed, std::uint64_t stream) { return mix64(seed ^ mix64(stream + kGolden)); }

// Draw i of a stream, uniform on the open interval (0, 1): 53 random bits, centred in their cell so
// neither 0 nor 1 ever comes out (the inverse CDFs below stay finite).
inline double uniform01(std::uint64_t key, std::uint64_t i) {
  const std::uint64_t bits = mix64(key + (i + 1) * kGolden) >> 11;
  return (static_cast<double>(bits) + 0.5) * (1.0 / 9007199254740992.0);
}

// ln and exp from + - * / and exact scaling only: libm's may differ in the last bit between glibc
// and the wasm libc, and a loguniform draw must be the same bits everywhere.
double portable_log(double x);
double portable_exp(double x);

// Inverse CDF of a range at u in (0, 1): uniform, triangular (mode given) or loguniform.
// Clamped to [low, high], so rounding never takes a draw outside the range (an mfu of 1 + 1e-16).
inline double range_quantile(const Range& r, double u) {
  const double w = r.high - r.low;
  if (!(w > 0)) return r.low;
  double x;
  if (r.loguniform) {
    const double a = portable_log(r.low), b = portable_log(r.high);
    x = portable_exp(a + u * (b - a));
  } else if (!has(r.mode)) {
    x = r.low + u * w;
  } else if (u * w < r.mode - r.low) {  // u < (mode - low) / w, without the division's rounding
    x = r.low + std::sqrt(u * w * (r.mode - r.low));
  } else {
    x = r.high - std::sqrt((1.0 - u) * w * (r.high - r.mode));
  }
  return x < r.low ? r.low : x > r.high ? r.high : x;
}

}  // namespace modelwatt
