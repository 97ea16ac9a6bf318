// One sentence in plain words for a comparison and a metric, for readers of an article:
// "DeepSeek-V3 used about 1/11 of the GPU-hours of Llama 3.1 405B (2.79M vs 30.8M GPU-h)."
#pragma once
#include <string>
#include <vector>

#include "core/chart_metric.h"
#include "core/format.h"
#include "core/result.h"
#include "core/uncertainty.h"

namespace modelwatt {

// "1/11" below 1/2, "70%" (Italian "il 70%") up to 0.9, "" for about the same (0.9-1.1), "3.2" above.
std::string ratio_words(double ratio, Lang lang);

// A bar's ratio to the reference, short: "1/11", "0.7×", "11.1×" (localised digits); "" for kNone.
std::string ratio_short(double ratio, Lang lang);

// The second result against the first, the baseline (or the first alone). Labels appear as given (plain text:
// faces escape them for their markup).
std::string summary_sentence(const std::vector<Result>& results, const ChartMetric& metric, Lang lang);

// The same sentence with the 90% interval of results[0] / results[1] (core/card_intervals.h):
// "DeepSeek-V3 used between 1/12 and 1/10 of the GPU-hours of Llama 3.1 405B (2.79M GPU-h vs 30.8M
// GPU-h)." The point sentence when the interval is absent, collapsed, or both ends read the same.
std::string summary_sentence(const std::vector<Result>& results, const ChartMetric& metric, const Interval& ratio,
                             Lang lang);

}  // namespace modelwatt
