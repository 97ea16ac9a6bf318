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

}  // namespace

TEST_CASE("summary: one sentence in plain words, English and Italian") {
  const Card c = card(kPair);
  const ChartMetric m = resolve_metric("gpu_hours", c.results);
  CHECK(summary_sentence(c.results, m, Lang::en) ==
        "DeepSeek-V3 used about 1/11 of the GPU-hours of Llama 3.1 405B (2.79M GPU-h vs 30.8M GPU-h).");
  CHECK(summary_sentence(c.results, m, Lang::it) ==
        "DeepSeek-V3 ha usato circa 1/11 delle ore-GPU di Llama 3.1 405B (2,79 M GPU-h contro 30,8 M GPU-h).");
  const Card reversed = card("v=1&s=llama-3.1-405b,deepseek-v3");
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
  CHECK(contains(svg, "<desc id=\"mw-desc\">DeepSeek-V3 used about 1/11"));
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
}
