// tornado_rows(): a template so the claim checker can rank the drivers of a ratio.
#pragma once
#include <algorithm>
#include <vector>

namespace modelwatt {

void rank_tornado_rows(std::vector<TornadoRow>* rows);

template <class F>
std::vector<TornadoRow> tornado_rows(Sampler& sampler, F value) {
  std::vector<Result> res(sampler.scenario_count());
  std::vector<TornadoRow> rows;
  for (std::size_t d = 0; d < sampler.inputs().size(); ++d) {
    TornadoRow row;
    row.input = sampler.inputs()[d].path;
    row.input_low = sampler.input_quantile(d, 0.05);
    row.input_high = sampler.input_quantile(d, 0.95);
    sampler.evaluate_one(d, row.input_low, res.data());
    row.output_low = value(res.data());
    sampler.evaluate_one(d, row.input_high, res.data());
    row.output_high = value(res.data());
    if (has(row.output_low) && has(row.output_high) && row.output_low != row.output_high) rows.push_back(row);
  }
  rank_tornado_rows(&rows);
  return rows;
}

}  // namespace modelwatt
