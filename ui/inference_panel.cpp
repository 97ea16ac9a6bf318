// Inference: tokens, accelerator, utilization and volume for one scenario → Wh, gCO2e and mL per
// query, fleet totals, break-even against training; every scenario's energy per query next to the
// providers' published reference points on one (log) axis.
#include "core/fields.h"
#include "core/phases_text.h"
#include "ui/charts.h"
#include "ui/field_row.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

// The serving inputs most people change, from the core's view model; every other one (region, PUE,
// power...) is under "Your model & assumptions".
void controls(AppState* app, int si) {
  // A copy: an edit later in this frame may rebuild the cache (commit_orphan_draft).
  const Json view = cached_slot_view(app, si);
  struct Slider {
    const char* path;
    float lo, hi;
  };
  const Slider sliders[] = {{"inference.input_tokens", 1, 100000}, {"inference.output_tokens", 1, 20000},
                            {"inference.utilization", 0.01f, 1}, {"inference.queries_per_day", 1000, 1e10f}};
  for (const Slider& s : sliders)
    if (const Json* f = find_view_field(view, s.path)) field_slider(app, si, *f, s.lo, s.hi, true);
  for (const char* path : {"inference.accelerator", "inference.region", "inference.days"})
    if (const Json* f = find_view_field(view, path)) field_row(app, si, *f);
  // Inference by phases: the method first, then what shapes a served query (docs/scenario-extensions.md).
  for (const char* path : {"inference.method", "inference.reasoning_tokens", "inference.batch_size",
                           "inference.gpus_per_replica", "inference.boundary"})
    if (const Json* f = find_view_field(view, path)) field_row(app, si, *f);
  for (const Json& n : view["notices"]) muted_wrapped(("• " + n.get<std::string>()).c_str());
}

void outputs(AppState* app, int si) {
  const Result& r = app->edit.slots[si].result;
  const std::string phases = phases_sentence(r.inference, ui_lang());  // where a served query's time goes
  if (!phases.empty()) ImGui::TextWrapped("%s", phases.c_str());
  static const char* const kKeys[] = {
      "inference.energy_wh_per_query", "inference.co2e_g_per_query", "inference.water_ml_per_query",
      "inference.co2e_embodied_g_per_query", "inference.energy_kwh_per_day", "inference.energy_kwh_total",
      "inference.co2e_kg_total", "inference.water_l_total", "lifecycle.breakeven_days",
      "lifecycle.training_wh_per_query", "lifecycle.total_wh_per_query"};
  if (!ImGui::BeginTable("inf_out", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 9 * em());
  for (const char* key : kKeys) {
    const OutputField* f = find_output_field(key);
    if (!f) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", T(std::string("out.") + key));
    ImGui::TableNextColumn();
    number_link(app, si, key, Tq(output_value(r, *f), f->unit));
  }
  ImGui::EndTable();
}

void per_query_chart(AppState* app) {
  // Whiskers: this chart's one metric, so a slider drag above re-samples only what is drawn here.
  static const std::vector<const OutputField*> metric = {find_output_field("inference.energy_wh_per_query")};
  const IntervalSet& set = ensure_intervals(app, metric, ImGui::IsAnyItemActive());
  std::vector<ChartRow> rows;
  for (int i = 0; i < static_cast<int>(app->edit.slots.size()); ++i) {
    rows.push_back({slot_label(app->edit.slots[i]), app->edit.slots[i].result.inference.energy_wh_per_query, {}, i,
                    "inference.energy_wh_per_query", ""});
    const Interval& v = set.results[i].of(*metric[0]);
    const Interval& r = i > 0 ? set.comparison[i].of(*metric[0]) : Interval{};
    if (v.present()) rows.back().low = v.p5, rows.back().high = v.p95;
    if (r.present()) rows.back().ratio_low = r.p5, rows.back().ratio_high = r.p95;
  }
  for (const InferenceReference& ref : app->catalog->inference_references)
    if (has(ref.energy_wh_per_query)) rows.push_back({ref.name, ref.energy_wh_per_query, {}, -1, "", ref.boundary});
  // Model estimates and providers' figures span decades: always a log axis here.
  const ChartScale saved = app->scale;
  app->scale = ChartScale::log;
  bar_chart(app, "per_query", rows, Unit::wh, 0);
  app->scale = saved;
  muted_wrapped(T("inf.references"));
  const std::string note = fill(T("unc.whiskers_note"), {format_sig(set.samples, ui_lang(), 6)}) + " " + T("unc.live");
  muted_wrapped(note.c_str());
}

void inputs_and_outputs(AppState* app, int si) {
  const bool two_cols = !narrow_layout() && ImGui::GetContentRegionAvail().x > 56 * em();
  if (two_cols && ImGui::BeginTable("inf", 2)) {
    ImGui::TableNextColumn();
    controls(app, si);
    ImGui::TableNextColumn();
    heading(T("inf.outputs"));
    outputs(app, si);
    ImGui::EndTable();
  } else {
    controls(app, si);
    heading(T("inf.outputs"));
    outputs(app, si);
  }
}

}  // namespace

void inference_panel(AppState* app) {
  slot_picker(app);
  const int si = app->active_slot;
  muted_wrapped(T("inf.intro"));
  // Any scenario can be served: inert sliders for a run without a serving setup told nobody why.
  if (app->edit.slots[si].scenario.inference.present) inputs_and_outputs(app, si);
  else serving_setup_button(app, si);
  ImGui::Separator();
  heading(T("inf.chart"));
  per_query_chart(app);
}

}  // namespace modelwatt
