// The embedded catalog: complete, self-consistent and sourced; the validation table reproduces the
// published record.
#include <set>

#include "core/grid_year.h"
#include "core/validation.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

TEST_CASE("catalog: parses, with version, date and the required coverage") {
  const Catalog& c = builtin_catalog();
  CHECK(catalog_error().empty());
  CHECK_FALSE(c.version.empty());
  CHECK(c.date.size() == 10);
  CHECK(c.accelerators.size() >= 18);
  CHECK(c.regions.size() >= 35);
  CHECK(c.runs.size() >= 14);
  for (const char* id : {"h100", "h100-pcie", "h100-nvl", "h800", "h200", "h20", "b200", "gb200", "a100-40gb",
                         "a100-80gb", "a800", "v100", "tpu-v3", "tpu-v4", "tpu-v5e", "tpu-v5p", "tpu-v6e", "mi300x",
                         "mi250x", "gaudi2", "gaudi3"})
    CHECK_MESSAGE(c.find_accelerator(id) != nullptr, id);
  for (const char* id : {"deepseek-v3", "deepseek-r1", "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "llama-3-8b",
                         "llama-3-70b", "llama-2-7b", "llama-2-13b", "llama-2-70b", "gpt-3", "bloom-176b", "opt-175b",
                         "falcon-180b", "chatgpt-4o-serving", "deepseek-v3-serving", "deepseek-r1-serving",
                         "llama-3.1-405b-serving"})  // serving presets: serving_catalog_test.cpp
    CHECK_MESSAGE(c.find_run(id) != nullptr, id);
  for (const char* id : {"world", "it", "fr", "de", "us", "cn", "in", "jp", "se", "no"})
    CHECK_MESSAGE(c.find_region(id) != nullptr, id);
  for (const char* id : {"google", "meta", "microsoft", "aws", "industry-average"})
    CHECK_MESSAGE(c.find_datacenter(id) != nullptr, id);
}

TEST_CASE("catalog: datasheet values that the method depends on") {
  const Catalog& c = builtin_catalog();
  const Accelerator* h100 = c.find_accelerator("h100");
  REQUIRE(h100);
  CHECK(h100->peak(Precision::bf16) == doctest::Approx(989.5));  // NVIDIA: 1,979 with sparsity
  CHECK(h100->peak(Precision::fp8) == doctest::Approx(1979));     // FP8 = 2 × BF16 on Hopper
  CHECK(h100->tdp_w == 700);
  CHECK_FALSE(has(c.find_accelerator("a100-80gb")->peak(Precision::fp8)));
  CHECK_FALSE(has(c.find_accelerator("v100")->peak(Precision::fp8)));
  CHECK_FALSE(has(c.find_accelerator("v100")->peak(Precision::bf16)));
  CHECK(c.find_accelerator("v100")->peak(Precision::fp16) == doctest::Approx(125));
  CHECK(c.find_region("fr")->grid_gco2e_per_kwh == doctest::Approx(56.0));    // Ember 2023
  CHECK(c.find_region("it")->grid_gco2e_per_kwh == doctest::Approx(330.7));
  CHECK(c.find_region("world")->grid_gco2e_per_kwh == doctest::Approx(481));
}

TEST_CASE("catalog: every value has sources that exist, every run field a provenance") {
  const Catalog& c = builtin_catalog();
  std::set<std::string> ids;
  for (const Source& s : c.sources) {
    CHECK_MESSAGE(!s.title.empty(), s.id);
    CHECK_MESSAGE(s.year > 1900, s.id);
    CHECK_MESSAGE(!(s.url.empty() && s.locator.empty()), s.id);
    ids.insert(s.id);
  }
  auto check_sources = [&](const std::vector<std::string>& v, const std::string& who) {
    CHECK_MESSAGE(!v.empty(), who);
    for (const std::string& id : v) CHECK_MESSAGE(ids.count(id), (who + " -> " + id));
  };
  for (const Accelerator& a : c.accelerators) check_sources(a.sources, a.id);
  for (const Region& r : c.regions) check_sources(r.provenance.sources, r.id);
  for (const Run& r : c.runs) {
    check_sources(r.sources, r.id);
    Scenario s = parse_one(R"({"preset": ")" + r.id + R"("})");
    for (const auto& entry : s.provenance) {
      const std::string& path = entry.first;  // named copies: clang cannot capture structured bindings
      const Provenance& p = entry.second;
      CHECK_MESSAGE(p.status != Status::none, (r.id + " " + path));
      CHECK_MESSAGE(!p.sources.empty(), (r.id + " " + path));
      if (p.status == Status::assumed) CHECK_MESSAGE(!p.note.empty(), (r.id + " " + path + " assumed without a reason"));
    }
  }
  for (const Footprint& f : c.footprints) check_sources(f.sources, f.id);
  for (const InferenceReference& r : c.inference_references) check_sources(r.sources, r.id);
  for (const Equivalence& e : c.equivalences) check_sources(e.sources, e.id);
}

TEST_CASE("validation: every published footprint is reproduced within its tolerance") {
  std::vector<ValidationRow> rows = run_validation(builtin_catalog());
  REQUIRE(rows.size() >= 12);
  std::set<std::string> seen;
  for (const ValidationRow& r : rows) {
    INFO(r.id << " estimate " << r.estimate << " published " << r.published << " " << r.error);
    CHECK(r.ok);
    seen.insert(r.id);
  }
  for (const char* id : {"llama-3.1-405b-co2e", "llama-3-70b-co2e", "llama-2-70b-co2e", "gpt-3-co2e",
                         "bloom-176b-dynamic-co2e", "deepseek-v3-cost", "deepseek-vs-llama-gpu-hours",
                         "deepseek-vs-llama-flops"})
    CHECK_MESSAGE(seen.count(id), id);
}

TEST_CASE("validation: the published numbers themselves (independent of the estimator)") {
  // Values typed from the publications, so a catalog edit that changes them fails here.
  const Catalog& c = builtin_catalog();
  auto published = [&](const char* id) {
    for (const Footprint& f : c.footprints)
      if (f.id == id) return f.published;
    return kNone;
  };
  CHECK(published("llama-3.1-405b-co2e") == doctest::Approx(8930000));  // Llama 3.1 card: 8,930 t
  CHECK(published("gpt-3-co2e") == doctest::Approx(552100));            // Patterson 2021: 552.1 t
  CHECK(published("bloom-176b-dynamic-co2e") == doctest::Approx(24700));  // Luccioni et al.: 24.7 t
  CHECK(published("deepseek-v3-cost") == doctest::Approx(5576000));     // DeepSeek-V3: $5.576M
  // DeepSeek-V3 vs Llama 3.1 405B by GPU-hours: 2.788M / 30.84M, hand-computed.
  Result ds = estimate_json(R"({"preset": "deepseek-v3"})");
  Result ll = estimate_json(R"({"preset": "llama-3.1-405b"})");
  CHECK(ds.training.gpu_hours / ll.training.gpu_hours == doctest::Approx(0.0904021).epsilon(1e-6));
  CHECK(ll.training.co2e_kg == doctest::Approx(30.84e6 * 0.7 * 0.414).epsilon(1e-3));
}

TEST_CASE("catalog: 2025 runs against their published numbers (typed from the sources)") {
  const Catalog& c = builtin_catalog();
  auto published = [&](const char* id) {
    for (const Footprint& f : c.footprints)
      if (f.id == id) return f.published;
    return kNone;
  };
  for (const char* id : {"llama-4-scout", "llama-4-maverick", "gpt-oss-120b", "gpt-oss-20b", "olmo-2-7b",
                         "olmo-2-13b", "olmo-3-7b", "olmo-3-32b", "smollm3-3b", "kimi-k2", "qwen3-235b-a22b"})
    CHECK_MESSAGE(c.find_run(id) != nullptr, id);
  // Llama 4 model card: Scout 5.0M H100-h, 1,354 t; Maverick 2.38M h, 645 t; total 1,999 t at 700 W.
  CHECK(published("llama-4-scout-co2e") == doctest::Approx(1354000));
  CHECK(published("llama-4-maverick-co2e") == doctest::Approx(645000));
  const double llama4_factor = 1999e3 / (7.38e6 * 0.7);  // kg/kWh, from the card's totals
  Result scout = estimate_json(R"({"preset": "llama-4-scout"})");
  CHECK(scout.training.gpu_hours == doctest::Approx(5.0e6));
  CHECK(scout.training.co2e_kg == doctest::Approx(5.0e6 * 0.7 * llama4_factor).epsilon(1e-4));
  CHECK(scout.training.co2e_market_kg == doctest::Approx(0));
  CHECK(scout.training.flops == doctest::Approx(6 * 17e9 * 40e12));  // MoE: 17B active, ~40T tokens
  Result maverick = estimate_json(R"({"preset": "llama-4-maverick"})");
  CHECK(maverick.training.co2e_kg == doctest::Approx(2.38e6 * 0.7 * llama4_factor).epsilon(1e-4));
  CHECK((scout.training.co2e_kg + maverick.training.co2e_kg) / 1000 == doctest::Approx(1999).epsilon(1e-3));
  // gpt-oss model card: 2.1M H100-hours for 120b, "almost 10x fewer" for 20b.
  CHECK(estimate_json(R"({"preset": "gpt-oss-120b"})").training.gpu_hours == doctest::Approx(2.1e6));
  CHECK(estimate_json(R"({"preset": "gpt-oss-20b"})").training.gpu_hours == doctest::Approx(2.1e6 / 10));
  // OLMo 2 Table 19: 7B 131 MWh -> ~52 t; 13B 257 MWh -> ~101 t and 892 kL.
  CHECK(published("olmo-2-7b-co2e") == doctest::Approx(52000));
  CHECK(published("olmo-2-13b-co2e") == doctest::Approx(101000));
  CHECK(published("olmo-2-13b-water") == doctest::Approx(892000));
  Result olmo13 = estimate_json(R"({"preset": "olmo-2-13b"})");
  CHECK(olmo13.training.co2e_kg == doctest::Approx(257000 * 1.12 * 0.352).epsilon(1e-6));
  CHECK(olmo13.training.water_l == doctest::Approx(257000 * 1.12 * 3.10).epsilon(1e-6));
  // Olmo 3 (Ai2): 234k H100-h at 621 W ~ 146 MWh; 1.05M h at 649 W ~ 681 MWh.
  CHECK(estimate_json(R"({"preset": "olmo-3-7b"})").training.energy_it_kwh ==
        doctest::Approx(234000 * 0.621));
  CHECK(estimate_json(R"({"preset": "olmo-3-32b"})").training.energy_it_kwh == doctest::Approx(681450));
  // SmolLM3: 384 H100 for 24 days.
  Result smol = estimate_json(R"({"preset": "smollm3-3b"})");
  CHECK(smol.training.gpu_hours == doctest::Approx(384 * 24 * 24));
  CHECK(smol.training.flops == doctest::Approx(6 * 3e9 * 11.2e12));
  // DeepSeek-R1 (Nature supplement): 101K GPU-h on 512 H800 ~ 198 h; 41K ~ 80 h.
  CHECK(published("deepseek-r1-zero-wall-days") == doctest::Approx(198.0 / 24));
  CHECK(published("deepseek-r1-stage-wall-days") == doctest::Approx(80.0 / 24));
  // Kimi K2 (no hours disclosed): GPU-hours follow from 6ND and the assumed MFU, 0.35 of the H800 BF16 peak.
  Result kimi = estimate_json(R"({"preset": "kimi-k2"})");
  CHECK(kimi.training.gpu_hours ==
        doctest::Approx(6 * 32e9 * 15.5e12 / (989.5e12 * 0.35) / 3600).epsilon(1e-6));
}

TEST_CASE("catalog: current and historical accelerators against their datasheets (typed from the sources)") {
  const Catalog& c = builtin_catalog();
  auto acc = [&](const char* id) {
    const Accelerator* a = c.find_accelerator(id);
    REQUIRE_MESSAGE(a != nullptr, id);
    return a;
  };
  // Blackwell Ultra, dense: B300 2.25 PF BF16 / 4.5 PF FP8; GB300 2.5 / 5 PF, 1.4 kW; 72 GB300 = 360 PF FP8.
  CHECK(acc("b300")->peak(Precision::bf16) == doctest::Approx(2250));
  CHECK(acc("b300")->peak(Precision::fp8) == doctest::Approx(4500));
  CHECK(acc("gb300")->tdp_w == doctest::Approx(1400));
  CHECK(72 * acc("gb300")->peak(Precision::fp8) / 1000 == doctest::Approx(360));
  // AMD: MI325X 1,307.4 / 2,614.9, 256 GB, 6 TB/s; MI355X from 8,192 FP8 FLOPS/clock/CU x 256 CU x 2.4 GHz.
  CHECK(acc("mi325x")->peak(Precision::fp8) == doctest::Approx(2614.9));
  CHECK(acc("mi325x")->memory_gb == doctest::Approx(256));
  CHECK_FALSE(has(acc("mi325x")->tdp_w));  // not captured from a source: absent, never guessed
  CHECK(acc("mi355x")->peak(Precision::fp8) == doctest::Approx(8192.0 * 256 * 2.4e9 / 1e12).epsilon(1e-4));
  CHECK(acc("mi355x")->peak(Precision::bf16) * 2 == doctest::Approx(acc("mi355x")->peak(Precision::fp8)));
  CHECK(acc("mi355x")->tdp_w == doctest::Approx(1400));
  // Google TPU7x (Ironwood): 2,307 BF16 / 4,614 FP8 TFLOPs, 192 GiB; no power published.
  CHECK(acc("tpu-v7")->peak(Precision::bf16) == doctest::Approx(2307));
  CHECK(acc("tpu-v7")->peak(Precision::fp8) == doctest::Approx(4614));
  CHECK_FALSE(has(acc("tpu-v7")->tdp_w));
  // AWS Trainium2: 667 BF16, 1,299 FP8, 96 GiB.
  CHECK(acc("trainium2")->peak(Precision::bf16) == doctest::Approx(667));
  CHECK(acc("trainium2")->peak(Precision::fp8) == doctest::Approx(1299));
  // Older ones Epoch AI rows use: P100 21.2 FP16, K80 8.74 FP32 per board, V100 PCIe 112 tensor at 250 W.
  CHECK(acc("p100")->peak(Precision::fp16) == doctest::Approx(21.2));
  CHECK_FALSE(has(acc("p100")->peak(Precision::bf16)));
  CHECK(acc("k80")->peak(Precision::fp32) == doctest::Approx(8.74));
  CHECK(acc("v100-pcie")->peak(Precision::fp16) == doctest::Approx(112));
  CHECK(acc("v100-pcie")->tdp_w == doctest::Approx(250));
  CHECK(acc("tpu-v2")->peak(Precision::bf16) == doctest::Approx(45));
  // Consumer cards at the FP32-accumulate (training) rate: RTX 3090 142 / 2 = 71; RTX 4090 165.15.
  CHECK(acc("rtx-3090")->peak(Precision::fp16) == doctest::Approx(142.0 / 2));
  CHECK(acc("rtx-4090")->peak(Precision::bf16) == doctest::Approx(165.15));
  CHECK(acc("rtx-a6000")->memory_gb == doctest::Approx(48));
  // A run on an accelerator without a published TDP needs power_w; with it, the estimate works.
  Result r = estimate_json(
      R"({"training": {"accelerator": "tpu-v7", "precision": "fp8", "gpu_hours": 1000, "power_w": 900}})");
  CHECK(r.training.energy_it_kwh == doctest::Approx(900));
}

TEST_CASE("catalog: yearly grid intensities carry their year (Ember via OWID, typed from the CSV)") {
  const Catalog& c = builtin_catalog();
  struct Row {
    const char* id;
    int year;
    double g;
  };
  for (const Row& r : {Row{"world-2024", 2024, 471.08}, Row{"world-2025", 2025, 458}, Row{"fr-2024", 2024, 40.48},
                       Row{"de-2024", 2024, 336.38}, Row{"cn-2024", 2024, 555.4}, Row{"us-2024", 2024, 383.78},
                       Row{"in-2025", 2025, 670.13}, Row{"eu-2024", 2024, 211.2}}) {
    const Region* g = c.find_region(r.id);
    REQUIRE_MESSAGE(g != nullptr, r.id);
    CHECK_MESSAGE(g->year == r.year, r.id);
    CHECK_MESSAGE(g->grid_gco2e_per_kwh == doctest::Approx(r.g).epsilon(1e-3), r.id);
  }
  for (const Region& g : c.regions) CHECK_MESSAGE(g.year > 0, g.id);  // no value without its year
  CHECK(region_for_year(c, "fr", 2024) == "fr-2024");
  CHECK(region_for_year(c, "fr", 2023) == "fr");      // the base value is 2023
  CHECK(region_for_year(c, "is", 2025) == "is");      // no 2025 row for Iceland: the base value
  CHECK(region_for_year(c, "mars", 2024) == "");
}

// Catalog ranges obey the same shape rules as a user's (docs/scenario-extensions.md): low <= mode <=
// high, and a log-uniform range has low > 0 and no mode (its point is the geometric mean).
TEST_CASE("catalog: every assumption's range has a shape the scenario format accepts") {
  for (const Run& r : builtin_catalog().runs)
    for (const auto& entry : r.provenance) {  // no structured binding: INFO captures it (clang, C++17)
      const Provenance& p = entry.second;
      if (!p.range.present()) continue;
      INFO(r.id << " " << entry.first);
      CHECK(p.range.low <= p.range.high);
      if (has(p.range.mode)) {
        CHECK_FALSE(p.range.loguniform);
        CHECK(p.range.low <= p.range.mode);
        CHECK(p.range.mode <= p.range.high);
      }
      if (p.range.loguniform) CHECK(p.range.low > 0);
    }
}
