#include "ui/charts.h"

#include <algorithm>
#include <map>

#include "core/format.h"
#include "core/summary_text.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

std::map<std::string, ChartLayout> g_drawn;  // by chart id

struct Frame {
  ImVec2 origin;      // top-left of the chart
  float label_w;      // label column (0 when labels sit above bars)
  float plot_x, plot_w;
  float row_h, bar_top, bar_h;  // per row: bar band offset/height inside the row
};

std::string value_text(const ChartBar& b, Unit unit, bool show_ratio) {
  if (!b.present) return T("chart.na");
  std::string s = Tq(b.value, unit);
  // The core's short ratio ("1/11", "11.1×"), as on the card and in the sentence above the charts.
  if (show_ratio && !b.is_baseline && has(b.ratio)) s += "  " + ratio_short(b.ratio, ui_lang());
  return s;
}

}  // namespace

// "0.08–0.10×": both ends at the precision of format_ratio, the × once.
std::string ratio_range(double lo, double hi) {
  std::string a = format_ratio(lo, ui_lang()), b = format_ratio(hi, ui_lang());
  if (!a.empty() && a.size() >= 2 && a.compare(a.size() - 2, 2, "×") == 0) a.resize(a.size() - 2);
  return a == b.substr(0, b.size() - 2) ? b : a + "–" + b;
}

namespace {

void draw_ticks(ImDrawList* dl, const Frame& f, const ChartLayout& lay, Unit unit, float height) {
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border, 0.6f);
  float last_right = -1e9f;
  for (const ChartTick& t : lay.ticks) {
    const float x = f.plot_x + static_cast<float>(t.x) * f.plot_w;
    dl->AddLine(ImVec2(x, f.origin.y), ImVec2(x, f.origin.y + height), grid);
    if (!t.major) continue;
    const std::string s = t.value == 0 ? "0" : Tq(t.value, unit);
    const float w = ImGui::CalcTextSize(s.c_str()).x;
    const float left = std::min(std::max(x - w / 2, f.plot_x), f.plot_x + f.plot_w - w);
    if (left < last_right + 0.5f * em()) continue;  // no overlapping tick labels
    dl->AddText(ImVec2(left, f.origin.y + height + 0.15f * em()), muted_text_color(), s.c_str());
    last_right = left + w;
  }
}

// p5-p95 as a line through the bar's middle with end caps; nothing when the interval is a point
// (under a pixel wide). Text color reads on the bar and on the background, light or dark.
// Black or white for a value written inside a bar over [x0, x1] px: the one whose worst contrast
// with the segments under it is best (a stacked bar's end may be its light part, the text mostly not).
ImU32 text_over(const Frame& f, const ChartBar& b, int slot, float x0, float x1) {
  double worst[2] = {21, 21};
  const ImU32 candidates[2] = {IM_COL32_WHITE, IM_COL32(0, 0, 0, 255)};
  for (const BarSegment& s : b.segments) {
    if (f.plot_x + float(s.x1) * f.plot_w < x0 || f.plot_x + float(s.x0) * f.plot_w > x1) continue;
    const ImU32 c = slot < 0 ? reference_color() : scenario_color(slot, s.part == 1);
    for (int k = 0; k < 2; ++k) worst[k] = std::min(worst[k], contrast_ratio(candidates[k], c));
  }
  const int k = worst[0] >= worst[1] ? 0 : 1;
  return worst[k] >= kMinTextContrast ? candidates[k] : 0;  // 0: neither reads on every part
}

// A value inside its bar; over parts where neither black nor white reaches 4.5:1, on a backing.
void inside_value(ImDrawList* dl, const Frame& f, const ChartBar& b, int slot, ImVec2 at, const std::string& v) {
  const ImVec2 size = ImGui::CalcTextSize(v.c_str());
  ImU32 color = text_over(f, b, slot, at.x, at.x + size.x);
  if (!color) {
    const float pad = 0.15f * em();
    dl->AddRectFilled(ImVec2(at.x - pad, at.y), ImVec2(at.x + size.x + pad, at.y + size.y),
                      ImGui::GetColorU32(ImGuiCol_WindowBg), 0.2f * em());
    color = ImGui::GetColorU32(ImGuiCol_Text);
  }
  dl->AddText(at, color, v.c_str());
}

bool draw_whisker(ImDrawList* dl, const Frame& f, const ChartBar& b, float y0, float y1) {
  if (!b.whisker) return false;
  const float xl = f.plot_x + float(b.x_low) * f.plot_w, xh = f.plot_x + float(b.x_high) * f.plot_w;
  if (xh - xl < 1.0f) return false;
  const ImU32 c = ImGui::GetColorU32(ImGuiCol_Text, 0.85f);
  const float ym = (y0 + y1) / 2, cap = 0.28f * (y1 - y0), t = std::max(1.0f, 0.11f * em());
  dl->AddLine(ImVec2(xl, ym), ImVec2(xh, ym), c, t);
  dl->AddLine(ImVec2(xl, ym - cap), ImVec2(xl, ym + cap), c, t);
  dl->AddLine(ImVec2(xh, ym - cap), ImVec2(xh, ym + cap), c, t);
  return true;
}

// Hover lines: the value's 90% interval and the ratio's ("0.08–0.10×"), when the core gave them.
void uncertainty_lines(const ChartRow& row, Unit unit) {
  if (has(row.low) && has(row.high) && row.low != row.high)
    ImGui::TextUnformatted(fill(T("unc.interval"), {Tq(row.low, unit), Tq(row.high, unit)}).c_str());
  if (has(row.ratio_low) && has(row.ratio_high) && row.ratio_low != row.ratio_high)
    ImGui::TextUnformatted(fill(T("unc.ratio_interval"), {ratio_range(row.ratio_low, row.ratio_high)}).c_str());
}

void draw_row(AppState* app, ImDrawList* dl, const Frame& f, const ChartRow& row, const ChartBar& b,
              int i, Unit unit, bool ratios) {
  const float top = f.origin.y + i * f.row_h;
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  if (f.label_w > 0) {
    ImGui::PushClipRect(f.origin, ImVec2(f.origin.x + f.label_w - 0.4f * em(), top + f.row_h), true);
    dl->AddText(ImVec2(f.origin.x, top + f.bar_top + (f.bar_h - em()) / 2), text, row.label.c_str());
    ImGui::PopClipRect();
  } else {
    dl->AddText(ImVec2(f.plot_x, top), text, row.label.c_str());
  }
  const float y0 = top + f.bar_top, y1 = y0 + f.bar_h;
  for (const BarSegment& s : b.segments) {
    const ImU32 c = row.slot < 0 ? reference_color() : scenario_color(row.slot, s.part == 1);
    dl->AddRectFilled(ImVec2(f.plot_x + float(s.x0) * f.plot_w, y0), ImVec2(f.plot_x + float(s.x1) * f.plot_w, y1), c);
  }
  const bool whisker = draw_whisker(dl, f, b, y0, y1);
  // Value label: right of the bar (and its whisker) when it fits, else inside the bar (right-aligned,
  // black or white, whichever reads better on it), left of where the whisker starts so the two never overlap.
  const std::string v = value_text(b, unit, ratios);
  const float w = ImGui::CalcTextSize(v.c_str()).x;
  const float end = f.plot_x + float(b.x1) * f.plot_w;
  const float right = whisker ? std::max(end, f.plot_x + float(b.x_high) * f.plot_w) : end;
  const float inner = whisker ? std::min(end, f.plot_x + float(b.x_low) * f.plot_w) : end;
  const float ty = y0 + (f.bar_h - em()) / 2;
  if (right + 0.3f * em() + w <= f.plot_x + f.plot_w || inner - f.plot_x < w + 0.6f * em())
    dl->AddText(ImVec2(right + 0.3f * em(), ty), text, v.c_str());
  else
    inside_value(dl, f, b, row.slot, ImVec2(inner - w - 0.3f * em(), ty), v);
  // The whole row is the click target (big on touch screens).
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x, top));
  ImGui::PushID(i);
  if (ImGui::InvisibleButton("##row", ImVec2(f.label_w + f.plot_w, f.row_h)) && row.slot >= 0)
    app->explain = {true, row.slot, row.key};
  if (ImGui::IsItemHovered() && tooltips_allowed()) {
    begin_tooltip();
    ImGui::Text("%s: %s", row.label.c_str(), v.c_str());
    uncertainty_lines(row, unit);
    if (!row.tooltip.empty()) muted_wrapped(row.tooltip.c_str());
    if (row.slot >= 0) muted_wrapped(T("compare.ratio_note"));
    end_tooltip();
  }
  ImGui::PopID();
}

}  // namespace

const ChartLayout* last_chart_layout(const std::string& id) {
  auto it = g_drawn.find(id);
  return it == g_drawn.end() ? nullptr : &it->second;
}

void bar_chart(AppState* app, const char* id, const std::vector<ChartRow>& rows, Unit unit, int baseline) {
  std::vector<BarInput> in;
  for (const ChartRow& r : rows) in.push_back({r.label, r.value, r.parts, r.low, r.high});
  ChartOptions opt;
  opt.scale = app->scale;
  opt.baseline = baseline;
  ChartLayout& lay = g_drawn[id];  // kept for last_chart_layout(); a handful of small charts
  lay = layout_bar_chart(in, opt);

  ImGui::PushID(id);
  const float width = ImGui::GetContentRegionAvail().x;
  Frame f;
  f.origin = ImGui::GetCursorScreenPos();
  const bool stacked_labels = width < 26 * em();  // phone: label above its bar
  f.label_w = stacked_labels ? 0 : std::min(11 * em(), 0.32f * width);
  f.plot_x = f.origin.x + f.label_w;
  f.plot_w = width - f.label_w - 0.2f * em();
  f.bar_h = 1.35f * em() * float(opt.thickness / 0.62);
  f.row_h = stacked_labels ? 2.9f * em() : 2.0f * em();
  f.bar_top = stacked_labels ? 1.3f * em() : (f.row_h - f.bar_h) / 2;
  const float height = f.row_h * rows.size();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  draw_ticks(dl, f, lay, unit, height);
  for (std::size_t i = 0; i < rows.size(); ++i) draw_row(app, dl, f, rows[i], lay.bars[i], int(i), unit, baseline >= 0);
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x, f.origin.y + height));
  ImGui::Dummy(ImVec2(width, 1.4f * em()));  // tick labels
  ImGui::PopID();
}

}  // namespace modelwatt
