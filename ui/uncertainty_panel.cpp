// Uncertainty: "Check a claim", then per metric a tornado chart of which assumptions drive the
// spread of the chosen scenario's number, with that number's 90% interval.
#include "ui/claim_panel.h"
#include "ui/charts.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/tornado_chart.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

const Tornado* tornado_of(const std::vector<Tornado>& all, const OutputField* f) {
  for (const Tornado& t : all)
    if (t.output == f) return &t;
  return nullptr;
}

void metric_tornado(int si, const OutputField* f, const std::vector<Tornado>& all, const IntervalSet& set) {
  const Tornado* t = tornado_of(all, f);
  if (!t) return;  // null at the point estimate (e.g. no embodied input: no CO₂e total)
  const std::string key = std::string(output_section_name(f->section)) + "." + f->key;
  heading(T("out." + key));
  const Interval& v = set.results[si].of(*f);
  std::string line = Tq(t->point, f->unit);
  if (v.present() && v.p5 != v.p95) line += "   " + fill(T("unc.interval"), {Tq(v.p5, f->unit), Tq(v.p95, f->unit)});
  muted_wrapped(line.c_str());
  tornado_chart(key.c_str(), t->rows, t->point, f->unit, 6, si);
}

void tornadoes(AppState* app) {
  heading(T("tornado.title"));
  muted_wrapped(T("tornado.intro"));
  slot_picker(app);
  const int si = app->active_slot;
  const std::vector<Tornado>& all = ensure_tornado(app, si);
  const IntervalSet& set = ensure_intervals(app, chart_metrics(), ImGui::IsAnyItemActive());
  const float w = ImGui::GetContentRegionAvail().x;
  const int cols = w >= 90 * em() ? 3 : (w >= 52 * em() ? 2 : 1);
  if (!ImGui::BeginTable("tornadoes", cols, ImGuiTableFlags_PadOuterX)) return;
  for (const OutputField* f : chart_metrics()) {
    // co2e_kg stands in for the total only where the total is null (as on the Compare charts).
    const bool stand_in = std::string(f->key) == "co2e_kg";
    if (stand_in && tornado_of(all, find_output_field("training.co2e_total_kg"))) continue;
    if (!tornado_of(all, f)) continue;
    ImGui::TableNextColumn();
    metric_tornado(si, f, all, set);
    ImGui::Spacing();
  }
  ImGui::EndTable();
}

}  // namespace

void uncertainty_panel(AppState* app) {
  muted_wrapped(T("unc.intro"));
  ImGui::Spacing();
  heading(T("claim.title"));
  claim_checker(app);
  ImGui::Separator();
  tornadoes(app);
}

}  // namespace modelwatt
