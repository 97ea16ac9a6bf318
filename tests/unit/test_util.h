// Helpers shared by the unit tests: parse a scenario from JSON text against the built-in catalog.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/estimate.h"
#include "core/json_read.h"
#include "core/scenario_parse.h"

namespace modelwatt::test {

// JSON text the test knows to be valid, as a Json (fails the test otherwise).
inline Json parsed_json(const std::string& text) {
  Json j;
  std::string why;
  const bool ok = parse_json(text, &j, &why);
  INFO(why);
  REQUIRE(ok);
  return j;
}

inline Scenario parse_one(const std::string& json) {
  std::vector<Scenario> out;
  Error e;
  const bool ok = parse_scenarios(json, builtin_catalog(), &out, &e);
  INFO(e.message());
  REQUIRE(ok);
  REQUIRE(out.size() == 1);
  return out[0];
}

inline Result estimate_json(const std::string& json) { return estimate(parse_one(json)); }

// The error a bad input gets (fails the test if it parses).
inline Error parse_error(const std::string& json) {
  std::vector<Scenario> out;
  Error e;
  const bool ok = parse_scenarios(json, builtin_catalog(), &out, &e);
  INFO(json);
  CHECK_FALSE(ok);
  return e;
}

// A custom H800-like accelerator object, independent of the catalog's values.
inline const char* kCustomHopper = R"({"peak_tflops": {"bf16": 989.5, "fp8": 1979}, "tdp_w": 700})";

}  // namespace modelwatt::test
