#include "ui/tornado_chart.h"

#include <algorithm>
#include <cmath>

#include "core/fields.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

const NumberField* field_of(const std::string& path) {
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i)
    if (field_path(fields[i]) == path) return &fields[i];
  return nullptr;
}

// "<1%" rather than "0%" for an input that does move the output, a little.
std::string percent(double share) {
  const long p = std::lround(share * 100);
  return p == 0 && share > 0 ? "<1%" : std::to_string(p) + "%";
}

// Outputs in their unit; a ratio (the claim's A / B) reads "0.11×".
std::string value_text(double v, Unit unit) {
  return unit == Unit::ratio && has(v) ? format_sig(v, ui_lang(), 3) + "×" : Tq(v, unit);
}

struct Plot {
  float x, w;       // plot area in pixels
  double lo, hi;    // value domain (linear)
  float at(double v) const { return x + float((v - lo) / (hi - lo)) * w; }
};

// Domain: every bar end and the point, padded so the outermost bars do not touch the edges.
Plot plot_for(const std::vector<TornadoRow>& rows, std::size_t n, double point, float x, float w) {
  double lo = point, hi = point;
  for (std::size_t i = 0; i < n; ++i)
    for (double v : {rows[i].output_low, rows[i].output_high})
      if (has(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  const double pad = (hi - lo) * 0.06 + (hi == lo ? std::fabs(point) * 0.1 + 1e-12 : 0);
  return {x, w, lo - pad, hi + pad};
}

void row_tooltip(const TornadoRow& r, Unit unit) {
  begin_tooltip();
  const NumberField* f = field_of(r.input);
  const Unit in_unit = f ? f->unit : Unit::none;
  ImGui::TextUnformatted(fill(T("tornado.input_range"), {input_name(r.input), Tq(r.input_low, in_unit), Tq(r.input_high, in_unit)}).c_str());
  muted_wrapped(fill(T("tornado.output_range"), {value_text(r.output_low, unit), value_text(r.output_high, unit)}).c_str());
  muted_wrapped(fill(T("tornado.share"), {percent(r.share)}).c_str());
  end_tooltip();
}

// Under the bars: the point (always) and the domain's ends where they do not collide with it.
void axis_labels(ImDrawList* dl, const Plot& p, double point, Unit unit, float y) {
  auto place = [&](double v, float* left, float* right, std::string* s) {
    *s = value_text(v, unit);
    const float w = ImGui::CalcTextSize(s->c_str()).x;
    *left = std::clamp(p.at(v) - w / 2, p.x, p.x + p.w - w);
    *right = *left + w;
  };
  std::string s;
  float pl, pr, l, r;
  place(point, &pl, &pr, &s);
  dl->AddText(ImVec2(pl, y), ImGui::GetColorU32(ImGuiCol_Text), s.c_str());
  place(p.lo, &l, &r, &s);
  if (r + 0.4f * em() < pl) dl->AddText(ImVec2(l, y), muted_text_color(), s.c_str());
  place(p.hi, &l, &r, &s);
  if (l > pr + 0.4f * em()) dl->AddText(ImVec2(l, y), muted_text_color(), s.c_str());
}

}  // namespace

const char* input_name(const std::string& path) {
  const std::string key = "field." + path;
  return has_tr(key) ? T(key) : T(path);
}

void tornado_chart(const char* id, const std::vector<TornadoRow>& rows, double point, Unit unit, int max_rows,
                   int slot) {
  if (rows.empty() || !has(point)) {
    muted_wrapped(T("tornado.none"));
    return;
  }
  ImGui::PushID(id);
  const std::size_t n = std::min(rows.size(), static_cast<std::size_t>(max_rows));
  const float width = ImGui::GetContentRegionAvail().x;
  const bool stacked = width < 26 * em();  // phone: the input's name above its bar
  const float label_w = stacked ? 0 : std::min(15 * em(), 0.42f * width);
  const float share_w = 2.6f * em();
  const float row_h = stacked ? 2.6f * em() : 1.7f * em(), bar_h = 1.0f * em();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const Plot p = plot_for(rows, n, point, o.x + label_w, width - label_w - share_w);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  for (std::size_t i = 0; i < n; ++i) {
    const TornadoRow& r = rows[i];
    const float top = o.y + float(i) * row_h, y0 = top + row_h - bar_h - 0.3f * em();
    const float ty = stacked ? top : y0 + (bar_h - em()) / 2;
    ImGui::PushClipRect(ImVec2(o.x, top), ImVec2(o.x + (stacked ? width : label_w - 0.4f * em()), top + row_h), true);
    dl->AddText(ImVec2(o.x, ty), text, input_name(r.input));
    ImGui::PopClipRect();
    // Two halves meeting at the point: the output with the input at p5 (dark), at p95 (light).
    const double ends[2] = {r.output_low, r.output_high};
    for (int k = 0; k < 2; ++k) {
      if (!has(ends[k])) continue;
      const float a = p.at(std::min(point, ends[k])), b = p.at(std::max(point, ends[k]));
      dl->AddRectFilled(ImVec2(a, y0), ImVec2(std::max(b, a + 1.0f), y0 + bar_h), scenario_color(slot, k == 1));
    }
    const std::string share = percent(r.share);
    dl->AddText(ImVec2(o.x + width - ImGui::CalcTextSize(share.c_str()).x, y0 + (bar_h - em()) / 2),
                muted_text_color(), share.c_str());
    ImGui::SetCursorScreenPos(ImVec2(o.x, top));
    ImGui::PushID(static_cast<int>(i));
    ImGui::InvisibleButton("##row", ImVec2(width, row_h));
    if ((ImGui::IsItemHovered() && tooltips_allowed()) || ImGui::IsItemActive()) row_tooltip(r, unit);
    ImGui::PopID();
  }
  const float bottom = o.y + float(n) * row_h;
  dl->AddLine(ImVec2(p.at(point), o.y), ImVec2(p.at(point), bottom), text, std::max(1.0f, 0.08f * em()));
  axis_labels(dl, p, point, unit, bottom + 0.1f * em());
  ImGui::SetCursorScreenPos(ImVec2(o.x, bottom));
  ImGui::Dummy(ImVec2(width, 1.3f * em()));
  if (rows.size() > n) muted_wrapped(fill(T("tornado.more"), {std::to_string(rows.size() - n)}).c_str());
  ImGui::PopID();
}

}  // namespace modelwatt
