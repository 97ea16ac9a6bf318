// Fuzzes uncertainty from a link (issue 11): any bytes as a query string -> validated scenarios ->
// Monte Carlo intervals, tornado rows and, with two scenarios, a claim on the link's metric.
// Properties: never a crash or sanitizer report (the core is instrumented too: fuzz/CMakeLists.txt);
// every interval, tornado row and claim ratio is finite or absent (a non-finite sample is the
// "result too large" error, never a number); every rejection says why.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"
#include "core/url_state.h"

using namespace modelwatt;

namespace {

void check_interval(const Interval& i) {
  for (double x : {i.p5, i.p50, i.p95})
    if (std::isinf(x)) __builtin_trap();
  if (i.present() && !(i.p5 <= i.p50 && i.p50 <= i.p95)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  UrlState state;
  std::vector<Scenario> scenarios;
  Error error;
  if (!decode_url_scenarios(query, builtin_catalog(), &state, &scenarios, &error)) {
    if (error.message().empty()) __builtin_trap();
    return 0;
  }
  UncertaintyOptions o;
  o.samples = 256;  // small: the property is per sample, not statistical
  o.seed = size;
  const IntervalSet set = estimate_intervals(scenarios, o);
  if (!set.ok() && set.error.reason.find("result too large") == std::string::npos) __builtin_trap();
  for (const auto* list : {&set.results, &set.comparison})
    for (const ResultIntervals& r : *list)
      for (const Interval& i : r.outputs) check_interval(i);
  for (const Tornado& t : tornado(scenarios[0], o))
    for (const TornadoRow& row : t.rows)
      if (std::isinf(row.output_low) || std::isinf(row.output_high) || !(row.share >= 0 && row.share <= 1))
        __builtin_trap();
  if (scenarios.size() < 2) return 0;
  Claim claim;
  claim.metric = state.metric.find('.') != std::string::npos ? state.metric : "training.gpu_hours";
  claim.field = find_output_field(claim.metric);
  claim.ratio = 0.5;
  ClaimResult r;
  if (check_claim(scenarios[0], scenarios[1], claim, o, &r, &error)) {
    check_interval(r.ratio);
    if (claim_sentence(claim, r, Lang::it).empty()) __builtin_trap();
  } else if (error.message().empty()) {
    __builtin_trap();
  }
  return 0;
}
