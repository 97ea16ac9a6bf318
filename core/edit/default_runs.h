// The runs every face opens on, baseline first: the app's first render, the card without a link, and
// what the web modules embed from the catalog (web/front/CMakeLists.txt reads the #define below, so
// the embedded entries cannot drift from what the first render shows; the rest are shards).
#pragma once

#define MODELWATT_DEFAULT_RUNS "llama-3.1-405b,deepseek-v3"

namespace modelwatt {

// Llama 3.1 405B first, the baseline every ratio is read against: "DeepSeek-V3 used about 1/11 of…"
inline constexpr const char* kDefaultRuns = MODELWATT_DEFAULT_RUNS;
// The card's link when it has none.
inline constexpr const char* kDefaultLink = "v=1&s=" MODELWATT_DEFAULT_RUNS "&metric=gpu_hours";

}  // namespace modelwatt
