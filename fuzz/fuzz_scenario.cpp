// Fuzzes the scenario boundary: any bytes -> parse (size/depth/UTF-8 limits, validation) and, when
// accepted, estimate, explain and serialise. Must never crash, hang or trip a sanitizer. Also the
// JSON layer itself: any text parse_json accepts dumps to text that parses to the same dump.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/estimate.h"
#include "core/explain.h"
#include "core/json_read.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"

using namespace modelwatt;

namespace {

// dump -> parse -> dump is a fixed point (numbers round-trip, escapes and U+FFFD read back), at
// both indentations; and the parsed value equals the original.
void check_round_trip(const std::string& text) {
  Json j, again;
  std::string why;
  if (!parse_json(text, &j, &why)) {
    if (why.empty()) __builtin_trap();
    return;
  }
  for (int indent : {-1, 2}) {
    const std::string once = json_dump(j, indent);
    if (!parse_json(once, &again, &why) || json_dump(again, indent) != once || !(again == j)) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  check_round_trip(text);
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
