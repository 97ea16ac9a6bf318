// The claim checker: ratio interval, probability, verdict and the sentence.
#include "core/claim.h"
#include "test_util.h"

using namespace modelwatt;

namespace {

std::vector<Scenario> parse_two(const std::string& a, const std::string& b) {
  std::vector<Scenario> out;
  Error e;
  const bool ok = parse_scenarios(R"({"scenarios": [)" + a + "," + b + "]}", builtin_catalog(), &out, &e);
  INFO(e.message());
  REQUIRE(ok);
  REQUIRE(out.size() == 2);
  return out;
}

Claim claim_of(const std::string& json) {
  Json j;
  std::string why;
  REQUIRE(parse_json(json, &j, &why));
  Claim c;
  Error e;
  const bool ok = claim_from_json(j, &c, &e);
  INFO(e.message());
  REQUIRE(ok);
  return c;
}

std::string claim_error(const std::string& json) {
  Json j;
  std::string why;
  REQUIRE(parse_json(json, &j, &why));
  Claim c;
  Error e;
  CHECK_FALSE(claim_from_json(j, &c, &e));
  return e.message();
}

ClaimResult check(const std::vector<Scenario>& s, const Claim& c) {
  ClaimResult r;
  Error e;
  const bool ok = check_claim(s[0], s[1], c, {}, &r, &e);
  INFO(e.message());
  REQUIRE(ok);
  return r;
}

// DeepSeek-V3 as reported (2.788M H800-hours, plus up to ~11% for work the report leaves out) vs
// Llama 3.1 405B's 30.84M H100-hours; both on the same assumed datacenter PUE range.
const char* kDeepSeek = R"({"label": "DeepSeek-V3", "training": {"gpu_hours": {"low": 2.5e6, "high": 3.1e6}, "power_w": 700, "pue": {"low": 1.1, "high": 1.5}}})";
const char* kLlama = R"({"label": "Llama 3.1 405B", "training": {"gpu_hours": 30.84e6, "power_w": 700, "pue": {"low": 1.1, "high": 1.5}}})";

}  // namespace

TEST_CASE("claim: DeepSeek-V3 used at most 0.1x the GPU-hours of Llama 3.1 405B") {
  const auto s = parse_two(kDeepSeek, kLlama);
  const Claim c = claim_of(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": 0.1})");
  const ClaimResult r = check(s, c);
  // ratio ~ U[2.5, 3.1] / 30.84: P(ratio <= 0.1) = (3.084 - 2.5) / 0.6 = 0.973
  CHECK(r.probability == doctest::Approx(0.973).epsilon(0.01));
  CHECK(r.verdict == Verdict::supported);
  CHECK(r.ratio.p5 == doctest::Approx(2.53 / 30.84).epsilon(0.005));
  CHECK(r.ratio.p95 == doctest::Approx(3.07 / 30.84).epsilon(0.005));
  CHECK(claim_sentence(c, r, Lang::en) ==
        "DeepSeek-V3 used between 1/12 and 1/10 of the GPU-hours of Llama 3.1 405B: the claim 'at most 0.1×' "
        "is supported (probability 97%).");
  CHECK(claim_sentence(c, r, Lang::it) ==
        "DeepSeek-V3 ha usato tra 1/12 e 1/10 delle ore-GPU di Llama 3.1 405B: l'affermazione «al massimo 0,1×» "
        "è confermata (probabilità 97%).");
  REQUIRE(r.drivers.size() == 1);  // the shared PUE cancels; only DeepSeek's GPU-hours move the ratio
  CHECK(r.drivers[0].input == "training.gpu_hours");
  const Json j = claim_to_json(c, r, Lang::en);
  CHECK(j["verdict"] == "supported");
  CHECK(j["ratio"]["p50"].get<double>() == doctest::Approx(2.8 / 30.84).epsilon(0.01));
}

TEST_CASE("claim: the shared PUE cancels from an energy ratio") {
  const auto s = parse_two(kDeepSeek, kLlama);
  const ClaimResult r = check(s, claim_of(R"({"metric": "training.energy_kwh", "op": "<=", "ratio": 0.1})"));
  CHECK(r.probability == doctest::Approx(0.973).epsilon(0.01));  // the same as for GPU-hours
}

TEST_CASE("claim: verdicts at both ends and in between") {
  const auto s = parse_two(kDeepSeek, kLlama);
  CHECK(check(s, claim_of(R"({"metric": "training.gpu_hours", "op": ">=", "ratio": 0.1})")).verdict == Verdict::not_supported);
  const ClaimResult mid = check(s, claim_of(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": 0.09})"));
  CHECK(mid.probability == doctest::Approx((0.09 * 30.84 - 2.5) / 0.6).epsilon(0.03));
  CHECK(mid.verdict == Verdict::undecided);
  const Claim about = claim_of(R"({"metric": "training.gpu_hours", "op": "~", "ratio": 0.09, "tolerance": 0.2})");
  const ClaimResult a = check(s, about);
  CHECK(a.verdict == Verdict::supported);  // 0.081 … 0.1005 lies within 0.09 ± 20%
  CHECK(claim_text(about, Lang::en) == "about 0.09× (±20%)");
  // A claim about points only: probability 0 or 1.
  const auto pts = parse_two(R"({"label": "A", "training": {"gpu_hours": 10, "power_w": 700}})",
                             R"({"label": "B", "training": {"gpu_hours": 40, "power_w": 700}})");
  const Claim half = claim_of(R"({"metric": "training.gpu_hours", "op": ">=", "ratio": 0.5})");
  const ClaimResult p = check(pts, half);
  CHECK(p.probability == 0);
  CHECK(claim_sentence(half, p, Lang::en) ==
        "A used 1/4 of the GPU-hours of B: the claim 'at least 0.5×' is not supported (probability 0%).");
}

TEST_CASE("claim: the published DeepSeek-V3 and Llama 3.1 405B presets") {
  const auto s = parse_two(R"({"preset": "deepseek-v3"})", R"({"preset": "llama-3.1-405b"})");
  const ClaimResult r = check(s, claim_of(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": 0.1})"));
  CHECK(r.point_ratio == doctest::Approx(2.788 / 30.84).epsilon(0.001));
  CHECK(r.verdict == Verdict::supported);
}

TEST_CASE("claim: bad claims name the key") {
  CHECK(claim_error(R"({"metric": "training.gpu_hours", "op": "<", "ratio": 0.1})") ==
        "claim.op: must be \"<=\", \">=\" or \"~\" (got \"<\")");
  CHECK(claim_error(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": 0})") == "claim.ratio: must be > 0 (got 0)");
  CHECK(claim_error(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": "0.1"})") ==
        "claim.ratio: must be a number > 0 (got \"0.1\")");
  CHECK(claim_error(R"({"metric": "training.gpu_hour", "op": "<=", "ratio": 0.1})").rfind(
            "claim.metric: unknown metric \"training.gpu_hour\" (did you mean training.gpu_hours", 0) == 0);
  CHECK(claim_error(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": 0.1, "tolerance": 0.1})") ==
        "claim.tolerance: only used with op \"~\"");
  CHECK(claim_error(R"({"metric": "training.gpu_hours", "op": "<=", "ratio": 0.1, "ration": 1})").rfind("claim.ration: unknown key", 0) == 0);
  const auto s = parse_two(R"({"training": {"gpu_hours": 10, "power_w": 700}})", R"({"training": {"gpu_hours": 10, "power_w": 700}})");
  ClaimResult r;
  Error e;
  CHECK_FALSE(check_claim(s[0], s[1], claim_of(R"({"metric": "training.co2e_kg", "op": "<=", "ratio": 1})"), {}, &r, &e));
  CHECK(e.message() == "claim.metric: training.co2e_kg is null for scenarios[0] (\"Scenario 1\"): its inputs are missing");
}
