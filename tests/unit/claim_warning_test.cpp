// The claim checker's dominant-assumption warning and the align operation (issue 10). Expectations are
// computed by hand from the per-query energy formula, not read from the code:
//   energy per query ∝ params_active × (input_tokens + output_tokens) / utilization
// (peak, power and PUE are the same on both sides, so they cancel in the ratio A / B).
#include "core/claim_warning.h"
#include "core/edit/actions.h"
#include "test_util.h"

using namespace modelwatt;

namespace {

// Same custom accelerator, power and PUE on both sides; A is 37B active, B 100B.
std::string side(const char* label, double params, const std::string& input_tokens, const std::string& utilization) {
  return std::string(R"({"label": ")") + label + R"(", "model": {"params_total": )" + std::to_string(params) +
         R"(}, "inference": {"accelerator": {"peak_tflops": {"bf16": 1000}, "tdp_w": 1000}, "power_w": 1000, "pue": 1.2, "input_tokens": )" +
         input_tokens + R"(, "output_tokens": 500, "utilization": )" + utilization + "}}";
}

// The tokens are the models' "assumed" inputs, as a catalog preset marks them; utilization stays
// the user's own (status user), so only the tokens can be flagged.
std::vector<Scenario> pair(const std::string& a_tokens, const std::string& b_tokens, Status a_status = Status::assumed,
                           Status b_status = Status::assumed) {
  std::vector<Scenario> s;
  Error e;
  const std::string json = R"({"scenarios": [)" + side("DeepSeek-V3", 37e9, a_tokens, R"({"low": 0.08, "high": 0.12})") + "," +
                           side("ChatGPT", 100e9, b_tokens, "0.1") + "]}";
  const bool ok = parse_scenarios(json, builtin_catalog(), &s, &e);
  INFO(e.message());
  REQUIRE(ok);
  s[0].provenance["inference.input_tokens"].status = a_status;
  s[1].provenance["inference.input_tokens"].status = b_status;
  return s;
}

Claim energy_claim() {
  Claim c;
  c.metric = "inference.energy_wh_per_query";
  c.field = find_output_field(c.metric);
  c.op = ClaimOp::at_most;
  c.ratio = 0.1;
  return c;
}

ClaimResult check(const Scenario& a, const Scenario& b) {
  ClaimResult r;
  Error e;
  const bool ok = check_claim(a, b, energy_claim(), {}, &r, &e);
  INFO(e.message());
  REQUIRE(ok);
  return r;
}

const char* kWide = R"({"low": 0, "high": 1000})";  // uniform: point 500, p5 50, p95 950

}  // namespace

TEST_CASE("claim warning: one side's assumed range against the other's point") {
  const auto s = pair(kWide, "1000", Status::assumed, Status::user);
  const ClaimResult r = check(s[0], s[1]);
  // Point: 37 × (500 + 500) / (100 × (1000 + 500)) = 0.246667.
  CHECK(r.point_ratio == doctest::Approx(37.0 * 1000 / (100.0 * 1500)));
  // Tokens at 50 / 950: 37 × 550 / 150000 = 0.135667, 37 × 1450 / 150000 = 0.357667 -> swing 0.222.
  // Utilization at 0.082 / 0.118: 0.246667 × 0.1 / 0.082 = 0.300813, × 0.1 / 0.118 = 0.209040 -> swing 0.091773.
  // Share of the tokens: 0.222² / (0.222² + 0.091773²) = 0.049284 / 0.057706 = 0.85405.
  ClaimWarning w;
  REQUIRE(dominant_assumption(s[0], s[1], r, &w));
  CHECK(w.input == "inference.input_tokens");
  CHECK(w.share == doctest::Approx(0.85405).epsilon(0.001));
  CHECK(w.assumed_a);
  CHECK_FALSE(w.assumed_b);
  CHECK(w.value_a == 500);
  CHECK(w.value_b == 1000);
  CHECK(w.range_a.low == 0);
  CHECK(w.range_a.high == 1000);
  CHECK_FALSE(w.range_b.present());
  CHECK(claim_warning_sentence(w, r, Lang::en) ==
        "85 % of the spread comes from DeepSeek-V3's assumed input tokens per query; the two sides do not use the "
        "same value (0–1,000 vs 1,000).");
  CHECK(claim_warning_sentence(w, r, Lang::it) ==
        "L'85 % dell'incertezza dipende dai token in ingresso per richiesta ipotizzati per DeepSeek-V3; i due scenari "
        "non usano lo stesso valore (0–1000 contro 1000).");
  const Json j = claim_warning_to_json(w, r, Lang::en);
  CHECK(j["input"] == "inference.input_tokens");
  CHECK(j["assumed_by"] == Json::array({"a"}));
  CHECK(j["values"] == Json::array({500.0, 1000.0}));
  CHECK(j["ranges"][0]["low"] == 0.0);
  CHECK(j["ranges"][0]["high"] == 1000.0);
  CHECK(j["ranges"][1].is_null());
}

TEST_CASE("claim warning: both sides assume different ranges of the same input") {
  const auto s = pair(kWide, R"({"low": 0, "high": 2000})");
  const ClaimResult r = check(s[0], s[1]);
  // Point 37 × 1000 / (100 × 1500) = 0.246667; B's own row: tokens at 100 / 1900:
  // 37000 / (100 × 600) = 0.616667, 37000 / (100 × 2400) = 0.154167 -> swing 0.4625.
  // Tokens' share (both rows): (0.222² + 0.4625²) / (0.222² + 0.4625² + 0.091773²) = 0.26319 / 0.27161 = 0.96899.
  ClaimWarning w;
  REQUIRE(dominant_assumption(s[0], s[1], r, &w));
  CHECK(w.input == "inference.input_tokens");
  CHECK(w.share == doctest::Approx(0.96899).epsilon(0.001));
  CHECK((w.assumed_a && w.assumed_b));
  CHECK(claim_warning_sentence(w, r, Lang::en) ==
        "97 % of the spread comes from both sides' assumed input tokens per query; the two sides do not use the same "
        "value (0–1,000 vs 0–2,000).");
  CHECK(claim_warning_sentence(w, r, Lang::it) ==
        "Il 97 % dell'incertezza dipende dai token in ingresso per richiesta ipotizzati per entrambi gli scenari; i due "
        "scenari non usano lo stesso valore (0–1000 contro 0–2000).");
  CHECK(claim_warning_to_json(w, r, Lang::en)["assumed_by"] == Json::array({"a", "b"}));
}

TEST_CASE("claim warning: none when both sides assume the same value") {
  // The same assumed range on both sides is one shared draw; with B's output tokens different the
  // tokens still move A / B (it is not a pure scale), and they are the top driver, but the comparison
  // is fair on that axis.
  auto s = pair(kWide, kWide);
  s[1].inference.output_tokens = 100;
  const ClaimResult r = check(s[0], s[1]);
  REQUIRE_FALSE(r.drivers.empty());
  CHECK(r.drivers[0].input == "inference.input_tokens");
  // Point 37 × 1000 / (100 × 600) = 0.616667. Tokens at 50: 37 × 550 / (100 × 150) = 1.356667, at 950:
  // 37 × 1450 / (100 × 1050) = 0.510952 -> swing 0.845714; utilization: 0.616667 × (1.219512 - 0.847458)
  // = 0.229434 -> share 0.715232 / (0.715232 + 0.052640) = 0.93145.
  CHECK(r.drivers[0].share == doctest::Approx(0.93145).epsilon(0.001));
  ClaimWarning w;
  CHECK_FALSE(dominant_assumption(s[0], s[1], r, &w));
}

TEST_CASE("claim warning: none when the dominant input is disclosed or the user's own") {
  const auto disclosed = pair(kWide, "1000", Status::disclosed, Status::disclosed);
  ClaimWarning w;
  CHECK_FALSE(dominant_assumption(disclosed[0], disclosed[1], check(disclosed[0], disclosed[1]), &w));
  const auto mine = pair(kWide, "1000", Status::user, Status::user);
  CHECK_FALSE(dominant_assumption(mine[0], mine[1], check(mine[0], mine[1]), &w));
}

TEST_CASE("claim warning: below half of the spread is not dominant") {
  // Tokens 450–550 (swing 37 × 100 / 150000 × 0.9 = 0.0222) against utilization's 0.0918: share 0.055.
  const auto s = pair(R"({"low": 450, "high": 550})", "1000");
  const ClaimResult r = check(s[0], s[1]);
  CHECK(r.drivers[0].input == "inference.utilization");
  ClaimWarning w;
  CHECK_FALSE(dominant_assumption(s[0], s[1], r, &w));
}

TEST_CASE("claim warning: aligning B on A removes the warning") {
  const auto s = pair(kWide, "1000", Status::assumed, Status::user);
  const Scenario b = aligned_scenario(s[0], s[1], "inference.input_tokens");
  CHECK(b.inference.input_tokens == 500);
  REQUIRE(b.ranges.count("inference.input_tokens"));
  CHECK(b.ranges.at("inference.input_tokens").high == 1000);
  CHECK(b.provenance.at("inference.input_tokens").status == Status::user);
  const ClaimResult r = check(s[0], b);
  // Tokens now one shared draw: A / B = 37 × (t + 500) / (100 × (t + 500)) × 0.1 / u = 0.037 / u.
  CHECK(r.point_ratio == doctest::Approx(0.37));
  CHECK(r.ratio.p50 == doctest::Approx(0.37).epsilon(0.01));       // the median of u is 0.1
  CHECK(r.ratio.p5 == doctest::Approx(0.037 / 0.118).epsilon(0.01));
  CHECK(r.ratio.p95 == doctest::Approx(0.037 / 0.082).epsilon(0.01));
  REQUIRE_FALSE(r.drivers.empty());
  CHECK(r.drivers[0].input == "inference.utilization");
  CHECK(r.drivers[0].share == doctest::Approx(1).epsilon(1e-9));  // the tokens cancel (up to rounding)
  ClaimWarning w;
  CHECK_FALSE(dominant_assumption(s[0], b, r, &w));
  CHECK(aligned_value_json(s[0], "inference.input_tokens") == Json({{"low", 0.0}, {"high", 1000.0}}));
  CHECK(aligned_value_json(s[1], "inference.input_tokens") == Json(1000.0));
}

TEST_CASE("claim warning: the published DeepSeek-V3 and GPT-4o presets, aligned in the editing model") {
  Comparison c;
  init_comparison(&c, builtin_catalog());
  Json j;
  std::string why;
  REQUIRE(parse_json(R"({"scenarios": [{"preset": "deepseek-v3"}, {"preset": "gpt-4o-epoch-2025"}]})", &j, &why));
  REQUIRE(load_comparison_json(&c, j) == "");
  ClaimWarning w;
  REQUIRE(dominant_assumption(c.slots[0].scenario, c.slots[1].scenario, check(c.slots[0].scenario, c.slots[1].scenario), &w));
  CHECK(w.input == "inference.input_tokens");  // DeepSeek's 0–10,000 (mode 500) against Epoch's 0
  CHECK(w.value_b == 0);
  REQUIRE(parse_json(R"({"op": "align", "path": "inference.input_tokens", "from": 0, "to": 1})", &j, &why));
  const EditOutcome o = apply_action(&c, j);
  INFO(o.message);
  REQUIRE(o.ok);
  const EditSlot& b = c.slots[1];
  CHECK(b.scenario.inference.input_tokens == 500);
  CHECK(field_status(b, "inference.input_tokens") == Status::user);  // "yours", never "disclosed"
  REQUIRE(b.notices.size() == 1);
  CHECK(b.notices[0] == "GPT-4o query (Epoch AI assumptions) now uses the same “Input tokens per query” as DeepSeek-V3: "
                        "0–10,000 (was 0).");
  const ClaimResult r = check(c.slots[0].scenario, b.scenario);
  CHECK_FALSE((dominant_assumption(c.slots[0].scenario, b.scenario, r, &w) && w.input == "inference.input_tokens"));
  // Refusals name the key.
  REQUIRE(parse_json(R"({"op": "align", "path": "inference.input_tokens", "from": 0, "to": 0})", &j, &why));
  CHECK(apply_action(&c, j).path == "to");
  REQUIRE(parse_json(R"({"op": "align", "path": "inference.nope", "from": 0, "to": 1})", &j, &why));
  CHECK_FALSE(apply_action(&c, j).ok);
}

TEST_CASE("claim warning: aligning copies onto the side that assumes the value, never over a published one") {
  ClaimWarning w;
  w.assumed_a = true, w.assumed_b = false;  // A guesses, B's value is published or the user's
  CHECK_FALSE(align_b_takes_a(w));
  w.assumed_a = false, w.assumed_b = true;
  CHECK(align_b_takes_a(w));
  w.assumed_a = w.assumed_b = true;  // both guess: B takes A's, as the button says
  CHECK(align_b_takes_a(w));
}
