// "Check a claim": scenario A and B from the compared ones, a metric, an op and a ratio; the core's
// ratio interval, probability and verdict sentence, and a picture of the interval against the claim.
#include "ui/claim_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/json/decimal.h"
#include "core/metric_registry.h"
#include "imgui.h"
#include "imgui_stdlib.h"  // after imgui.h: 1.86 does not include it itself
#include "ui/charts.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/tornado_chart.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

// Reads "0.1", "0,1", "1/10", "0.1×": the ways people write a ratio. False unless > 0.
bool parse_ratio(std::string s, double* out) {
  for (char& ch : s) ch = ch == ',' ? '.' : ch;
  while (!s.empty() && (s.back() == ' ' || s.back() == 'x')) s.pop_back();
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, "×") == 0) s.resize(s.size() - 2);
  const char* last = s.data() + s.size();
  auto number = [last](const char* p, double* v) {  // spaces before a number are fine, as with strtod
    while (p != last && (*p == ' ' || *p == '\t')) ++p;
    return read_decimal(p, last, v);
  };
  double v = 0;
  const char* end = number(s.data(), &v);
  if (end != last && *end == '/') {
    double den = 0;
    end = number(end + 1, &den);
    v = den != 0 ? v / den : kNone;
  }
  if (s.empty() || end != last || !(v > 0) || std::isinf(v)) return false;
  *out = v;
  return true;
}

// Label on the left, widget filling the rest (stacked on phones).
void row_label(const char* text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  if (!narrow_layout()) ImGui::SameLine(9 * em());
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 22 * em()));
}

void slot_combo(AppState* app, const char* label, const char* id, int* slot) {
  row_label(label);
  if (!ImGui::BeginCombo(id, slot_label(app->edit.slots[*slot]).c_str())) return;
  for (int i = 0; i < static_cast<int>(app->edit.slots.size()); ++i) {
    ImGui::PushID(i);
    if (ImGui::Selectable(slot_label(app->edit.slots[i]).c_str(), i == *slot)) *slot = i;
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

void metric_combo(ClaimState* c) {
  row_label(T("claim.metric"));
  if (!ImGui::BeginCombo("##metric", T("out." + c->metric))) return;
  for (const char* key : claim_outputs())  // core/metric_registry.h
    if (ImGui::Selectable(T(std::string("out.") + key), c->metric == key)) c->metric = key;
  ImGui::EndCombo();
}

void op_buttons(ClaimState* c) {
  row_label(T("claim.op"));
  const std::pair<ClaimOp, const char*> ops[] = {
      {ClaimOp::at_most, "claim.op.at_most"}, {ClaimOp::at_least, "claim.op.at_least"}, {ClaimOp::about, "claim.op.about"}};
  const char* const symbols[] = {"≤ ", "≥ ", "≈ "};
  for (int i = 0; i < 3; ++i) {
    const std::string label = symbols[i] + std::string(T(ops[i].second));
    if (i > 0) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (toggle_button(label.c_str(), c->op == ops[i].first)) c->op = ops[i].first;
  }
}

// A number field that keeps what is typed, and takes it only when it reads as a number > 0.
void number_input(const char* label, const char* id, std::string* buf, double shown, double scale, double* value,
                  bool* bad) {
  row_label(label);
  if (buf->empty() && !*bad) *buf = format_sig(shown, ui_lang(), 6);
  if (ImGui::InputText(id, buf)) {
    double v = 0;
    *bad = !parse_ratio(*buf, &v);
    if (!*bad) *value = v * scale;
  }
  if (*bad) error_wrapped(T("claim.bad_number"));
}

void controls(AppState* app, ClaimState* c) {
  slot_combo(app, T("claim.a"), "##a", &c->a);
  slot_combo(app, T("claim.b"), "##b", &c->b);
  metric_combo(c);
  op_buttons(c);
  number_input(T("claim.ratio"), "##ratio", &c->ratio_text, c->ratio, 1, &c->ratio, &c->ratio_bad);
  if (c->op == ClaimOp::about)
    number_input(T("claim.tolerance"), "##tol", &c->tolerance_text, c->tolerance * 100, 0.01, &c->tolerance,
                 &c->tolerance_bad);
  if (c->tolerance > 1) c->tolerance = 1;  // the core takes (0, 1]
  if (c->a == c->b) muted_wrapped(T("claim.same"));
}

ImU32 verdict_color(Verdict v) {
  if (v == Verdict::supported) return badge_color(1);
  return v == Verdict::not_supported ? IM_COL32(190, 50, 40, 255) : badge_color(3);
}

void verdict_badge(Verdict v) {
  const char* label = T(std::string("claim.verdict.") + verdict_name(v));
  const ImVec2 pad(0.45f * em(), 0.15f * em()), sz = ImGui::CalcTextSize(label), p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + sz.x + 2 * pad.x, p.y + sz.y + 2 * pad.y), verdict_color(v), 0.3f * em());
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), text_on(verdict_color(v)), label);
  ImGui::Dummy(ImVec2(sz.x + 2 * pad.x, sz.y + 2 * pad.y));
}

void result_text(AppState* app, const ClaimState& c) {
  const ClaimResult& r = c.result;
  verdict_badge(r.verdict);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(claim_sentence(claim_of(c), r, app->lang).c_str());
  ImGui::PopTextWrapPos();
  ImGui::TextUnformatted(fill(T("claim.ratio_interval"), {ratio_range(r.ratio.p5, r.ratio.p95)}).c_str());
  const int pct = static_cast<int>(std::lround(r.probability * 100));
  ImGui::TextUnformatted(fill(T("claim.probability"), {std::to_string(pct) + "%"}).c_str());
}

// The dominant-assumption warning (core/claim_warning.h) and its button; the note of what the last
// alignment changed stays until the claim changes.
void warning_text(AppState* app, ClaimState* c) {
  if (!c->aligned.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(c->aligned.c_str());
    ImGui::PopTextWrapPos();
  }
  if (!c->warned) return;
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted((std::string(T("app.warning")) + ": " + claim_warning_sentence(c->warning, c->result, app->lang)).c_str());
  ImGui::PopTextWrapPos();
  if (!ImGui::Button(T("app.claim_align"))) return;
  const int from = c->a, to = c->b;
  const EditOutcome o = commit_align(app, from, to, c->warning.input);
  const std::vector<std::string>& notices = app->edit.slots[to].notices;
  c->aligned = o.ok && !notices.empty() ? notices.back() : o.message;
}

}  // namespace

void claim_checker(AppState* app) {
  muted_wrapped(T("claim.intro"));
  if (app->edit.slots.size() < 2) {
    muted_wrapped(T("claim.need_two"));
    return;
  }
  ensure_claim(app);  // fixes slot indices after a removed scenario before the combos use them
  ClaimState& c = app->uncertainty.claim;
  ImGui::PushID("claim");
  const bool two_cols = !narrow_layout() && ImGui::GetContentRegionAvail().x > 56 * em() && ImGui::BeginTable("claim", 2);
  if (two_cols) {
    ImGui::TableNextColumn();
    controls(app, &c);
    ImGui::TableNextColumn();
  } else {
    controls(app, &c);
  }
  const ClaimState& checked = ensure_claim(app);  // the controls may have changed the claim
  if (!checked.ok) {
    error_wrapped(checked.error);
  } else {
    warning_text(app, &app->uncertainty.claim);
    result_text(app, checked);
    claim_plot(checked, checked.a);
    muted_wrapped(T("claim.legend"));
  }
  if (two_cols) ImGui::EndTable();
  if (checked.ok && !checked.result.drivers.empty()) {
    heading(T("claim.drivers"));
    tornado_chart("drivers", checked.result.drivers, checked.result.point_ratio, Unit::ratio, 4, checked.a);
  }
  ImGui::PopID();
}

}  // namespace modelwatt
