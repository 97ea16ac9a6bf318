// Validation: the table of published footprints re-derived by the engine (run_validation), with
// the % difference and whether it is within the row's tolerance; a context row (a known gap) says
// "context" instead, in muted text, and its note explains why.
#include "core/fields.h"
#include "core/i18n.h"
#include "core/result.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

std::string run_name(const Catalog& c, const std::string& id) {
  const Run* r = c.find_run(id);
  return r ? r->name : id;
}

bool is_context_mark(const ValidationRow& v) {
  return std::string(validation_verdict(v)) == "context";
}

// "yes (±2%)" / "no (±2%)", or "context" for a context row (no tolerance, never a failure).
void status(const ValidationRow& v) {
  if (is_context_mark(v)) {
    ImGui::PushStyleColor(ImGuiCol_Text, muted_text_color());
    ImGui::TextUnformatted(T("valid.context"));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, v.ok ? badge_color(1) : error_color());
    ImGui::TextUnformatted(
        fill(T(v.ok ? "valid.ok" : "valid.fail"), {format_sig(v.tolerance_pct, ui_lang())}).c_str());
  }
  ImGui::PopStyleColor();
}

void row(const AppState& app, const ValidationRow& v) {
  const OutputField* f = find_output_field(v.metric);
  const Unit unit = f ? f->unit : Unit::none;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  std::string run = run_name(*app.catalog, v.run);
  if (!v.baseline_run.empty()) run += " / " + run_name(*app.catalog, v.baseline_run);
  ImGui::TextWrapped("%s", run.c_str());
  if (ImGui::IsItemHovered() && tooltips_allowed()) {
    begin_tooltip();
    if (!v.note.empty()) ImGui::TextUnformatted(v.note.c_str());
    source_lines(*app.catalog, v.sources);
    end_tooltip();
  }
  ImGui::TableNextColumn();
  const std::string key = "out." + v.metric;
  ImGui::TextWrapped("%s", has_tr(key) ? T(key) : v.metric.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(v.error.empty() ? Tq(v.estimate, unit).c_str() : v.error.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(Tq(v.published, unit).c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(has(v.diff_pct) ? (format_fixed(v.diff_pct, 1, ui_lang()) + " %").c_str()
                                         : T("chart.na"));
  ImGui::TableNextColumn();
  status(v);
}

void card(const AppState& app, const ValidationRow& v) {
  const OutputField* f = find_output_field(v.metric);
  const Unit unit = f ? f->unit : Unit::none;
  const std::string key = "out." + v.metric;
  ImGui::Separator();
  ImGui::TextWrapped("%s — %s", run_name(*app.catalog, v.run).c_str(),
                     has_tr(key) ? T(key) : v.metric.c_str());
  ImGui::TextWrapped(
      "%s %s · %s %s · %s %s", T("valid.estimate"), Tq(v.estimate, unit).c_str(), T("valid.published"),
      Tq(v.published, unit).c_str(), T("valid.diff"),
      has(v.diff_pct) ? (format_fixed(v.diff_pct, 1, ui_lang()) + " %").c_str() : T("chart.na"));
  status(v);
  if (v.is_context() && !v.note.empty()) muted_wrapped(v.note.c_str());
}

}  // namespace

void validation_panel(AppState* app) {
  if (!app->validation_done) {  // computed once, on first view: it re-runs every published scenario
    app->validation = run_validation(*app->catalog);
    app->validation_done = true;
  }
  muted_wrapped(T("valid.intro"));
  int ok = 0, tolerance = 0, context = 0;
  for (const ValidationRow& v : app->validation) {
    if (is_context_mark(v)) {
      ++context;
      continue;
    }
    ++tolerance;
    ok += v.ok ? 1 : 0;
  }
  const std::string n_ok = std::to_string(ok), n_rows = std::to_string(tolerance);
  ImGui::TextUnformatted((context ? fill(T("valid.summary_context"), {n_ok, n_rows, std::to_string(context)})
                                  : fill(T("valid.summary"), {n_ok, n_rows}))
                             .c_str());
  if (narrow_layout()) {  // phone: one card per row, six columns do not fit 390 px
    for (const ValidationRow& v : app->validation) card(*app, v);
    return;
  }
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("validation", 6, flags)) return;
  const char* cols[] = {"valid.run",       "valid.metric", "valid.estimate",
                        "valid.published", "valid.diff",   "valid.status"};
  for (int i = 0; i < 6; ++i)
    ImGui::TableSetupColumn(T(cols[i]), ImGuiTableColumnFlags_WidthStretch, i < 2 ? 2.0f : 1.0f);
  ImGui::TableHeadersRow();
  for (const ValidationRow& v : app->validation) row(*app, v);
  ImGui::EndTable();
}

}  // namespace modelwatt
