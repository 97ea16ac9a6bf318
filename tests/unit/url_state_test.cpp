// The URL-state codec: hand-written links decode to the expected scenarios, encoding is canonical,
// round trips keep every number, and every kind of bad link gets a path and a reason.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/fields.h"
#include "core/scenario_parse.h"
#include "core/url_state.h"

using namespace modelwatt;

namespace {

Error decode_error(const std::string& query) {
  UrlState st;
  std::vector<Scenario> scenarios;
  Error e;
  INFO(query);
  CHECK_FALSE(decode_url_scenarios(query, builtin_catalog(), &st, &scenarios, &e));
  return e;
}

std::vector<Scenario> decode_ok(const std::string& query, UrlState* st) {
  std::vector<Scenario> scenarios;
  Error e;
  INFO(query << " -> " << e.message());
  const bool ok = decode_url_scenarios(query, builtin_catalog(), st, &scenarios, &e);
  INFO(e.message());
  REQUIRE(ok);
  return scenarios;
}

std::string encode(const UrlState& st) {
  std::string q;
  Error e;
  const bool ok = encode_url_state(st, &q, &e);
  INFO(e.message());
  REQUIRE(ok);
  return q;
}

}  // namespace

TEST_CASE("url state: a hand-written link decodes to presets, overrides and view") {
  UrlState st;
  const auto s = decode_ok(
      "v=1&s=deepseek-v3,llama-3.1-405b&s1.training.pue=1.3&s0.label=My%20run&metric=energy&lang=it&theme=dark", &st);
  REQUIRE(s.size() == 2);
  CHECK(s[0].label == "My run");
  CHECK(s[0].preset == "deepseek-v3");
  CHECK(s[0].training.gpu_hours == 2788000);  // DeepSeek-V3 report, table 1
  CHECK(s[1].preset == "llama-3.1-405b");
  CHECK(s[1].training.pue == 1.3);
  CHECK(s[1].label == "Llama 3.1 405B");
  CHECK(st.metric == "energy");
  CHECK(st.lang == "it");
  CHECK(st.theme == "dark");
  CHECK(st.view == "bars");
  CHECK(st.scenarios.dump() ==
        R"({"scenarios":[{"preset":"deepseek-v3","label":"My run"},{"preset":"llama-3.1-405b","training":{"pue":1.3}}]})");
}

TEST_CASE("url state: encoding is canonical, so encode(decode(q)) == q") {
  const std::string canonical =
      "v=1&s=deepseek-v3,_&s0.label=My%20run&s0.training.pue=1.3&s1.label=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E"
      "&s1.model.params_total=7e10&s1.training.accelerator=h100&s1.training.tokens=1.5e13&s1.training.gpu_hours=7e6"
      "&s1.training.power_w=700&metric=co2e&view=log&lang=en&theme=light&bg=transparent&id=mw-1";
  UrlState st;
  decode_ok(canonical, &st);
  CHECK(st.transparent);
  CHECK(st.embed_id == "mw-1");
  CHECK(encode(st) == canonical);
  // Any order, '+' for spaces and lower-case escapes decode to the same state.
  UrlState shuffled;
  decode_ok("metric=co2e&s1.training.power_w=700&s1.training.gpu_hours=7e6&v=1&s=deepseek-v3,_&s0.label=My+run"
            "&s1.training.accelerator=h100&s1.model.params_total=70000000000&s1.training.tokens=15000000000000"
            "&s1.label=%3cimg%20src%3dx%20onerror%3dalert(1)%3e&id=mw-1&bg=transparent&theme=light&view=log&lang=en"
            "&s0.training.pue=1.3",
            &shuffled);
  CHECK(encode(shuffled) == canonical);
}

TEST_CASE("url state: decode(encode(json)) gives the same scenarios, number for number") {
  const char* json = R"({"scenarios": [
    {"label": "Città — ×10 \"quoted\" & <b>", "model": {"params_total": 671e9, "params_active": 37e9},
     "training": {"tokens": 14.8e12, "accelerator": {"peak_tflops": {"bf16": 989.5, "fp8": 1979}, "tdp_w": 700},
                  "precision": "fp8", "count": 2048, "mfu": 0.123456789012345, "pue": 1.1, "grid_gco2e_per_kwh": 0.1}},
    {"preset": "gpt-3", "training": {"pue": 1.5}, "inference": {"input_tokens": 0, "output_tokens": 500,
     "accelerator": "h100", "utilization": 0.1}}]})";
  std::vector<Scenario> direct;
  Error e;
  REQUIRE(parse_scenarios(json, builtin_catalog(), &direct, &e));
  UrlState st;
  std::string why;
  REQUIRE(parse_json(json, &st.scenarios, &why));
  UrlState back;
  const auto decoded = decode_ok(encode(st), &back);
  REQUIRE(decoded.size() == direct.size());
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t k = 0; k < direct.size(); ++k) {
    CHECK(decoded[k].label == direct[k].label);
    CHECK(decoded[k].training.hw.peak_tflops == direct[k].training.hw.peak_tflops);
    for (std::size_t i = 0; i < n; ++i) {
      const double a = field_value(std::as_const(direct[k]), fields[i]);
      const double b = field_value(std::as_const(decoded[k]), fields[i]);
      INFO(field_path(fields[i]));
      CHECK((a == b || (!has(a) && !has(b))));
    }
  }
}

TEST_CASE("url state: numbers are written short and exact") {
  UrlState st;
  std::string why;
  REQUIRE(parse_json(R"({"preset": "deepseek-v3", "training": {"tokens": 14.8e12, "gpu_hours": 2788000,
                       "mfu": 0.1, "power_w": 1e-5, "pue": 1.0000000000000002}})", &st.scenarios, &why));
  CHECK(encode(st) ==
        "v=1&s=deepseek-v3&s0.training.tokens=1.48e13&s0.training.gpu_hours=2788000&s0.training.mfu=0.1"
        "&s0.training.power_w=1e-5&s0.training.pue=1.0000000000000002&metric=gpu_hours");
}

TEST_CASE("url state: whole URLs, ignored trackers and empty values") {
  UrlState st;
  decode_ok("https://example.org/modelwatt/index.html?v=1&s=gpt-3&utm_source=x&fbclid=y#top", &st);
  CHECK(st.ignored == std::vector<std::string>{"utm_source", "fbclid"});
  UrlState nulls;
  Error e;
  REQUIRE(decode_url_state("v=1&s=deepseek-v3&s0.training.market_gco2e_per_kwh=", &nulls, &e));
  CHECK(nulls.scenarios["scenarios"][0]["training"]["market_gco2e_per_kwh"].is_null());
}

TEST_CASE("url state: bad links get the path and the reason") {
  CHECK(decode_error("s=gpt-3").message() == "v: missing: a ModelWatt link starts with v=1");
  CHECK(decode_error("v=2&s=gpt-3").message() == "v: unsupported version \"2\" (this ModelWatt reads version 1)");
  CHECK(decode_error("v=1").path == "s");
  CHECK(decode_error("v=1&s=gpt-3,,bloom-176b").message() ==
        "s: entry 2 is empty; use _ for a scenario without a preset");
  CHECK(decode_error("v=1&s=1,2,3,4,5,6,7,8,9").message() == "s: more than 8 scenarios");
  CHECK(decode_error("v=1&s=gpt-3&s1.training.pue=1.2").message() ==
        "s1.training.pue: no scenario 1 (s= lists 1, numbered from 0)");
  CHECK(decode_error("v=1&s=gpt-3&s0.training.pue=abc").message() == "s0.training.pue: must be a number (got \"abc\")");
  CHECK(decode_error("v=1&s=gpt-3&s0.training.pue=0x10").message() == "s0.training.pue: must be a number (got \"0x10\")");
  CHECK(decode_error("v=1&s=gpt-3&s0.training.pue=nan").path == "s0.training.pue");
  CHECK(decode_error("v=1&s=gpt-3&s0.training.pue=1e999").message() ==
        "s0.training.pue: must be a finite number (got 1e999)");
  CHECK(decode_error("v=1&s=gpt-3&s0.label=%zz").message() == "s0.label: bad percent-encoding or not UTF-8");
  CHECK(decode_error("v=1&s=gpt-3&s0.label=%C3%28").message() == "s0.label: bad percent-encoding or not UTF-8");
  CHECK(decode_error("v=1&s=gpt-3&s0.label=a%00b").message() == "s0.label: contains a control character");
  CHECK(decode_error("v=1&s=gpt-3&s=bloom-176b").message() == "s: given twice");
  CHECK(decode_error("v=1&s=gpt-3&s0.training.accelerator=h100&s0.training.accelerator.tdp_w=700").path ==
        "s0.training.accelerator.tdp_w");
  CHECK(decode_error("v=1&s=gpt-3&metric=gpu_hour").message() ==
        "metric: unknown metric \"gpu_hour\" (did you mean gpu_hours?)");
  CHECK(decode_error("v=1&s=gpt-3&theme=purple").path == "theme");
  CHECK(decode_error("v=1&s=gpt-3&id=%3Cx%3E").message() == "id: must be 1-64 letters, digits, - or _");
  CHECK(decode_error("v=1&s=gpt-3&s0.preset=bloom-176b").path == "s0.preset");
  CHECK(decode_error("v=1&s=gpt-3&s0.label=" + std::string(9000, 'a')).path == "");
}

TEST_CASE("url state: a refused link still gives its language, and nothing else") {
  UrlState st;
  st.metric = "energy";
  Error e;
  CHECK_FALSE(decode_url_state("v=1&s=gpt-3&metric=gpu_hour&lang=it-IT", &st, &e));
  CHECK(e.path == "metric");
  CHECK(st.lang == "it");
  CHECK(st.metric == "energy");  // untouched
  CHECK(st.scenarios.size() == 0);
  UrlState other;
  CHECK_FALSE(decode_url_state("v=2&s=gpt-3&lang=klingon", &other, &e));
  CHECK(other.lang.empty());  // not a language: the reader's
}

TEST_CASE("url state: the core validates the scenarios, with link paths") {
  CHECK(decode_error("v=1&s=deepseek-v3,llama-3.1-405b&s1.training.pue=0.8").message() ==
        "s1.training.pue: must be >= 1 (got 0.8)");
  CHECK(decode_error("v=1&s=deepseek-v3&s0.training.pua=1.2").message().rfind(
            "s0.training.pua: unknown key (did you mean pue", 0) == 0);
  CHECK(decode_error("v=1&s=deepseek-v4").message().rfind("s0.preset: unknown preset \"deepseek-v4\"", 0) == 0);
  CHECK(decode_error("v=1&s=_").message() == "s0: nothing to estimate: give training or inference (or a preset)");
}

TEST_CASE("url codec: percent-encoding and UTF-8") {
  CHECK(url_encode("a b&c=d/é") == "a%20b%26c%3Dd%2F%C3%A9");
  std::string out;
  CHECK(url_decode("a%20b+c%C3%A9", &out));
  CHECK(out == "a b cé");
  CHECK_FALSE(url_decode("%", &out));
  CHECK_FALSE(url_decode("%4", &out));
  CHECK(is_valid_utf8("Città ×"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST_CASE("url codec: the card's link as the app opens it keeps everything but the embed id and background") {
  CHECK(app_link_query("https://x.org/embed.html?v=1&s=deepseek-v3,_&id=mw-1&s1.label=Mio%20run&bg=transparent&lang=it#top") ==
        "v=1&s=deepseek-v3,_&s1.label=Mio%20run&lang=it");
  CHECK(app_link_query("?v=1&&s=gpt-3&i%64=x&metric=water") == "v=1&s=gpt-3&metric=water");  // "i%64" is "id"
  CHECK(app_link_query("v=1&s=gpt-3&idle=1&bg2=3") == "v=1&s=gpt-3&idle=1&bg2=3");
  // A browser's URLSearchParams writes "," as %2C and a space as +: the app's link is as the encoder writes.
  CHECK(app_link_query("v=1&s=deepseek-v3%2C_&s1.label=My+run&metric=energy") ==
        "v=1&s=deepseek-v3,_&s1.label=My%20run&metric=energy");
}
