// The card's uncertainty (issue 5): the p5–p95 of its one metric for each bar (the whiskers) and of
// the second scenario over the first, the baseline (the summary sentence's "between 1/12 and 1/10"). Shared by the
// embed card and `modelwatt render --svg`, so both draw the same whiskers.
//
// Only the card's metric is quantiled (UncertaintyOptions::metrics) and the seed is fixed, so the
// same link always shows the same whiskers and the card pays for one metric, not every output.
#pragma once
#include <cstdint>
#include <vector>

#include "core/chart_metric.h"
#include "core/uncertainty.h"

namespace modelwatt {

inline constexpr int kCardSamples = kDefaultSamples;
inline constexpr std::uint64_t kCardSeed = 1;

struct CardIntervals {
  std::vector<Interval> bars;  // per result: the interval of the value its bar shows (bar_field)
  Interval ratio;              // results[1] / results[0]; absent with one result or mixed fields
  Error error;                 // a sample was not a finite number ("result too large"): nothing to draw
};

CardIntervals card_intervals(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                             const ChartMetric& metric, int samples = kCardSamples);

}  // namespace modelwatt
