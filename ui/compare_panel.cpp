// Compare: up to 4 scenarios side by side, bar charts with ratios to the baseline, a headline
// sentence for the first two, and equivalences a reader grasps.
#include "core/chart_metric.h"
#include "core/equivalences.h"
#include "core/url_state.h"
#include "core/i18n.h"
#include "core/summary_text.h"
#include "ui/charts.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

// The charted metrics, in the order of the card's switcher (core/url_state.h metric_names): the
// core's registry (core/chart_metric.h) says what each bar is, so the app and the card agree (CO₂e
// operational + embodied, water on-site + off-site, titles).
std::vector<ChartMetric> metrics(const AppState& app) {
  std::vector<Result> results;
  for (const EditSlot& s : app.edit.slots) results.push_back(s.result);
  std::size_t n;
  const char* const* names = metric_names(&n);
  std::vector<ChartMetric> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(resolve_metric(names[i], results));
  return out;
}

std::string output_key(const OutputField* f) {
  return f ? std::string(output_section_name(f->section)) + "." + f->key : "";
}

void scenario_picker(AppState* app, int i) {
  const EditSlot& slot = app->edit.slots[i];
  ImGui::PushID(i);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + 0.5f * em(), p.y + ImGui::GetFrameHeight()),
                                            scenario_color(i), 0.15f * em());
  ImGui::Dummy(ImVec2(0.5f * em(), ImGui::GetFrameHeight()));
  ImGui::SameLine();
  const float remove_w = app->edit.slots.size() > 1 ? ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x : 0;
  ImGui::SetNextItemWidth(narrow_layout() ? ImGui::GetContentRegionAvail().x - remove_w : 16 * em());
  const std::string current = slot_label(slot) + (i == 0 ? std::string(" (") + T("compare.baseline") + ")" : "");
  if (ImGui::BeginCombo("##preset", current.c_str(), ImGuiComboFlags_HeightLarge)) {
    // Your own model first: it starts from assumed values, not from a copy of the run shown before.
    if (ImGui::Selectable(T("app.own_model_option"), slot.preset.empty())) set_slot_preset(app, i, "");
    for (const Run& r : app->catalog->runs) {
      if (!offered_run(*app, r)) continue;
      const std::string item = r.name + " (" + std::to_string(r.year) + ")##" + r.id;
      const bool current = slot.preset == r.id;
      if (ImGui::Selectable(item.c_str(), current)) set_slot_preset(app, i, r.id);
      if (current) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  if (app->edit.slots.size() > 1) {
    ImGui::SameLine();
    if (ImGui::Button("×", ImVec2(ImGui::GetFrameHeight(), 0))) remove_slot(app, i);
    if (ImGui::IsItemHovered() && tooltips_allowed()) ImGui::SetTooltip("%s", T("compare.remove"));
  }
  ImGui::PopID();
}

// The core's sentences (core/summary_text.h, as on the card): the second scenario read against the
// first, the baseline, for GPU-hours and for energy.
void headline(AppState* app) {
  if (app->edit.slots.size() < 2) return;
  std::vector<Result> results;
  for (const EditSlot& s : app->edit.slots) results.push_back(s.result);
  ImGui::PushTextWrapPos(0);
  for (const char* metric : {"gpu_hours", "energy"}) {
    const std::string text = summary_sentence(results, resolve_metric(metric, results), ui_lang());
    if (!text.empty()) ImGui::TextUnformatted(text.c_str());
  }
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

// The legend of a stacked metric, with the card's words for its parts.
void parts_legend(const ChartMetric& m, ChartScale scale) {
  if (m.parts.size() != 2) return;
  const bool water = m.name == "water";
  const char* keys[] = {water ? "embed.part.onsite" : "chart.operational", water ? "embed.part.offsite" : "chart.embodied"};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int part = 0; part < 2; ++part) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(ImVec2(p.x, p.y + 0.25f * em()), ImVec2(p.x + 0.8f * em(), p.y + 0.95f * em()),
                      scenario_color(0, part == 1));
    ImGui::Dummy(ImVec2(0.9f * em(), em()));
    ImGui::SameLine();
    ImGui::TextUnformatted(T(keys[part]));
    if (part == 0) ImGui::SameLine(0, 1.2f * em());
  }
  if (scale == ChartScale::log) muted_wrapped(T("chart.log_note"));
}

void metric_chart(AppState* app, const ChartMetric& m, const IntervalSet& set) {
  if (!m.total) return;
  heading(metric_title(m, ui_lang()).c_str());
  std::vector<Result> results;
  for (const EditSlot& s : app->edit.slots) results.push_back(s.result);
  const std::vector<BarInput> bars = metric_bars(m, results);
  std::vector<ChartRow> rows;
  for (int i = 0; i < static_cast<int>(bars.size()); ++i) {
    const OutputField* f = bar_field(m, results[i]);
    ChartRow row{slot_label(app->edit.slots[i]), bars[i].value, bars[i].parts, i, output_key(f ? f : m.total), ""};
    // No embodied input (e.g. Meta's cards): the operational part alone, and the tooltip says so.
    if (f && f == m.fallback) row.tooltip = std::string(T("chart.embodied")) + ": " + T("chart.na");
    add_interval(&row, set, i);
    rows.push_back(row);
  }
  const std::string id = output_key(m.total);
  bar_chart(app, id.c_str(), rows, m.total->unit, 0);
  parts_legend(m, app->scale);
}

void equivalences_table(AppState* app) {
  heading(T("compare.equivalences"));
  const int n = static_cast<int>(app->edit.slots.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("equivalences", n + 1, flags)) return;
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  for (int i = 0; i < n; ++i) ImGui::TableSetupColumn(slot_label(app->edit.slots[i]).c_str(), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (const Equivalence& e : app->catalog->equivalences) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string key = "eq." + e.id;
    ImGui::TextWrapped("%s", has_tr(key) ? T(key) : e.name.c_str());
    if (ImGui::IsItemHovered() && tooltips_allowed()) {
      begin_tooltip();
      source_lines(*app->catalog, e.sources);
      end_tooltip();
    }
    for (int i = 0; i < n; ++i) {
      ImGui::TableNextColumn();
      const TrainingResult& t = app->edit.slots[i].result.training;
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
  for (int i = 0; i < static_cast<int>(app->edit.slots.size()); ++i) {
    if (i > 0 && !narrow_layout()) same_line_if_fits(18 * em());
    scenario_picker(app, i);
  }
  if (static_cast<int>(app->edit.slots.size()) < kMaxSlots) {
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
    for (const ChartMetric& m : metrics(*app)) {
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
