// Every validation rule of the contract: the error names the field path and the reason.
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

static const std::string kOk = R"("training": {"gpu_hours": 1000, "power_w": 400, "pue": 1.1})";

static void expect(const std::string& json, const std::string& path, const std::string& reason_part) {
  Error e = parse_error(json);
  CHECK(e.path == path);
  INFO(e.message());
  CHECK(e.reason.find(reason_part) != std::string::npos);
}

TEST_CASE("errors: numbers") {
  expect(R"({"training": {"gpu_hours": "many", "power_w": 400}})", "training.gpu_hours", "must be a number");
  expect(R"({"training": {"gpu_hours": -5, "power_w": 400}})", "training.gpu_hours", "must be > 0 (got -5)");
  expect(R"({"training": {"gpu_hours": 0, "power_w": 400}})", "training.gpu_hours", "must be > 0");
  expect(R"({"training": {"days": 0, "count": 8, "power_w": 400}})", "training.days", "must be > 0");
  expect(R"({"training": {"tokens": 0, "gpu_hours": 10, "power_w": 400}})", "training.tokens", "must be > 0");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "pue": 0.8}})", "training.pue", "must be >= 1 (got 0.8)");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "count": 2.5}})", "training.count", "whole number");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "count": 0}})", "training.count", "whole number");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "mfu": 1.5}})", "training.mfu", "(0, 1]");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "mfu": 0}})", "training.mfu", "(0, 1]");
  expect(R"({"inference": {"energy_it_wh_per_query": 1, "pue": 1.1, "utilization": 2}})", "inference.utilization",
         "(0, 1]");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "grid_gco2e_per_kwh": -1}})",
         "training.grid_gco2e_per_kwh", "must be >= 0");
  expect(R"({"training": {"gpu_hours": 1e999, "power_w": 400}})", "", "number overflow");
  expect(R"({"training": {"gpu_hours": NaN, "power_w": 400}})", "", "not valid JSON");
  expect(R"({"training": {"gpu_hours": true, "power_w": 400}})", "training.gpu_hours", "must be a number");
}

TEST_CASE("errors: model") {
  expect(R"({"model": {"params_total": 1e9, "params_active": 2e9}, )" + kOk + "}", "model.params_active",
         "must be <= model.params_total");
  expect(R"({"model": {"params": 1e9}, )" + kOk + "}", "model.params", "unknown key (did you mean params_total");
}

TEST_CASE("errors: zero input tokens per query is fine") {
  Scenario s = parse_one(R"({"inference": {"energy_it_wh_per_query": 1, "input_tokens": 0, "pue": 1}})");
  CHECK(s.inference.input_tokens == 0);
}

TEST_CASE("errors: unknown keys, ids and precisions suggest the nearest") {
  expect(R"({"training": {"gpu_hours": 10, "power_w": 400, "peu": 1.1}})", "training.peu", "did you mean pue");
  expect(R"({"traning": {"gpu_hours": 10}})", "traning", "did you mean training");
  expect(R"({"preset": "deepseek-v4"})", "preset", "did you mean deepseek-v3");
  expect(R"({"training": {"gpu_hours": 10, "accelerator": "h10"}})", "training.accelerator", "h100");
  expect(R"({"training": {"gpu_hours": 10, "accelerator": "h100", "precision": "fp4"}})", "training.precision",
         "unknown precision");
  expect(R"({"training": {"gpu_hours": 10, "accelerator": "a100-80gb", "precision": "fp8"}})", "training.precision",
         "a100-80gb has no dense fp8 peak");
  expect(R"({"training": {"gpu_hours": 10, "power_w": 1, "region": "itlay"}})", "training.region", "unknown region");
}

TEST_CASE("errors: structure") {
  expect(R"({"scenarios": []})", "scenarios", "empty");
  expect(R"({"label": "nothing"})", "", "nothing to estimate");
  expect(R"([1, 2])", "", "must be a scenario object");
  expect(R"({"scenarios": [{)" + kOk + R"(}, {"training": {"gpu_hours": 1, "power_w": 1, "pue": 0.8}}]})",
         "scenarios[1].training.pue", "must be >= 1 (got 0.8)");
  expect(R"({"scenarios": {}})", "scenarios", "must be a list");
  expect(R"({"scenarios": [{)" + kOk + R"(}], "extra": 1})", "extra", "unknown key");
  expect(R"({"training": [1]})", "training", "must be an object");
  expect(R"({"training": {"power_w": 400, "pue": 1}})", "training", "cannot determine gpu_hours");
  expect(R"({"inference": {"output_tokens": 10, "pue": 1}})", "model.params_total", "required unless");
  expect("{\"label\": \"\xff\xfe\", " + kOk + "}", "", "not valid JSON");
  expect("", "", "not valid JSON");
  expect(R"({"training": )", "", "not valid JSON");
}

TEST_CASE("errors: nesting deeper than 16 and inputs over 1 MiB") {
  std::string deep(17, '[');
  deep += std::string(17, ']');
  expect(deep, "", "nesting deeper than 16");
  std::string ok_depth = "{\"label\": [[[[[[[[[[[[[[1]]]]]]]]]]]]]], " + kOk + "}";  // depth 15: structure error only
  expect(ok_depth, "label", "must be a string");
  std::string big = "{\"label\": \"" + std::string(1 << 20, 'a') + "\"}";
  expect(big, "", "over the 1 MiB limit");
}

TEST_CASE("presets merge: one field overrides the published run") {
  Scenario s = parse_one(R"({"preset": "deepseek-v3", "training": {"pue": 1.3}})");
  CHECK(s.preset == "deepseek-v3");
  CHECK(s.training.pue == 1.3);
  CHECK(s.training.gpu_hours == 2788000);  // from the preset (DeepSeek-V3 report, Table 1)
  CHECK(s.provenance.at("training.pue").status == Status::user);
  CHECK(s.provenance.at("training.gpu_hours").status == Status::disclosed);
  CHECK(s.label == "DeepSeek-V3");
}

TEST_CASE("presets merge: null removes a preset value, so GPU-hours can come from MFU") {
  Scenario s = parse_one(R"({"preset": "deepseek-v3", "training": {"gpu_hours": null, "mfu": 0.2}})");
  CHECK_FALSE(has(s.training.gpu_hours));
  Result r = estimate(s);
  CHECK(r.training.gpu_hours_from == GpuHoursFrom::flops_over_peak_mfu);
  // 3.2856e24 / (1979e12 × 0.2) / 3600 = 2,305,877 GPU-h
  CHECK(r.training.gpu_hours == doctest::Approx(2305877).epsilon(1e-5));
}

TEST_CASE("region gives the grid; an explicit grid wins") {
  Scenario a = parse_one(R"({"training": {"gpu_hours": 10, "power_w": 100, "pue": 1, "region": "cn"}})");
  CHECK(a.training.grid_gco2e_per_kwh == doctest::Approx(582.3));  // Ember 2023, China
  Scenario b = parse_one(R"({"training": {"gpu_hours": 10, "power_w": 100, "pue": 1, "region": "cn", "grid_gco2e_per_kwh": 100}})");
  CHECK(b.training.grid_gco2e_per_kwh == 100);
}

TEST_CASE("labels are free text, kept verbatim") {
  Scenario s = parse_one(R"({"label": "<img src=x onerror=alert(1)>", )" + kOk + "}");
  CHECK(s.label == "<img src=x onerror=alert(1)>");
}

TEST_CASE("datacenter profiles fill PUE and on-site WUE unless given") {
  // Google fleet: PUE 1.09, WUE 1.15 L/kWh (Elsworth et al. 2025).
  Scenario a = parse_one(R"({"training": {"gpu_hours": 1000, "power_w": 1000, "datacenter": "google"}})");
  CHECK(a.training.pue == doctest::Approx(1.09));
  CHECK(a.training.wue_onsite_l_per_kwh == doctest::Approx(1.15));
  CHECK(a.provenance.at("training.pue").status == Status::user);
  CHECK(estimate(a).training.energy_kwh == doctest::Approx(1090));  // 1000 h × 1 kW × 1.09
  Scenario b = parse_one(R"({"training": {"gpu_hours": 1000, "power_w": 1000, "datacenter": "google", "pue": 1.5}})");
  CHECK(b.training.pue == 1.5);
  expect(R"({"training": {"gpu_hours": 1, "power_w": 1, "datacenter": "gogle"}})", "training.datacenter",
         "did you mean google");
}

TEST_CASE("a datacenter picked by the user replaces the preset's assumed PUE") {
  // AWS 2024 fleet PUE 1.15 instead of DeepSeek-V3's assumed 1.25: 2,788,000 h × 0.7 kW × 1.15 = 2,244,340 kWh
  Scenario s = parse_one(R"({"preset": "deepseek-v3", "training": {"datacenter": "aws"}})");
  CHECK(s.training.pue == doctest::Approx(1.15));
  CHECK(estimate(s).training.energy_kwh == doctest::Approx(2244340));
}
