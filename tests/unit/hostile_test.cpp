// Issue 11: nothing crashes, nothing lies. Each defect of the hostile-input review, at the core.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/card.h"
#include "core/claim.h"
#include "core/embed_snippet.h"
#include "core/format.h"
#include "core/label.h"
#include "core/uncertainty.h"
#include "core/url_state.h"
#include "test_util.h"

using namespace modelwatt;
using modelwatt::test::parse_error;
using modelwatt::test::parse_one;

namespace {

const char* kCrashLink =
    "v=1&s=_&s0.training.gpu_hours=1000&s0.training.power_w=700&s0.training.pue=1.2&s0.training.grid_gco2e_"
    "per_kwh."
    "low=0&s0.training.grid_gco2e_per_kwh.high=1e308&metric=co2e";

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

Json card_of(const std::string& query) {
  return test::parsed_json(card_json(query, builtin_catalog(), 390, false));
}

}  // namespace

TEST_CASE("quantiles: infinite and huge-width samples never index outside the histogram") {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> v;
  for (int i = 0; i < 1000; ++i) v.push_back(i);
  v[999] = inf;
  const Interval a = interval_of(v.data(), v.size());
  CHECK(a.p5 == doctest::Approx(49.95));  // type 7: rank 0.05 × 999 = 49.95
  CHECK(a.p50 == doctest::Approx(499.5));
  // values spanning -1e308 .. 1e308: the width overflows, the exact path answers
  std::vector<double> w;
  for (int i = 0; i < 1001; ++i) w.push_back(-1e308 + 2e305 * i);
  const Interval b = interval_of(w.data(), w.size());
  CHECK(b.p50 == doctest::Approx(-1e308 + 2e305 * 500));
  CHECK(b.p5 == doctest::Approx(-1e308 + 2e305 * 50));
}

TEST_CASE("non-finite results are an input error naming the input, never null") {
  Error e = parse_error(
      R"({"model": {"params_total": 1e9}, "training": {"tokens": 1e308, "gpu_hours": 1000, "power_w": 700}})");
  CHECK(e.path == "training.tokens");
  CHECK(e.reason == "result too large (training.flops is not a finite number)");
  e = parse_error(R"({"training": {"gpu_hours": 1e300, "power_w": 1e300}})");
  CHECK(e.path == "training.gpu_hours");
  e = parse_error(
      R"({"training": {"flops": 1e25, "accelerator": "h100", "mfu": {"low": 5e-324, "high": 1e-300}}})");
  CHECK(e.path == "training.mfu");  // the point 5e-301 already overflows gpu_hours
  e = parse_error(
      R"({"training": {"flops": 1e25, "accelerator": "h100", "mfu": {"low": 5e-324, "high": 1}}})");
  CHECK(e.path == "training.mfu.low");  // the point 0.5 is fine; the low end divides by ~0
  e = parse_error(
      R"({"scenarios": [{"preset": "gpt-3"}, {"inference": {"energy_it_wh_per_query": 1e300, "pue": 1,
      "queries_per_day": 1e300, "days": 1}}]})");
  CHECK(e.path == "scenarios[1].inference.energy_it_wh_per_query");
  CHECK(e.reason == "result too large (inference.energy_kwh_per_day is not a finite number)");
}

TEST_CASE("Monte Carlo: an infinite sample is 'result too large', with empty intervals") {
  // Built directly (no parse check), as the app's sliders may: grid up to 1e308 overflows co2e_kg.
  Scenario s = parse_one(
      R"({"training": {"gpu_hours": 1000, "power_w": 700, "pue": 1.2, "grid_gco2e_per_kwh": 100}})");
  Range r;
  r.low = 0;
  r.high = 1e308;
  s.ranges["training.grid_gco2e_per_kwh"] = r;
  const IntervalSet set = estimate_intervals({s}, {1000, 1, true});
  CHECK_FALSE(set.ok());
  CHECK(set.error.message() ==
        "training.grid_gco2e_per_kwh: result too large (training.co2e_kg is not a finite number)");
  REQUIRE(set.results.size() == 1);
  CHECK_FALSE(set.results[0].find("training.energy_kwh")->present());
  // Over the budget: refused before any sample, intervals empty
  const IntervalSet big = estimate_intervals(std::vector<Scenario>(3, s), {1000000, 1, true});
  CHECK(big.error.path == "samples");
  CHECK(contains(big.error.reason, "over the budget of 2000000"));
  CHECK(sample_budget_error(1000000, 2).empty());
  CHECK_FALSE(sample_budget_error(666667, 3).empty());
  CHECK(sample_budget_error(666666, 3).empty());
}

TEST_CASE("the crash link: the card gets the core's error, render an error, no crash") {
  const Json j = card_of(kCrashLink);
  CHECK(j["ok"] == false);
  CHECK(j["error"] ==
        "s0.training.grid_gco2e_per_kwh: result too large (training.co2e_kg is not a finite number)");
  CHECK(contains(card_export(kCrashLink, builtin_catalog(), "svg", 600, false),
                 "error: s0.training.grid_gco2e_per_kwh"));
}

TEST_CASE("formatting never prints 'inf', 'n/a×10…' or a tiny value as 0") {
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(format_quantity(inf, Unit::flops, Lang::en) == "∞ FLOP");
  CHECK(format_quantity(inf, Unit::kwh, Lang::en) == "∞");
  CHECK(format_quantity(5e-324, Unit::flops, Lang::en) == "4.94×10⁻³²⁴ FLOP");
  CHECK(format_quantity(1e-300, Unit::wh, Lang::en) == "1×10⁻³⁰⁰ Wh");
  CHECK(format_sig(2.5e-12, Lang::it) == "2,5×10⁻¹²");
  CHECK(format_fixed(1e308, 0, Lang::en).size() == 309 + 102);  // 309 digits, 102 separators
  CHECK(format_fraction(1e-300) == "1×10⁻³⁰⁰×");
  CHECK(format_ratio(-inf, Lang::en) == "-∞×");
}

TEST_CASE("labels: bidi controls, XML-forbidden characters and tabs follow one rule") {
  CHECK(clean_label("A\xE2\x80\xAE"
                    "11/1") == "A11/1");                               // U+202E dropped
  CHECK(clean_label("\xE2\x81\xA6x\xE2\x81\xA9\xE2\x80\x8F") == "x");  // U+2066, U+2069, U+200F
  CHECK(clean_label("a\xEF\xBF\xBE"
                    "b\xEF\xBF\xBF") == "ab");  // U+FFFE, U+FFFF
  CHECK(clean_label("a\tb\nc\rd") == "a b c d");
  CHECK(clean_label(std::string("a\x01\x7F", 3) + "\xC2\x85"
                                                  "b") == "ab");  // C0, DEL, C1 (NEL)
  CHECK(clean_label("Llama 3.1 405B — 東京 ✓") == "Llama 3.1 405B — 東京 ✓");
  const Scenario s = parse_one("{\"label\": \"\\u202eDeepSeek\\t\\uffff\", \"preset\": \"deepseek-v3\"}");
  CHECK(s.label == "DeepSeek ");
  const Scenario only = parse_one("{\"label\": \"\\u202e\", \"preset\": \"deepseek-v3\"}");
  CHECK(only.label == "Scenario 1");
  // The card and its SVG show the cleaned label; the SVG stays XML (no U+FFFE).
  const Json j = card_of("v=1&s=deepseek-v3,llama-3.1-405b&s0.label=%E2%80%AEDS%EF%BF%BE");
  REQUIRE(j["ok"] == true);
  CHECK(j["table"]["rows"][0]["label"] == "DS");
  CHECK_FALSE(contains(j["svg"].get<std::string>(), "\xE2\x80\xAE"));
  CHECK_FALSE(contains(j["svg"].get<std::string>(), "\xEF\xBF\xBE"));
}

TEST_CASE("labels: a tab or newline in a label survives its link") {
  UrlState st;
  st.scenarios = test::parsed_json(R"({"scenarios": [{"preset": "gpt-3", "label": "a\tb\nc"}]})");
  std::string q;
  Error e;
  REQUIRE(encode_url_state(st, &q, &e));
  CHECK(q == "v=1&s=gpt-3&s0.label=a%09b%0Ac&metric=gpu_hours");
  UrlState back;
  std::vector<Scenario> scenarios;
  REQUIRE(decode_url_scenarios(q, builtin_catalog(), &back, &scenarios, &e));
  CHECK(scenarios[0].label == "a b c");
  CHECK(back.scenarios == st.scenarios);
  // still no control characters elsewhere
  CHECK_FALSE(decode_url_state("v=1&s=gpt-3&metric=a%09b", &back, &e));
  CHECK(e.path == "metric");
}

TEST_CASE("strict JSON: duplicate keys and NUL bytes are refused") {
  Json j;
  std::string why;
  CHECK_FALSE(parse_json(R"({"training": {"pue": 0.5, "pue": 1.2}})", &j, &why));
  CHECK(why == "training.pue: given twice (each key once)");
  CHECK_FALSE(parse_json(R"({"scenarios": [{}, {"a": [1, {"b": 1, "b": 2}]}]})", &j, &why));
  CHECK(why == "scenarios[1].a[1].b: given twice (each key once)");
  CHECK(parse_json(R"({"a": {"b": 1}, "c": {"b": 1}})", &j, &why));  // the same key in two objects is fine
  CHECK_FALSE(parse_json(std::string("{\"preset\": \"gpt-3\"}\0{", 21), &j, &why));
  CHECK(why == "not valid JSON at byte 20: NUL byte");
  // -0 reads as 0
  const Scenario s =
      parse_one(R"({"training": {"gpu_hours": 10, "power_w": 100, "pue": 1, "grid_gco2e_per_kwh": -0}})");
  CHECK_FALSE(std::signbit(s.training.grid_gco2e_per_kwh));
  CHECK_FALSE(std::signbit(estimate(s).training.co2e_kg));
}

TEST_CASE("strict links: keys that look like scenario parameters are never dropped") {
  UrlState st;
  Error e;
  for (const char* key : {"s00.training.pue", "s0x.training.pue", "S0.training.pue", "s1"}) {
    CHECK_FALSE(decode_url_state(std::string("v=1&s=gpt-3,gpt-3&") + key + "=1.2", &st, &e));
    CHECK(e.path == key);
    CHECK(contains(e.reason, "not a scenario parameter"));
  }
  CHECK(decode_url_state("v=1&s=gpt-3&utm_source=x&sid=1", &st, &e));  // trackers still pass
  CHECK(st.ignored == std::vector<std::string>{"utm_source", "sid"});
}

TEST_CASE("messages: quoted input is bounded; the preset is named only for its own values") {
  const Error e{std::string(100000, 'k'), "unknown key \"" + std::string(100000, 'k') + "\""};
  CHECK(e.message().size() < 600);
  CHECK(clip_utf8("ééé", 3) == "é…");  // never half a character
  Error p = parse_error(R"({"preset": "deepseek-v3", "model": {"params_total": 1e9}})");
  CHECK(p.path == "model.params_active");
  CHECK(contains(p.reason, "(value from preset deepseek-v3)"));  // 37B active came from the preset
  p = parse_error(R"({"preset": "deepseek-v3", "training": {"pue": 0.8}})");
  CHECK(p.reason == "must be >= 1 (got 0.8)");
  p = parse_error(R"({"preset": "deepseek-v3", "training": {"gpu_hours": null, "mfu": null}})");
  CHECK_FALSE(contains(p.reason, "value from preset"));  // a missing field came from nowhere
  p = parse_error(R"({"preset": "deepseek-v3", "training": 7})");
  CHECK_FALSE(contains(p.reason, "value from preset"));
}

TEST_CASE("embed snippets: --base is http, https or relative") {
  Error e;
  for (const char* ok :
       {"", "https://example.org/mw/", "HTTP://x.org", "/mw/", "mw", "//cdn.x.org/", "./a:b"})
    CHECK_MESSAGE(check_embed_base(ok, &e), ok);
  for (const char* bad : {"javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,1", "https:x", "a b", "x\"y",
                          "java\tscript:x", "vbscript:msgbox"})
    CHECK_FALSE_MESSAGE(check_embed_base(bad, &e), bad);
  CHECK(e.path == "--base");
}

TEST_CASE("inference by phases: hostile numbers are input errors, never a crash or a hang") {
  const std::string head =
      R"({"model": {"params_total": 8e9}, "inference": {"method": "phases", "input_tokens": 1, "output_tokens": 1, )"
      R"("accelerator": "h100", )";
  Error e = parse_error(head + R"("batch_size": 1e308}})");
  CHECK(e.path == "inference.batch_size");
  CHECK(e.reason.rfind("result too large", 0) == 0);
  e = parse_error(head + R"("gpus_per_replica": 0.5}})");
  CHECK(e.reason == "must be a whole number >= 1 (got 0.5)");
  e = parse_error(head + R"("mfu_prefill": 5e-324}})");
  CHECK(e.path == "inference.mfu_prefill");  // divides the prefill by ~0
  e = parse_error(head + R"("batch_size": {"low": 1, "mode": 8, "high": 1e308}}})");
  CHECK(e.path == "inference.batch_size.high");
  parse_error(head + R"("batch_size": NaN}})");
  parse_error(head + R"("boundary": null}})");  // null without a preset is not a word
  parse_error(head + R"("method": ["phases"]}})");
  // Weights that no power of two of accelerators can hold: "result too large", not an endless loop.
  e = parse_error(R"({"model": {"params_total": 1e308}, "inference": {"method": "phases", "input_tokens": 1,
    "output_tokens": 1, "accelerator": "h100"}})");
  CHECK(e.reason.rfind("result too large", 0) == 0);
  // Tiny and huge but finite values estimate.
  const Scenario s = parse_one(head + R"("batch_size": 9007199254740993, "bytes_per_param": 1e-300}})");
  CHECK(has(estimate(s).inference.step_seconds));
}
