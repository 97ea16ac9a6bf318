#include "core/edit/inference_chart.h"

#include "core/chart_metric.h"
#include "core/i18n.h"
#include "core/svg_chart.h"

namespace modelwatt {
namespace {

// What a scenario's energy per query counts, in words: the phases boundary (or the accelerators of
// the FLOPs method), plus the facility when a PUE above 1 applies.
std::string scenario_scope(const InferenceInputs& in, Lang lang) {
  std::string s = in.method == InferenceMethod::phases
                      ? std::string(tr(std::string("option.boundary.") + boundary_name(in.boundary), lang))
                      : std::string(tr("chart.scope.flops", lang));
  if (has(in.pue) && in.pue > 1) s += fill(tr("chart.scope.facility", lang), {format_sig(in.pue, lang, 3)});
  return s;
}

// The same in a few letters, for the chart's labels ("accel.+PUE", "fleet+PUE").
std::string scenario_tag(const InferenceInputs& in, Lang lang) {
  std::string s = tr(in.method == InferenceMethod::phases ? "chart.tag." + std::string(boundary_name(in.boundary))
                                                          : std::string("chart.tag.accelerator"),
                     lang);
  if (has(in.pue) && in.pue > 1) s += "+PUE";
  return s;
}

struct Row {
  std::string label, scope, tag, kind;
  double wh = kNone;
};

std::vector<Row> chart_rows(const Comparison& c) {
  std::vector<Row> rows;
  for (const EditSlot& s : c.slots)
    if (s.scenario.inference.present && s.result.inference.present)
      rows.push_back({s.scenario.label, scenario_scope(s.scenario.inference, c.lang),
                      scenario_tag(s.scenario.inference, c.lang), "scenario", s.result.inference.energy_wh_per_query});
  for (const InferenceReference& r : c.catalog->inference_references)
    if (has(r.energy_wh_per_query)) {
      const std::string scope = r.scope.empty() ? "unknown" : r.scope;
      // A published figure that includes a PUE says so like a scenario's ("+PUE"), so equal boundaries look equal.
      std::string words = tr("chart.scope." + scope, c.lang), tag = tr("chart.tag." + scope, c.lang);
      if (r.pue_included) words += tr("chart.scope.facility_included", c.lang), tag += "+PUE";
      rows.push_back({r.name, words, tag, "reference", r.energy_wh_per_query});
    }
  return rows;
}

}  // namespace

Json inference_chart(const Comparison& c, int width_px, bool dark) {
  const Lang lang = c.lang;
  const std::vector<Row> rows = chart_rows(c);
  std::vector<Result> bars;
  Json table = Json::array();
  for (const Row& r : rows) {
    Result b;
    b.label = "[" + r.tag + "] " + r.label;  // the boundary first: long names are cut at the end
    b.inference.present = true;
    b.inference.energy_wh_per_query = r.wh;
    bars.push_back(b);
    table.push_back({{"label", r.label}, {"scope", r.scope}, {"kind", r.kind},
                     {"value", format_quantity(r.wh, Unit::wh, lang)}});
  }
  const std::string title = tr("chart.inference_title", lang);
  Json out = {{"title", title}, {"rows", table}, {"svg", ""}};
  if (bars.empty()) return out;
  SvgOptions o;
  o.width_px = width_px;
  o.lang = lang;
  o.dark = dark;
  o.id_prefix = "mwinf";
  o.scale = ChartScale::log;  // 0.05 Wh to 40 Wh: a linear axis hides the small ones
  out["svg"] = render_svg_chart(bars, resolve_metric("inference.energy_wh_per_query", bars), o);
  return out;
}

}  // namespace modelwatt
