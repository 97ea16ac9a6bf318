// Fuzzes the scenario boundary: any bytes -> parse (size/depth/UTF-8 limits, validation) and, when
// accepted, estimate, explain and serialise. Must never crash, hang or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/estimate.h"
#include "core/explain.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"

using namespace modelwatt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<Scenario> scenarios;
  Error error;
  if (!parse_scenarios(text, builtin_catalog(), &scenarios, &error)) {
    if (error.message().empty()) __builtin_trap();  // every rejection must say why
    return 0;
  }
  std::vector<Result> results;
  for (const Scenario& s : scenarios) results.push_back(estimate(s));
  const std::string json = json_dump(estimate_to_json(scenarios, results, builtin_catalog()));
  if (json.empty()) __builtin_trap();
  for (const Scenario& s : scenarios) explain_text(s, Lang::it);
  return 0;
}
