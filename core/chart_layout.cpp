#include "core/chart_layout.h"

#include <algorithm>
#include <cmath>

#include "core/json/decimal.h"

namespace modelwatt {
namespace {

// The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above v.
double nice_ceil(double v) {
  if (!(v > 0)) return 1;
  const double p = power_of_ten(static_cast<int>(std::floor(std::log10(v))));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * p >= v * (1 - 1e-12)) return m * p;
  return 10 * p;
}

void linear_domain(double max_v, int max_ticks, ChartLayout* out) {
  const double top = nice_ceil(max_v > 0 ? max_v : 1);
  double step = nice_ceil(top / std::max(1, max_ticks - 1));
  out->domain_min = 0;
  out->domain_max = top;
  for (double v = 0; v <= top * (1 + 1e-9); v += step) out->ticks.push_back({v, v / top, true});
}

void log_domain(double min_pos, double max_v, int max_ticks, ChartLayout* out) {
  if (!(min_pos > 0)) min_pos = max_v > 0 ? max_v : 1;
  if (!(max_v > 0)) max_v = 1;
  int lo = static_cast<int>(std::floor(std::log10(min_pos))) - 1;  // keep the smallest bar visible
  int hi = static_cast<int>(std::ceil(std::log10(max_v) - 1e-12));
  if (hi <= lo) hi = lo + 1;
  out->domain_min = power_of_ten(lo);
  out->domain_max = power_of_ten(hi);
  const int every = (hi - lo + 1 > max_ticks) ? (hi - lo + max_ticks - 1) / (max_ticks - 1) : 1;
  for (int e = lo; e <= hi; ++e) {
    const double v = power_of_ten(e);
    out->ticks.push_back({v, static_cast<double>(e - lo) / (hi - lo), (e - lo) % every == 0});
  }
}

}  // namespace

double chart_x(const ChartLayout& layout, double value) {
  if (!has(value)) return 0;
  double x;
  if (layout.scale == ChartScale::log) {
    if (!(value > 0)) return 0;
    const double lmin = std::log10(layout.domain_min), lmax = std::log10(layout.domain_max);
    x = (std::log10(value) - lmin) / (lmax - lmin);
  } else {
    x = (value - layout.domain_min) / (layout.domain_max - layout.domain_min);
  }
  return std::clamp(x, 0.0, 1.0);
}

ChartLayout layout_bar_chart(const std::vector<BarInput>& bars, const ChartOptions& opt) {
  ChartLayout out;
  out.scale = opt.scale;
  double max_v = 0, min_pos = 0;
  for (const BarInput& b : bars) {
    if (!has(b.value)) continue;
    // Whisker ends count like values: the domain keeps them on the plot instead of clamping them.
    for (double v : {b.value, b.low, b.high}) {
      if (!has(v)) continue;
      max_v = std::max(max_v, v);
      if (v > 0 && (min_pos == 0 || v < min_pos)) min_pos = v;
    }
  }
  if (opt.scale == ChartScale::log) log_domain(min_pos, max_v, opt.max_ticks, &out);
  else linear_domain(max_v, opt.max_ticks, &out);

  const double base = (opt.baseline >= 0 && opt.baseline < static_cast<int>(bars.size()))
                          ? bars[opt.baseline].value : kNone;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const BarInput& in = bars[i];
    ChartBar b;
    b.label = in.label;
    b.is_baseline = static_cast<int>(i) == opt.baseline;
    b.present = has(in.value);
    b.value = in.value;
    b.ratio = (b.present && has(base) && base != 0) ? in.value / base : kNone;
    b.y0 = i + (1 - opt.thickness) / 2;
    b.y1 = i + (1 + opt.thickness) / 2;
    b.x1 = b.present ? chart_x(out, in.value) : 0;
    b.value_inside = b.x1 > opt.inside_threshold;
    b.whisker = b.present && has(in.low) && has(in.high);
    if (b.whisker) {
      b.low = in.low;
      b.high = in.high;
      b.x_low = chart_x(out, in.low);
      b.x_high = chart_x(out, in.high);
    }
    // Stack: each part's share of the bar's drawn length (exact on linear, proportional on log).
    double total = 0;
    for (double p : in.parts) total += has(p) && p > 0 ? p : 0;
    if (in.parts.empty() || total <= 0) {
      b.segments.push_back({0, in.value, 0, b.x1});
    } else {
      double x = 0;
      for (std::size_t k = 0; k < in.parts.size(); ++k) {
        const double p = has(in.parts[k]) && in.parts[k] > 0 ? in.parts[k] : 0;
        const double w = b.x1 * p / total;
        b.segments.push_back({static_cast<int>(k), in.parts[k], x, x + w});
        x += w;
      }
    }
    out.bars.push_back(std::move(b));
  }
  out.rows = static_cast<double>(bars.size());
  return out;
}

}  // namespace modelwatt
