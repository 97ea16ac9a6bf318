// The claim picture: where the ratio A / B probably lies against the ratio the claim states. A log
// axis, because claims are about factors ("a tenth"), and 1/12 vs 1/10 must look as far apart as
// 10× vs 12×.
#include <algorithm>
#include <cmath>

#include "ui/charts.h"
#include "ui/claim_panel.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

struct LogAxis {
  float x, w;
  double l0, l1;  // log10 of the domain ends
  float at(double v) const {
    const double t = (std::log10(v) - l0) / (l1 - l0);
    return x + float(std::clamp(t, 0.0, 1.0)) * w;
  }
};

// Domain: every value to show, widened by a factor 1.6 each side (at least half a decade overall).
LogAxis axis_for(const ClaimState& c, float x, float w) {
  const ClaimResult& r = c.result;
  double lo = c.ratio, hi = c.ratio;
  for (double v : {r.ratio.p5, r.ratio.p95, r.point_ratio, c.ratio * (1 - c.tolerance), c.ratio * (1 + c.tolerance)})
    if (has(v) && v > 0) lo = std::min(lo, v), hi = std::max(hi, v);
  double l0 = std::log10(lo / 1.6), l1 = std::log10(hi * 1.6);
  if (l1 - l0 < 0.5) l0 -= (0.5 - (l1 - l0)) / 2, l1 = l0 + 0.5;
  return {x, w, l0, l1};
}

// Ticks at 1, 2, 5 × 10^k inside the domain (every mantissa on a narrow one), labelled "1/10",
// "0.2×", "5×": "1/N" is how claims are worded.
void draw_ticks(ImDrawList* dl, const LogAxis& a, float y) {
  const bool narrow = a.l1 - a.l0 < 1.0;
  float last_right = -1e9f;
  for (int e = int(std::floor(a.l0)); e <= int(std::ceil(a.l1)); ++e)
    for (double m : {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0}) {
      const double v = m * std::pow(10.0, e), lv = std::log10(v);
      if (lv < a.l0 || lv > a.l1 || (!narrow && m != 1 && m != 2 && m != 5)) continue;
      const float x = a.at(v);
      dl->AddLine(ImVec2(x, y - 0.25f * em()), ImVec2(x, y + 0.25f * em()), muted_text_color());
      const std::string s = v < 1 && m == 1 ? format_fraction(v) : format_ratio(v, ui_lang());
      const float w = ImGui::CalcTextSize(s.c_str()).x, left = std::clamp(x - w / 2, a.x, a.x + a.w - w);
      if (left < last_right + 0.5f * em()) continue;
      dl->AddText(ImVec2(left, y + 0.3f * em()), muted_text_color(), s.c_str());
      last_right = left + w;
    }
}

void dashed_vline(ImDrawList* dl, float x, float y0, float y1, ImU32 c, float t) {
  const float dash = 0.35f * em();
  for (float y = y0; y < y1; y += 2 * dash) dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, y1)), c, t);
}

}  // namespace

void claim_plot(const ClaimState& c, int slot) {
  const ClaimResult& r = c.result;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float pad = 0.6f * em(), t = std::max(1.0f, 0.12f * em());
  const LogAxis a = axis_for(c, o.x + pad, width - 2 * pad);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  // Rows: the claimed ratio's label, the band and the bar, then the axis with its labels.
  const float label_y = o.y, bar_y0 = o.y + 1.4f * em(), bar_y1 = bar_y0 + 1.2f * em(), axis_y = bar_y1 + 0.5f * em();
  if (c.op == ClaimOp::about)
    dl->AddRectFilled(ImVec2(a.at(c.ratio * (1 - c.tolerance)), bar_y0 - 0.3f * em()),
                      ImVec2(a.at(c.ratio * (1 + c.tolerance)), axis_y), ImGui::GetColorU32(ImGuiCol_Text, 0.12f));
  // A point interval (nothing uncertain moves A / B) is the dot alone.
  if (r.ratio.present() && a.at(r.ratio.p95) - a.at(r.ratio.p5) >= 2.0f) {
    const float x5 = a.at(r.ratio.p5), x95 = a.at(r.ratio.p95);
    dl->AddRectFilled(ImVec2(x5, bar_y0), ImVec2(x95, bar_y1), scenario_color(slot), 0.2f * em());
    const float xm = a.at(r.ratio.p50);
    dl->AddLine(ImVec2(xm, bar_y0), ImVec2(xm, bar_y1), IM_COL32_WHITE, 2 * t);
  }
  if (has(r.point_ratio) && r.point_ratio > 0)
    dl->AddCircleFilled(ImVec2(a.at(r.point_ratio), (bar_y0 + bar_y1) / 2), 0.28f * em(), text);
  const float xc = a.at(c.ratio);
  dashed_vline(dl, xc, bar_y0 - 0.3f * em(), axis_y, text, t);
  const std::string claimed = std::string(T("claim.claimed")) + " " + format_ratio(c.ratio, ui_lang());
  const float cw = ImGui::CalcTextSize(claimed.c_str()).x;
  dl->AddText(ImVec2(std::clamp(xc - cw / 2, o.x, o.x + width - cw), label_y), text, claimed.c_str());
  dl->AddLine(ImVec2(a.x, axis_y), ImVec2(a.x + a.w, axis_y), muted_text_color(), t);
  draw_ticks(dl, a, axis_y);
  ImGui::Dummy(ImVec2(width, axis_y - o.y + 1.5f * em()));
}

}  // namespace modelwatt
