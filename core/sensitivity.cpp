#include "core/sensitivity.h"

#include <cmath>

namespace modelwatt {

void rank_tornado_rows(std::vector<TornadoRow>* rows) {
  double total = 0;
  for (TornadoRow& r : *rows) {
    const double swing = r.output_high - r.output_low;
    total += swing * swing;
  }
  for (TornadoRow& r : *rows) {
    const double swing = r.output_high - r.output_low;
    r.share = total > 0 ? swing * swing / total : 0;
  }
  // Largest share first; the input path breaks ties so the order is the same everywhere.
  std::stable_sort(rows->begin(), rows->end(), [](const TornadoRow& a, const TornadoRow& b) {
    return a.share != b.share ? a.share > b.share : a.input < b.input;
  });
}

std::vector<Tornado> tornado(const Scenario& s, const UncertaintyOptions& options) {
  Sampler sampler({s}, options);
  Result point;
  sampler.evaluate_point(&point);
  std::size_t n;
  const OutputField* fields = output_fields(&n);
  std::vector<Tornado> out;
  for (std::size_t k = 0; k < n; ++k) {
    const double v = output_value(point, fields[k]);
    if (!has(v)) continue;
    Tornado t;
    t.output = &fields[k];
    t.point = v;
    t.rows = tornado_rows(sampler, [&](const Result* r) { return output_value(r[0], fields[k]); });
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace modelwatt
