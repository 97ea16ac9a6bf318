// Inference by phases ("method": "phases"): every formula against values computed by hand (exact
// fractions in Python, printed to 17 digits), never against the code's own output.
#include "core/estimate_phases.h"

#include <algorithm>
#include <string>

#include "core/result_json.h"
#include "core/uncertainty.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

namespace {

constexpr double kTol = 1e-9;  // relative

// An H100-like accelerator given inline: 989.5 dense bf16 TFLOP/s, 700 W, 80 GB, 3.35 TB/s.
const std::string kHopper =
    R"({"peak_tflops": {"bf16": 989.5, "fp8": 1979}, "tdp_w": 700, "memory_gb": 80, "bandwidth_tb_s": 3.35})";

// A dense 70B bf16 model, batch 32 on 2 GPUs, mfu 0.5, mbu 0.6 unless `extra` gives those keys.
std::string dense70(const std::string& extra, const std::string& model_extra = "") {
  std::string fields =
      R"("input_tokens": 500, "output_tokens": 300, "accelerator": )" + kHopper + R"(, "precision": "bf16")";
  const std::pair<const char*, const char*> defaults[] = {{"method", R"("phases")"},
                                                          {"batch_size", "32"},
                                                          {"gpus_per_replica", "2"},
                                                          {"mfu_prefill", "0.5"},
                                                          {"mbu_decode", "0.6"}};
  for (const auto& [key, value] : defaults)
    if (extra.find(std::string("\"") + key + "\"") == std::string::npos)
      fields += std::string(", \"") + key + "\": " + value;
  return R"({"model": {"params_total": 70e9)" + model_extra + R"(}, "inference": {)" + fields + extra + "}}";
}
const char* kLlamaKv = R"(, "layers": 80, "kv_heads": 8, "head_dim": 128)";

}  // namespace

TEST_CASE("phases: dense 70B bf16 on two H100s, batch 32, every step by hand") {
  const Result r = estimate_json(dense70("", kLlamaKv));
  const InferenceResult& q = r.inference;
  REQUIRE(q.phases);
  // prefill = 2 × 70e9 × 500 / (2 × 989.5e12 × 0.5) = 7e13 / 9.895e14
  CHECK(q.prefill_seconds_per_query == doctest::Approx(0.070742799393633149).epsilon(kTol));
  // kv = 2 × 80 × 8 × 128 × 2 B = 327,680 B/token; ctx = 500 + 300/2 = 650
  // weights_read = 2 B × 70e9 × (1 − (1 − 1)^32) = 1.4e11 B (dense: all weights)
  // step_memory = (1.4e11 + 32 × 650 × 327,680) / (2 × 3.35e12 × 0.6) = 1.46815744e11 / 4.02e12
  // step_compute = 2 × 70e9 × 32 / (2 × 989.5e12 × 0.5) = 4.48e12 / 9.895e14 = 0.0045275… (smaller)
  CHECK(q.step_seconds == doctest::Approx(0.036521329353233829).epsilon(kTol));
  CHECK(std::string(q.decode_bound) == "memory");
  // decode = 300 × 0.0365213… / 32
  CHECK(q.decode_seconds_per_query == doctest::Approx(0.34238746268656717).epsilon(kTol));
  // accelerator-seconds = 2 × (0.0707428 + 0.3423875)
  CHECK(q.accelerator_seconds_per_query == doctest::Approx(0.82626052416040063).epsilon(kTol));
  // energy = 0.8262605 s × 700 W / 3600 (boundary accelerator: no overheads)
  CHECK(q.energy_it_wh_per_query == doctest::Approx(0.16066176858674455).epsilon(kTol));
  CHECK(q.energy_it_j_per_output_token == doctest::Approx(1.9279412230409347).epsilon(kTol));  // × 3600 / 300
  CHECK(q.tokens_per_second_per_replica == doctest::Approx(876.20030723680429).epsilon(kTol));  // 32 / step
  CHECK(q.gpus_per_replica == 2);
  CHECK(q.flops_per_query == doctest::Approx(1.12e14).epsilon(kTol));  // 2 × 70e9 × 800, as in v1
  CHECK(q.notes == 0);
}

TEST_CASE("phases: the catalog H100 gives the same numbers as the inline one") {
  std::string json = dense70("", kLlamaKv);
  json.replace(json.find(kHopper), kHopper.size(), R"("h100")");
  CHECK(estimate_json(json).inference.energy_it_wh_per_query ==
        doctest::Approx(0.16066176858674455).epsilon(kTol));
}

TEST_CASE("phases: decode turns compute-bound past the crossover batch") {
  // kv 0: step_memory = 1.4e11 / 4.02e12 = 0.034826 s for any batch; step_compute = B × 1.4e11 / 9.895e14.
  // Crossover B = 9.895e14 / 4.02e12 = 246.144…: B = 246 is memory-bound, B = 247 compute-bound.
  const Result at246 = estimate_json(dense70(R"(, "kv_bytes_per_token": 0, "batch_size": 246)"));
  CHECK(std::string(at246.inference.decode_bound) == "memory");
  CHECK(at246.inference.step_seconds == doctest::Approx(0.03482587064676617).epsilon(kTol));
  const Result at247 = estimate_json(dense70(R"(, "kv_bytes_per_token": 0, "batch_size": 247)"));
  CHECK(std::string(at247.inference.decode_bound) == "compute");
  // 2 × 70e9 × 247 / 9.895e14 = 3.458e13 / 9.895e14
  CHECK(at247.inference.step_seconds == doctest::Approx(3.458e13 / 9.895e14).epsilon(kTol));
  CHECK(at247.inference.step_seconds > at246.inference.step_seconds);
  CHECK(at247.inference.notes == 0);  // kv given as 0: no note
}

TEST_CASE("phases: an MoE batch reads more experts as it grows") {
  // 671B total / 37B active, fp8 (1 B/weight), kv 0, one GPU replica: step_memory = weights_read / (BW ×
  // mbu).
  auto step = [](int b) {
    const std::string json =
        R"({"model": {"params_total": 671e9, "params_active": 37e9}, "inference": {
      "method": "phases", "input_tokens": 0, "output_tokens": 100, "accelerator": )" +
        kHopper +
        R"(, "precision": "fp8", "gpus_per_replica": 1, "kv_bytes_per_token": 0, "mbu_decode": 0.5,
      "mfu_prefill": 1, "batch_size": )" +
        std::to_string(b) + "}}";
    return estimate_json(json).inference.step_seconds;
  };
  const double bw = 3.35e12 * 0.5;
  CHECK(step(1) == doctest::Approx(37e9 / bw).epsilon(kTol));  // B = 1 reads the active 37B only
  // B = 2: 671e9 × (1 − (634/671)²) = 71,959,761,549.9 B
  CHECK(step(2) == doctest::Approx(71959761549.925491 / bw).epsilon(kTol));
  // B = 32: 671e9 × (1 − (634/671)^32) = 561,740,772,148.5 B (most experts)
  CHECK(step(32) == doctest::Approx(561740772148.45129 / bw).epsilon(kTol));
}

TEST_CASE("phases: boundary server × 1.43, fleet × 1.43 × 1.12") {
  const double base = 0.16066176858674455;  // the dense 70B case above
  const Result server = estimate_json(dense70(R"(, "boundary": "server")", kLlamaKv));
  CHECK(server.inference.energy_it_wh_per_query == doctest::Approx(0.22974632907904474).epsilon(kTol));
  const Result fleet = estimate_json(dense70(R"(, "boundary": "fleet")", kLlamaKv));
  CHECK(fleet.inference.energy_it_wh_per_query == doctest::Approx(0.2573158885685301).epsilon(kTol));
  CHECK(fleet.inference.energy_it_wh_per_query == doctest::Approx(base * 1.43 * 1.12).epsilon(kTol));
  // The defaults are recorded as assumed, sourced to Google 2025.
  const Scenario s = parse_one(dense70(R"(, "boundary": "fleet")", kLlamaKv));
  CHECK(s.inference.host_overhead == 0.43);
  CHECK(s.inference.idle_overhead == 0.12);
  CHECK(s.provenance.at("inference.host_overhead").status == Status::assumed);
  CHECK(s.provenance.at("inference.idle_overhead").sources == std::vector<std::string>{"google_gemini"});
  // Typed overheads win: accelerator boundary with host 1 doubles the energy.
  const Result host = estimate_json(dense70(R"(, "host_overhead": 1)", kLlamaKv));
  CHECK(host.inference.energy_it_wh_per_query == doctest::Approx(2 * base).epsilon(kTol));
}

TEST_CASE("phases: default replica size, bytes per weight and KV cache") {
  // 405B bf16 = 810 GB of weights; 80 GB × 0.9 = 72 GB per H100; 810 / 72 = 11.25 → 16.
  CHECK(default_gpus_per_replica(810e9, 80) == 16);
  CHECK(default_gpus_per_replica(72e9, 80) == 1);  // exactly fits one
  CHECK(default_gpus_per_replica(72.1e9, 80) == 2);
  CHECK(bytes_per_param_of(Precision::fp8) == 1);
  CHECK(bytes_per_param_of(Precision::fp16) == 2);
  CHECK(bytes_per_param_of(Precision::tf32) == 4);
  CHECK(pow_whole(0.5, 10) == 1.0 / 1024);
  CHECK(pow_whole(0.0, 5) == 0);
  CHECK(pow_whole(3, 0) == 1);
  const Result r =
      estimate_json(R"({"model": {"params_total": 405e9, "layers": 126, "kv_heads": 8, "head_dim": 128},
    "inference": {"method": "phases", "input_tokens": 1000, "output_tokens": 0, "accelerator": "h100"}})");
  CHECK(r.inference.gpus_per_replica == 16);
  // No output tokens: decode 0; prefill = 2 × 405e9 × 1000 / (16 × 989.5e12 × 0.5 default) = 8.1e14
  // / 7.916e15
  CHECK(r.inference.prefill_seconds_per_query == doctest::Approx(8.1e14 / 7.916e15).epsilon(kTol));
  CHECK(r.inference.decode_seconds_per_query == 0);
  CHECK_FALSE(has(r.inference.energy_it_j_per_output_token));  // no output token to divide by
  // kv default = 2 × 126 × 8 × 128 × 2 B = 516,096 B/token: the explanation shows it.
  std::vector<Step> steps;
  estimate_traced(
      parse_one(R"({"model": {"params_total": 405e9, "layers": 126, "kv_heads": 8, "head_dim": 128},
    "inference": {"method": "phases", "input_tokens": 1000, "output_tokens": 10, "accelerator": "h100"}})"),
      &steps);
  double kv = 0;
  for (const Step& st : steps)
    if (st.key == "inference.kv_bytes_per_token") kv = st.value;
  CHECK(kv == 516096);
  // Without the architecture kv falls back to 0, and the result says so.
  const Result bare = estimate_json(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases",
    "input_tokens": 10, "output_tokens": 10, "accelerator": "h100"}})");
  CHECK(bare.inference.notes == InferenceResult::kv_cache_unknown);
  REQUIRE(inference_notes(bare.inference).size() == 1);
  CHECK(inference_notes(bare.inference)[0].rfind("kv_bytes_per_token: 0", 0) == 0);
}

TEST_CASE("phases: the assumed defaults are recorded with their ranges and sampled") {
  const Scenario s = parse_one(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases",
    "input_tokens": 500, "output_tokens": 300, "accelerator": "h100"}})");
  CHECK(s.inference.batch_size == 32);
  CHECK(s.inference.mfu_prefill == 0.5);
  CHECK(s.inference.mbu_decode == 0.6);
  CHECK_FALSE(has(s.inference.host_overhead));  // boundary accelerator: 0, not recorded
  const Provenance& b = s.provenance.at("inference.batch_size");
  CHECK(b.status == Status::assumed);
  CHECK(b.range.low == 8);
  CHECK(b.range.high == 128);
  CHECK(b.range.loguniform);  // median sqrt(8 × 128) = 32
  CHECK(s.provenance.at("inference.mbu_decode").range.high == 0.8);
  const IntervalSet set = estimate_intervals({s}, {2000, 7, true});
  std::vector<std::string> paths;
  for (const UncertainInput& in : set.inputs) paths.push_back(in.path);
  for (const char* p : {"inference.batch_size", "inference.mfu_prefill", "inference.mbu_decode"})
    CHECK(std::find(paths.begin(), paths.end(), p) != paths.end());
  const Interval& e = *set.results[0].find("inference.energy_it_wh_per_query");
  CHECK(e.p5 < e.p50);
  CHECK(e.p50 < e.p95);
  // The JSON inputs show the defaults with status and range.
  const Json j = result_to_json(estimate(s), s, builtin_catalog());
  CHECK(j["inputs"]["inference.batch_size"]["status"] == "assumed");
  CHECK(j["inputs"]["inference.batch_size"]["range"]["low"] == 8);
}

TEST_CASE("phases: a batch_size range gives an energy interval") {
  const Scenario s = parse_one(dense70(R"(, "batch_size": {"low": 4, "high": 200})", kLlamaKv));
  CHECK(s.inference.batch_size == 102);  // the midpoint
  const IntervalSet set = estimate_intervals({s}, {4000, 3, true});
  const Interval& e = *set.results[0].find("inference.energy_it_wh_per_query");
  CHECK(e.p5 < e.p50);
  CHECK(e.p50 < e.p95);
  const Interval& g = *set.results[0].find("inference.step_seconds");
  CHECK(g.p5 < g.p95);
}

TEST_CASE("reasoning tokens count as output in both methods") {
  // v1: flops = 2 × 70e9 × (500 + 300 + 200) = 1.4e14
  const Result flops = estimate_json(R"({"model": {"params_total": 70e9}, "inference": {"input_tokens": 500,
    "output_tokens": 300, "reasoning_tokens": 200, "accelerator": "h100", "utilization": 0.5}})");
  CHECK(flops.inference.flops_per_query == doctest::Approx(1.4e14).epsilon(kTol));
  // 1.4e14 / (989.5e12 × 0.5) = 0.28297 s
  CHECK(flops.inference.accelerator_seconds_per_query == doctest::Approx(1.4e14 / 4.9475e14).epsilon(kTol));
  CHECK_FALSE(flops.inference.phases);
  // phases: out = 500; ctx = 500 + 250 = 750;
  // step = (1.4e11 + 32 × 750 × 327,680) / 4.02e12 = 0.036782169…; decode = 500 × step / 32 = 0.574721…
  const Result r = estimate_json(dense70(R"(, "reasoning_tokens": 200)", kLlamaKv));
  CHECK(r.inference.step_seconds == doctest::Approx(0.036782169154228855).epsilon(kTol));
  CHECK(r.inference.decode_seconds_per_query == doctest::Approx(0.57472139303482583).epsilon(kTol));
  CHECK(r.inference.accelerator_seconds_per_query == doctest::Approx(1.290928384856918).epsilon(kTol));
  CHECK(r.inference.energy_it_wh_per_query == doctest::Approx(0.2510138526110674).epsilon(kTol));
  // J per output token divides by the 500 generated tokens
  CHECK(r.inference.energy_it_j_per_output_token ==
        doctest::Approx(0.2510138526110674 * 3600 / 500).epsilon(kTol));
}

TEST_CASE("phases: validation names the field and the reason") {
  auto err = [](const std::string& json) { return "error: " + parse_error(json).message(); };
  CHECK(err(dense70(R"(, "boundary": "rack")")) ==
        R"(error: inference.boundary: must be one of accelerator, server, fleet (got "rack"))");
  CHECK(err(dense70(R"(, "method": "magic")")) ==
        R"(error: inference.method: must be one of flops, phases (got "magic"))");
  CHECK(err(dense70(R"(, "method": 1)")) == "error: inference.method: must be one of flops, phases (got 1)");
  CHECK(err(dense70(R"(, "gpus_per_replica": 0.5)")) ==
        "error: inference.gpus_per_replica: must be a whole number >= 1 (got 0.5)");
  CHECK(err(dense70(R"(, "batch_size": 0)")) ==
        "error: inference.batch_size: must be a whole number >= 1 (got 0)");
  CHECK(err(dense70(R"(, "mfu_prefill": 1.5)")) ==
        "error: inference.mfu_prefill: must be in (0, 1] (got 1.5)");
  CHECK(err(dense70(R"(, "mbu_decode": 0)")) == "error: inference.mbu_decode: must be in (0, 1] (got 0)");
  CHECK(err(dense70(R"(, "host_overhead": -0.1)")) ==
        "error: inference.host_overhead: must be >= 0 (got -0.1)");
  CHECK(err(dense70(R"(, "idle_overhead": "a")")) ==
        R"(error: inference.idle_overhead: must be a number (got string "a"))");
  CHECK(err(dense70(R"(, "reasoning_tokens": -1)")) ==
        "error: inference.reasoning_tokens: must be >= 0 (got -1)");
  CHECK(err(dense70(R"(, "bytes_per_param": 0)")) == "error: inference.bytes_per_param: must be > 0 (got 0)");
  CHECK(err(dense70(R"(, "kv_bytes_per_token": -5)")) ==
        "error: inference.kv_bytes_per_token: must be >= 0 (got -5)");
  CHECK(err(dense70("", R"(, "layers": 1.5)")) ==
        "error: model.layers: must be a whole number >= 1 (got 1.5)");
  CHECK(err(dense70("", R"(, "kv_heads": 0)")) ==
        "error: model.kv_heads: must be a whole number >= 1 (got 0)");
  CHECK(err(dense70(R"(, "batch_size": {"low": 0, "high": 8})")) ==
        "error: inference.batch_size.low: must be a whole number >= 1 (got 0)");
  // An accelerator without a published bandwidth (catalog) or an inline one without it.
  const std::string no_bw = err(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases",
    "input_tokens": 1, "output_tokens": 1, "accelerator": "ascend-910"}})");
  CHECK(no_bw.rfind("error: inference.accelerator: method phases needs the memory bandwidth", 0) == 0);
  CHECK(no_bw.find("bandwidth_tb_s") != std::string::npos);
  CHECK(err(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1,
    "output_tokens": 1, "accelerator": {"peak_tflops": {"bf16": 100}, "tdp_w": 300, "bandwidth_tb_s": 1}}})") ==
        "error: inference.gpus_per_replica: required: accelerator custom has no published memory_gb to size "
        "the replica");
  CHECK(err(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1,
    "output_tokens": 1, "accelerator": {"peak_tflops": {"bf16": 100}, "tdp_w": 300, "bandwidth_tb_s": -1}}})") ==
        "error: inference.accelerator.bandwidth_tb_s: must be > 0 (got -1)");
  CHECK(err(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1,
    "output_tokens": 1, "accelerator": {"peak_tflops": {"bf16": 100}, "tdp_w": 300, "memory_gb": "x"}}})") ==
        R"(error: inference.accelerator.memory_gb: must be a number (got string "x"))");
  // Phases needs no utilization; with a given G the memory is not needed.
  parse_one(R"({"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1,
    "output_tokens": 1, "gpus_per_replica": 1, "accelerator": {"peak_tflops": {"bf16": 100}, "tdp_w": 300, "bandwidth_tb_s": 1}}})");
}

TEST_CASE("v1 is unchanged: every preset with method flops, and without phases keys") {
  for (const Run& run : builtin_catalog().runs) {
    if (run.scenario_json.find("\"inference\"") == std::string::npos) continue;
    // The serving presets (issue 10) are phases scenarios by design: serving_catalog_test.cpp.
    if (run.scenario_json.find("\"phases\"") != std::string::npos) continue;
    INFO(run.id);
    const std::string plain = R"({"preset": ")" + run.id + R"("})";
    const std::string flops = R"({"preset": ")" + run.id + R"(", "inference": {"method": "flops"}})";
    const std::string zero = R"({"preset": ")" + run.id + R"(", "inference": {"reasoning_tokens": 0}})";
    const Scenario a = parse_one(plain), b = parse_one(flops), c = parse_one(zero);
    const Json ja = result_to_json(estimate(a), a, builtin_catalog());
    const Json jb = result_to_json(estimate(b), b, builtin_catalog());
    const Json jc = result_to_json(estimate(c), c, builtin_catalog());
    CHECK(ja == jb);
    auto part = [](const Json& j, const char* key) {
      return j.contains(key) ? json_dump(j.at(key)) : std::string();
    };
    CHECK(part(ja, "inference") == part(jc, "inference"));
    CHECK(part(ja, "lifecycle") == part(jc, "lifecycle"));
    CHECK(part(ja, "training") == part(jc, "training"));
    CHECK_FALSE(ja.at("inference").contains("step_seconds"));
    CHECK_FALSE(ja.at("inference").contains("decode_bound"));
  }
}

TEST_CASE("phases: measured energy per query still wins") {
  const Result r = estimate_json(dense70(R"(, "energy_it_wh_per_query": 0.3)", kLlamaKv));
  CHECK(r.inference.energy_it_wh_per_query == 0.3);
  CHECK(r.inference.energy_it_j_per_output_token == doctest::Approx(0.3 * 3600 / 300).epsilon(kTol));
  CHECK(r.inference.step_seconds == doctest::Approx(0.036521329353233829).epsilon(kTol));
}

TEST_CASE("phases: the JSON result has the new keys; a comparison mirrors them") {
  const auto scenarios = [] {
    std::vector<Scenario> out;
    Error e;
    REQUIRE(parse_scenarios(
        "{\"scenarios\": [" + dense70("", kLlamaKv) + "," + dense70(R"(, "batch_size": 64)", kLlamaKv) + "]}",
        builtin_catalog(), &out, &e));
    return out;
  }();
  std::vector<Result> results;
  for (const Scenario& s : scenarios) results.push_back(estimate(s));
  const Json j = estimate_to_json(scenarios, results, builtin_catalog());
  const Json& q = j["results"][0]["inference"];
  for (const char* k :
       {"prefill_seconds_per_query", "decode_seconds_per_query", "step_seconds", "decode_bound",
        "gpus_per_replica", "tokens_per_second_per_replica", "energy_it_j_per_output_token", "notes"})
    CHECK(q.contains(k));
  CHECK(q["decode_bound"] == "memory");
  CHECK(q["notes"].empty());
  const Json& c = j["comparison"][1]["inference"];
  CHECK(c["decode_bound"].is_null());
  CHECK(c["gpus_per_replica"] == 1.0);
  CHECK(j["results"][0]["inputs"]["inference.method"]["value"] == "phases");
  CHECK(j["results"][0]["inputs"]["inference.bandwidth_tb_s"]["value"] == 3.35);
}

TEST_CASE("phases on a preset: the catalog's architecture gives G and the KV cache") {
  // Llama 3.1 405B preset (H100, bf16, 892.5 W, PUE 1.08, in 500, out 500) with method phases:
  // G = 16 (810 GB / 72 GB = 11.25); kv = 2 × 126 × 8 × 128 × 2 B = 516,096 B; ctx = 750;
  // step = (8.1e11 + 32 × 750 × 516,096) / (16 × 3.35e12 × 0.6) = 8.223863e11 / 3.216e13 = 0.0255717 s;
  // prefill = 4.05e14 / 7.916e15 = 0.0511622 s; decode = 500 × step / 32 = 0.3995580 s;
  // accelerator-s = 16 × 0.4507202 = 7.2115236; IT energy = × 892.5 / 3600 = 1.7878569 Wh; × 1.08.
  const Result r = estimate_json(R"({"preset": "llama-3.1-405b", "inference": {"method": "phases"}})");
  CHECK(r.inference.gpus_per_replica == 16);
  CHECK(r.inference.step_seconds == doctest::Approx(0.025571713432835822).epsilon(kTol));
  CHECK(r.inference.accelerator_seconds_per_query == doctest::Approx(7.211523608335281).epsilon(kTol));
  CHECK(r.inference.energy_it_wh_per_query == doctest::Approx(1.7878568945664552).epsilon(kTol));
  CHECK(r.inference.energy_wh_per_query == doctest::Approx(1.9308854461317717).epsilon(kTol));
  CHECK(r.inference.notes == 0);
  // DeepSeek-V3: the MLA cache is given directly (576 values × 61 layers × 1 B at fp8).
  const Scenario ds = parse_one(R"({"preset": "deepseek-v3", "inference": {"method": "phases"}})");
  CHECK(ds.inference.kv_bytes_per_token == 576 * 61);
  CHECK(ds.provenance.at("inference.kv_bytes_per_token").status == Status::derived);
}
