// The card's faces: summary sentence, SVG chart, paper text and card JSON, checked against the
// published figures (DeepSeek-V3: 2.788M H800-hours; Llama 3.1 405B: 30.84M H100-hours).
#include <doctest/doctest.h>

#include <string>

#include "core/card.h"
#include "core/paper_text.h"
#include "core/summary_text.h"
#include "core/svg_chart.h"

using namespace modelwatt;

namespace {

Card card(const std::string& query) {
  Card c;
  Error e;
  const bool ok = card_from_query(query, builtin_catalog(), &c, &e);
  INFO(e.message());
  REQUIRE(ok);
  return c;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

const char* kPair = "v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours";
// The seed's claim with Llama 3.1 405B as the baseline (first): "DeepSeek-V3 used about 1/11 of…".
const char* kSeed = "v=1&s=llama-3.1-405b,deepseek-v3&metric=gpu_hours";

}  // namespace

TEST_CASE("summary: one sentence in plain words, English and Italian") {
  const Card c = card(kSeed);
  const ChartMetric m = resolve_metric("gpu_hours", c.results);
  CHECK(summary_sentence(c.results, m, Lang::en) ==
        "DeepSeek-V3 used about 1/11 of the GPU-hours of Llama 3.1 405B (2.79M GPU-h vs 30.8M GPU-h).");
  CHECK(summary_sentence(c.results, m, Lang::it) ==
        "DeepSeek-V3 ha usato circa 1/11 delle ore-GPU di Llama 3.1 405B (2,79 Mln ore-GPU contro 30,8 Mln ore-GPU).");
  const Card reversed = card("v=1&s=deepseek-v3,llama-3.1-405b");
  CHECK(summary_sentence(reversed.results, m, Lang::en).rfind("Llama 3.1 405B used about 11 times the GPU-hours of DeepSeek-V3", 0) == 0);
}

TEST_CASE("summary: ratio words") {
  CHECK(ratio_words(2788000.0 / 30840000.0, Lang::en) == "1/11");
  CHECK(ratio_words(0.7, Lang::en) == "70%");
  CHECK(ratio_words(0.7, Lang::it) == "il 70%");
  CHECK(ratio_words(1.05, Lang::en) == "");
  CHECK(ratio_words(3.2, Lang::it) == "3,2");
  CHECK(ratio_short(30840000.0 / 2788000.0, Lang::it) == "11,1×");
  CHECK(ratio_short(kNone, Lang::en) == "");
}

TEST_CASE("svg: real text, title, description, values and ratios") {
  const Card c = card(kPair);
  const std::string svg = card_svg(c, builtin_catalog(), 720, false, false);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\"", 0) == 0);
  CHECK(contains(svg, "<title id=\"mw-title\">GPU-hours of training: DeepSeek-V3 vs Llama 3.1 405B</title>"));
  // The sentence reads the second against the first, as the bars' ratio labels do.
  CHECK(contains(svg, "<desc id=\"mw-desc\">Llama 3.1 405B used about 11 times"));
  CHECK(contains(svg, ">2.79M GPU-h</text>"));
  CHECK(contains(svg, ">30.8M GPU-h (11.1×)</text>"));
  CHECK(contains(svg, ">DeepSeek-V3</text>"));
  CHECK(contains(svg, "role=\"img\""));
  CHECK(contains(svg, "fill=\"#ffffff\""));  // light background
  const std::string dark = card_svg(c, builtin_catalog(), 390, true, true);
  CHECK(contains(dark, "fill=\"#111827\""));
  CHECK(contains(dark, "font-weight=\"700\">GPU-hours of training"));  // standalone: visible title
  CHECK(contains(dark, ">Sources: [1] DeepSeek-AI (2024) DeepSeek-V3"));  // and the sources
}

TEST_CASE("svg: untrusted labels stay text") {
  const Card c = card("v=1&s=deepseek-v3,gpt-3&s1.label=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%26%22%27");
  const std::string svg = card_svg(c, builtin_catalog(), 600, false, true);
  CHECK_FALSE(contains(svg, "<img"));
  CHECK(contains(svg, "&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;"));
  CHECK(xml_escape("a\x01<b>\n") == "a&lt;b&gt;\n");
}

TEST_CASE("svg: stacked CO2e is told apart without colour, and the log scale says so") {
  const Card c = card("v=1&s=deepseek-v3,bloom-176b&metric=co2e&view=log");
  const std::string svg = card_svg(c, builtin_catalog(), 800, false, false);
  CHECK(contains(svg, "url(#mw-hatch)"));
  CHECK(contains(svg, ">operational</text>"));
  CHECK(contains(svg, ">embodied</text>"));
  CHECK(contains(svg, ">Log scale</text>"));
}

TEST_CASE("paper text: inputs, method, sources and the link, in Markdown and LaTeX") {
  const Card c = card(kPair);
  PaperOptions o;
  o.query = "v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours";
  const std::string md = paper_markdown(c.scenarios, c.results, builtin_catalog(), o);
  CHECK(md.rfind("We estimate the footprint of DeepSeek-V3 and Llama 3.1 405B with ModelWatt 0.1.0", 0) == 0);
  CHECK(contains(md, "- **DeepSeek-V3** — Inputs: "));
  CHECK(contains(md, "GPU-hours 2.79M GPU-h (disclosed)"));
  CHECK(contains(md, "Reproduce with: `v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours`"));
  CHECK(contains(md, "DeepSeek-V3 Technical Report. <https://arxiv.org/abs/2412.19437>"));
  const std::string tex = paper_latex(c.scenarios, c.results, builtin_catalog(), o);
  CHECK(contains(tex, "\\item \\textbf{DeepSeek-V3} --- Inputs: "));
  CHECK(contains(tex, "\\bibitem{mw1}"));
  CHECK(contains(tex, "\\url{v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours}"));
  CHECK(latex_escape("CO₂e 50% a_b ×10²⁴ {x} ~ & $") ==
        "CO\\textsubscript{2}e 50\\% a\\_b $\\times10^{24}$ \\{x\\} \\textasciitilde{} \\& \\$");
  o.lang = Lang::it;
  CHECK(paper_markdown(c.scenarios, c.results, builtin_catalog(), o).rfind("Stimiamo l'impronta di DeepSeek-V3 e Llama", 0) == 0);
}

TEST_CASE("card json: content for the page, and errors as text") {
  Json ok;
  std::string why;
  REQUIRE(parse_json(card_json(kPair, builtin_catalog(), 600, false), &ok, &why));
  CHECK(ok["ok"] == true);
  CHECK(ok["title"] == "GPU-hours of training: DeepSeek-V3 vs Llama 3.1 405B");
  CHECK(ok["table"]["rows"][1]["value"] == "30.8M GPU-h");
  CHECK(ok["table"]["rows"][1]["ratio"] == "11.1×");
  CHECK(ok["metrics"].size() == 6);
  CHECK(ok["app_query"] == "v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours");
  Json bad;
  REQUIRE(parse_json(card_json("v=1&s=deepseek-v3,llama-3.1-405b&s1.training.pue=0.8&lang=it", builtin_catalog(), 600, false),
                     &bad, &why));
  CHECK(bad["ok"] == false);
  CHECK(bad["error"] == "s1.training.pue: must be >= 1 (got 0.8)");
  CHECK(bad["strings"]["error"] == "Impossibile mostrare questo confronto");
  // A link refused before its scenarios (here its metric) is still shown in its language.
  Json refused;
  REQUIRE(parse_json(card_json("v=1&s=deepseek-v3&metric=energy_kwh&lang=it", builtin_catalog(), 600, false),
                     &refused, &why));
  CHECK(refused["ok"] == false);
  CHECK(refused["lang"] == "it");
  CHECK(refused["strings"]["error"] == "Impossibile mostrare questo confronto");
  REQUIRE(parse_json(card_json("v=1&s=deepseek-v3&metric=energy_kwh&lang=fr", builtin_catalog(), 600, false),
                     &refused, &why));
  CHECK(refused["lang"] == "en");
}

// Issue 5 in the card: whiskers (p5–p95) and the ratio interval in the sentence.

TEST_CASE("svg: whiskers at the interval positions of chart_layout") {
  const Card c = card(kPair);
  SvgOptions o;
  o.width_px = 720;
  o.low = {2.5e6, 28e6};
  o.high = {3.1e6, 33e6};
  const std::string svg = render_svg_chart(c.results, resolve_metric("gpu_hours", c.results), o);
  // By hand: the domain grows to the highest whisker end, 33M -> nice 50M (max_ticks 720/120 = 6).
  // Labels beside the bars: left = 14 code points of "Llama 3.1 405B" × 13 px × 0.6 + 2 × 12 + 2 = 135.2,
  // plot width 720 - 135.2 - 12 = 572.8, top 8, rows 34 px, bars 0.62 × 34 = 21.08 px high, caps ±30%.
  // Bar 0: x 135.2 + 572.8 × {0.05, 0.062} = 163.84, 170.71; middle 8 + 0.19 × 34 + 10.54 = 25.
  CHECK(contains(svg, "<g class=\"whisker\" fill=\"none\"><path d=\"M163.8 25H170.7M163.8 18.7V31.3M170.7 18.7V31.3\""));
  // Bar 1: x 135.2 + 572.8 × {0.56, 0.66} = 455.97, 513.25; middle 25 + 34 = 59.
  CHECK(contains(svg, "d=\"M456 59H513.2M456 52.7V65.3M513.2 52.7V65.3\""));
  // Its value sits right of the whisker with a wider gap than after a bar (513.2 + 10), not over it.
  CHECK(contains(svg, "<text x=\"523.2\" y=\"63.5\" fill=\"#1f2937\" font-weight=\"600\">30.8M GPU-h (11.1×)</text>"));
  // Said in words for screen readers, and explained under the chart.
  CHECK(contains(svg, "DeepSeek-V3: 2.79M GPU-h; 90% interval 2.5M GPU-h to 3.1M GPU-h."));
  CHECK(contains(svg, ">Whiskers: 90% interval (p5–p95) over the ranges of undisclosed inputs.</text>"));
  // A collapsed interval draws nothing.
  o.low = {2.788e6, 30.84e6};
  o.high = o.low;
  const std::string none = render_svg_chart(c.results, resolve_metric("gpu_hours", c.results), o);
  CHECK_FALSE(contains(none, "whisker"));
  CHECK_FALSE(contains(none, "90% interval"));
}

TEST_CASE("summary: the ratio's interval, English and Italian, and the point sentence without one") {
  const Card c = card(kSeed);
  const ChartMetric m = resolve_metric("gpu_hours", c.results);
  const Interval q{1 / 11.8, 1 / 11.0, 1 / 10.3};
  CHECK(summary_sentence(c.results, m, q, Lang::en) ==
        "DeepSeek-V3 used between 1/12 and 1/10 of the GPU-hours of Llama 3.1 405B (2.79M GPU-h vs 30.8M GPU-h).");
  CHECK(summary_sentence(c.results, m, q, Lang::it) ==
        "DeepSeek-V3 ha usato tra 1/12 e 1/10 delle ore-GPU di Llama 3.1 405B (2,79 Mln ore-GPU contro 30,8 Mln ore-GPU).");
  CHECK(summary_sentence(c.results, m, Interval{2.1, 2.3, 2.5}, Lang::it).rfind("DeepSeek-V3 ha usato tra 2,1 e 2,5 volte le ore-GPU", 0) == 0);
  CHECK(summary_sentence(c.results, m, Interval{0.6, 0.7, 0.8}, Lang::it).rfind("DeepSeek-V3 ha usato tra il 60% e l'80% delle", 0) == 0);
  // Collapsed (no ranges), absent, or both ends reading the same: the point sentence.
  const std::string point = summary_sentence(c.results, m, Lang::en);
  const double r = 2788000.0 / 30840000.0;
  CHECK(summary_sentence(c.results, m, Interval{r, r, r}, Lang::en) == point);
  CHECK(summary_sentence(c.results, m, Interval{}, Lang::en) == point);
  CHECK(summary_sentence(c.results, m, Interval{1 / 11.2, r, 1 / 10.9}, Lang::en) == point);
}

TEST_CASE("card: ranges in the input give whiskers, the interval sentence and the table's columns") {
  // DeepSeek-V3's GPU-hours as a range: 30.84M / U(2.6M, 3.0M) has its 90% interval at 1/11.8 … 1/10.3.
  const char* file = R"({"scenarios": [{"preset": "llama-3.1-405b"},
                                       {"preset": "deepseek-v3", "training": {"gpu_hours": {"low": 2.6e6, "high": 3.0e6}}}]})";
  Card c;
  Error e;
  REQUIRE(card_from_json(file, UrlState{}, builtin_catalog(), &c, &e));
  const std::string svg = card_svg(c, builtin_catalog(), 720, false, true);
  CHECK(contains(svg, "<desc id=\"mw-desc\">DeepSeek-V3 used between 1/12 and 1/10 of the GPU-hours of Llama 3.1 405B"));
  CHECK(contains(svg, "DeepSeek-V3: 2.8M GPU-h (1/11); 90% interval 2.62M GPU-h to 2.98M GPU-h."));
  CHECK(contains(svg, "<g class=\"whisker\""));
  // The presets alone disclose GPU-hours: no whisker, the point sentence (the interval collapses).
  CHECK_FALSE(contains(card_svg(card(kPair), builtin_catalog(), 720, false, true), "whisker"));
  // Energy: DeepSeek-V3's PUE is assumed (a range), Llama's measured, so one whisker and a ratio interval.
  Json j;
  std::string why;
  REQUIRE(parse_json(card_json("v=1&s=llama-3.1-405b,deepseek-v3&metric=energy", builtin_catalog(), 600, false), &j, &why));
  CHECK(j["summary"] == "DeepSeek-V3 used between 1/10 and 1/7 of the energy of Llama 3.1 405B (2.44 GWh vs 21.6 GWh).");
  CHECK(j["table"]["rows"][1]["low"] == "2.25 GWh");
  CHECK(j["table"]["rows"][1]["high"] == "2.88 GWh");
  CHECK(j["table"]["rows"][0]["low"] == "21.6 GWh");  // measured: the interval is the value
  CHECK(j["strings"]["col.low"] == "90% interval, low (p5)");
  CHECK(contains(j["svg"].get<std::string>(), "<g class=\"whisker\""));
}
