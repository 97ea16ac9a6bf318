// The Inference panel's chart (core/edit/inference_chart.h): the scenarios that serve and the
// published per-query figures on one axis, each with its boundary in words.
#include "core/edit/inference_chart.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

TEST_CASE("inference chart: scenarios then published figures, each naming its boundary") {
  Comparison c;
  init_comparison(&c, builtin_catalog());  // Llama 3.1 405B, DeepSeek-V3: both have a serving setup
  const Json ch = inference_chart(c, 640, false);
  const Json& rows = ch["rows"];
  REQUIRE(rows.size() >= 4);
  CHECK(rows[0]["label"] == "Llama 3.1 405B");
  CHECK(rows[0]["kind"] == "scenario");
  // DeepSeek-V3's catalog serving setup: FLOPs ÷ utilization at PUE 1.25 (assumed).
  CHECK(rows[1]["label"] == "DeepSeek-V3");
  CHECK(rows[1]["scope"] == "accelerators (FLOPs ÷ utilization) + facility (PUE 1.25)");
  bool google = false;
  for (const Json& r : rows)
    if (r["label"] == "Google Gemini Apps, median text prompt (May 2025)") {
      google = true;
      CHECK(r["kind"] == "reference");
      CHECK(r["scope"] == "fleet, with idle capacity + facility (its PUE)");  // Google's 0.24 Wh includes PUE 1.09
      CHECK(r["value"] == "0.24 Wh");
    }
  CHECK(google);
  const std::string svg = ch["svg"].get<std::string>();
  CHECK(svg.find("<title") != std::string::npos);
  CHECK(svg.find("[accel.+PUE] DeepSeek-V3") != std::string::npos);
  CHECK(svg.find("[fleet+PUE] Google Gemini Apps") != std::string::npos);
  CHECK(svg.find("[accel.] Google Gemini Apps") != std::string::npos);  // the narrow figure: no PUE
  // Italian words, the same figures.
  c.lang = Lang::it;
  const Json it = inference_chart(c, 640, false);
  CHECK(it["rows"][1]["scope"] == "acceleratori (FLOP ÷ utilizzo) + infrastruttura del data center (PUE 1,25)");
}

TEST_CASE("inference chart: nothing serves and no reference has an energy figure: no SVG") {
  Comparison c;
  Catalog empty;
  empty.version = "t";
  init_comparison(&c, empty);
  CHECK(inference_chart(c, 640, false)["svg"] == "");
}
