// Compare: up to 4 scenarios side by side, bar charts with ratios to the baseline, a headline
// sentence for the first two, and equivalences a reader grasps.
#include "core/equivalences.h"
#include "core/i18n.h"
#include "ui/charts.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

struct Metric {
  const char* title;
  const char* key;  // output explained on click
  Unit unit;
  double TrainingResult::*value;
  bool stacked;     // operational + embodied CO2e
};

const Metric kMetrics[] = {
    {"chart.flops", "training.flops", Unit::flops, &TrainingResult::flops, false},
    {"chart.gpu_hours", "training.gpu_hours", Unit::gpu_hours, &TrainingResult::gpu_hours, false},
    {"chart.energy", "training.energy_kwh", Unit::kwh, &TrainingResult::energy_kwh, false},
    {"chart.co2e", "training.co2e_total_kg", Unit::kg, &TrainingResult::co2e_total_kg, true},
    {"chart.water", "training.water_l", Unit::l, &TrainingResult::water_l, false},
    {"chart.cost", "training.cost_usd", Unit::usd, &TrainingResult::cost_usd, false},
};

void scenario_picker(AppState* app, int i) {
  Slot& slot = app->slots[i];
  ImGui::PushID(i);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + 0.5f * em(), p.y + ImGui::GetFrameHeight()),
                                            scenario_color(i), 0.15f * em());
  ImGui::Dummy(ImVec2(0.5f * em(), ImGui::GetFrameHeight()));
  ImGui::SameLine();
  const float remove_w = app->slots.size() > 1 ? ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x : 0;
  ImGui::SetNextItemWidth(narrow_layout() ? ImGui::GetContentRegionAvail().x - remove_w : 16 * em());
  const std::string current = slot_label(slot) + (i == 0 ? std::string(" (") + T("compare.baseline") + ")" : "");
  if (ImGui::BeginCombo("##preset", current.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const Run& r : app->catalog->runs) {
      const std::string item = r.name + " (" + std::to_string(r.year) + ")";
      if (ImGui::Selectable(item.c_str(), slot.preset == r.id && slot.overrides.empty())) set_slot_preset(app, i, r.id);
    }
    if (ImGui::Selectable(T("compare.custom"), slot.preset.empty())) set_slot_preset(app, i, "");
    ImGui::EndCombo();
  }
  if (app->slots.size() > 1) {
    ImGui::SameLine();
    if (ImGui::Button("×", ImVec2(ImGui::GetFrameHeight(), 0))) remove_slot(app, i);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("compare.remove"));
  }
  if (!slot.error.empty()) error_wrapped(T("compare.invalid"));
  ImGui::PopID();
}

void headline(AppState* app) {
  if (app->slots.size() < 2) return;
  // "DeepSeek-V3 used 0.09× the GPU-hours of Llama 3.1 405B": the baseline is the subject, as in
  // the claim readers check.
  const TrainingResult& a = app->slots[0].result.training;
  const TrainingResult& b = app->slots[1].result.training;
  if (!(has(a.gpu_hours) && has(b.gpu_hours) && b.gpu_hours > 0 && has(a.energy_kwh) && has(b.energy_kwh))) return;
  const double r = a.gpu_hours / b.gpu_hours;
  const std::string text = fill(T("compare.headline"),
                                {slot_label(app->slots[0]), format_ratio(r, ui_lang()), slot_label(app->slots[1]),
                                 "≈" + format_fraction(r), format_ratio(a.energy_kwh / b.energy_kwh, ui_lang())});
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

// p5-p95 of the bar's value and of its ratio to the baseline (sample by sample), from the core.
void add_interval(ChartRow* row, const IntervalSet& set, int i) {
  const OutputField* f = find_output_field(row->key);
  if (!f || i >= static_cast<int>(set.results.size())) return;
  const Interval& v = set.results[i].of(*f);
  if (v.present()) row->low = v.p5, row->high = v.p95;
  if (i > 0 && i < static_cast<int>(set.comparison.size())) {
    const Interval& r = set.comparison[i].of(*f);
    if (r.present()) row->ratio_low = r.p5, row->ratio_high = r.p95;
  }
}

void metric_chart(AppState* app, const Metric& m, const IntervalSet& set) {
  heading(T(m.title));
  std::vector<ChartRow> rows;
  for (int i = 0; i < static_cast<int>(app->slots.size()); ++i) {
    const TrainingResult& t = app->slots[i].result.training;
    ChartRow row{slot_label(app->slots[i]), t.*m.value, {}, i, m.key, ""};
    if (m.stacked) {
      row.parts = {t.co2e_kg, t.co2e_embodied_kg};
      // No embodied input (e.g. Meta's cards): the core leaves the total null; show the operational
      // part alone rather than no bar, and say so on hover.
      if (!has(row.value) && has(t.co2e_kg)) {
        row.value = t.co2e_kg;
        row.key = "training.co2e_kg";
        row.tooltip = std::string(T("chart.embodied")) + ": " + T("chart.na");
      }
    }
    add_interval(&row, set, i);
    rows.push_back(row);
  }
  bar_chart(app, m.key, rows, m.unit, 0);
  if (m.stacked) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int part = 0; part < 2; ++part) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      dl->AddRectFilled(ImVec2(p.x, p.y + 0.25f * em()), ImVec2(p.x + 0.8f * em(), p.y + 0.95f * em()),
                        scenario_color(0, part == 1));
      ImGui::Dummy(ImVec2(0.9f * em(), em()));
      ImGui::SameLine();
      ImGui::TextUnformatted(T(part == 0 ? "chart.operational" : "chart.embodied"));
      if (part == 0) ImGui::SameLine(0, 1.2f * em());
    }
    if (app->scale == ChartScale::log) muted_wrapped(T("chart.log_note"));
  }
}

void equivalences_table(AppState* app) {
  heading(T("compare.equivalences"));
  const int n = static_cast<int>(app->slots.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("equivalences", n + 1, flags)) return;
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  for (int i = 0; i < n; ++i) ImGui::TableSetupColumn(slot_label(app->slots[i]).c_str(), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (const Equivalence& e : app->catalog->equivalences) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string key = "eq." + e.id;
    ImGui::TextWrapped("%s", has_tr(key) ? T(key) : e.name.c_str());
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      source_lines(*app->catalog, e.sources);
      ImGui::EndTooltip();
    }
    for (int i = 0; i < n; ++i) {
      ImGui::TableNextColumn();
      const TrainingResult& t = app->slots[i].result.training;
      double count = kNone;
      for (const EquivalenceValue& v : equivalences_for(*app->catalog, t.energy_kwh, t.co2e_total_kg))
        if (v.equivalence == &e) count = v.count;
      ImGui::TextUnformatted(has(count) ? ("≈ " + format_sig(count, ui_lang(), 2)).c_str() : T("chart.na"));
    }
  }
  ImGui::EndTable();
}

}  // namespace

void compare_panel(AppState* app) {
  for (int i = 0; i < static_cast<int>(app->slots.size()); ++i) {
    if (i > 0 && !narrow_layout()) same_line_if_fits(18 * em());
    scenario_picker(app, i);
  }
  if (static_cast<int>(app->slots.size()) < kMaxSlots) {
    if (!narrow_layout()) same_line_if_fits(ImGui::CalcTextSize(T("compare.add")).x + 2 * em());
    if (ImGui::Button(T("compare.add"))) add_slot(app);
  }
  ImGui::Spacing();
  headline(app);
  muted_wrapped(T("compare.ratio_note"));
  ImGui::Separator();
  const float w = ImGui::GetContentRegionAvail().x;
  const int cols = w >= 90 * em() ? 3 : (w >= 52 * em() ? 2 : 1);
  // Computed here only when results changed (never per frame); fewer samples while a widget is held.
  // The very first frame shows the bars alone (first-frame budget); the frame pacer grants the app
  // three frames at start, and the second brings the whiskers.
  static const IntervalSet kNoIntervals;
  const IntervalSet& set = ImGui::GetFrameCount() <= 1 ? kNoIntervals
                                                        : ensure_intervals(app, chart_metrics(), ImGui::IsAnyItemActive());
  if (ImGui::BeginTable("charts", cols, ImGuiTableFlags_PadOuterX)) {
    for (const Metric& m : kMetrics) {
      ImGui::TableNextColumn();
      metric_chart(app, m, set);
      ImGui::Spacing();
    }
    ImGui::EndTable();
  }
  if (set.samples > 0) muted_wrapped(fill(T("unc.whiskers_note"), {format_sig(set.samples, ui_lang(), 6)}).c_str());
  ImGui::Separator();
  equivalences_table(app);
}

}  // namespace modelwatt
