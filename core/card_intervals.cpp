#include "core/card_intervals.h"

namespace modelwatt {

CardIntervals card_intervals(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                             const ChartMetric& metric, int samples) {
  CardIntervals out;
  out.bars.assign(results.size(), Interval{});
  UncertaintyOptions o;
  o.samples = samples;
  o.seed = kCardSeed;
  for (const OutputField* f : {metric.total, metric.fallback})
    if (f) o.metrics.push_back(f);
  if (o.metrics.empty() || scenarios.size() != results.size()) return out;
  const IntervalSet set = estimate_intervals(scenarios, o);
  if (!set.ok()) {
    out.error = set.error;
    return out;
  }
  std::vector<const OutputField*> fields;
  for (std::size_t i = 0; i < results.size(); ++i) {
    fields.push_back(bar_field(metric, results[i]));
    if (fields[i]) out.bars[i] = set.results[i].of(*fields[i]);
  }
  // The core's comparison is scenario i / scenario 0, sample by sample (shared assumptions cancel),
  // which is the sentence's direction: the second scenario against the first, the baseline.
  if (results.size() < 2 || !fields[0] || fields[0] != fields[1]) return out;
  const Interval& q = set.comparison[1].of(*fields[0]);
  if (q.present() && q.p5 > 0) out.ratio = q;
  return out;
}

}  // namespace modelwatt
