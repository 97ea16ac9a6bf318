#include "core/svg_chart.h"

#include <algorithm>
#include <cmath>

#include "core/i18n.h"
#include "core/json/print_number.h"
#include "core/summary_text.h"

namespace modelwatt {
namespace {

struct Palette {
  const char *bg, *text, *muted, *grid, *bar, *inside;
};
const Palette kLight = {"#ffffff", "#1f2937", "#4b5563", "#e5e7eb", "#2563eb", "#ffffff"};
const Palette kDark = {"#111827", "#f3f4f6", "#9ca3af", "#374151", "#60a5fa", "#0b1220"};

constexpr double kPad = 12, kFont = 13, kSmall = 11.5;
// Average advance of a proportional sans-serif glyph in em: text is measured by estimate (the core
// has no fonts), generously, so that labels never collide.
constexpr double kEm = 0.6, kBoldEm = 0.68;

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

double text_w(const std::string& s, double font_px, bool bold = false) {
  return code_points(s) * font_px * (bold ? kBoldEm : kEm);
}

std::string px(double v) {
  std::string s = print_fixed(v, 1);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

// Cuts `s` at a code point boundary so that it fits `max_px`, ending with "…".
std::string truncate_to(const std::string& s, double max_px, double font_px) {
  if (text_w(s, font_px) <= max_px) return s;
  const std::size_t keep = static_cast<std::size_t>(std::max(1.0, max_px / (font_px * kEm) - 1));
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && n++ == keep) break;
    out += s[i];
  }
  return out + "…";
}

std::vector<std::string> wrap(const std::string& s, double max_px, double font_px, bool bold) {
  std::vector<std::string> lines;
  std::string line, word;
  auto flush_word = [&] {
    if (word.empty()) return;
    if (!line.empty() && text_w(line + " " + word, font_px, bold) > max_px) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : s) {
    if (c == ' ') flush_word();
    else word += c;
  }
  flush_word();
  if (!line.empty()) lines.push_back(line);
  return lines;
}

struct Geometry {
  double width = 640, left = kPad, plot_w = 400, top = 0, row_h = 34;
  bool labels_above = false;
};

struct Writer {
  const SvgOptions& opt;
  const Palette& pal;
  std::string body;

  void text(double x, double y, const std::string& s, const char* fill, double size, const char* anchor = "start",
            const char* extra = "") {
    body += "<text x=\"" + px(x) + "\" y=\"" + px(y) + "\" fill=\"" + fill + "\"";
    if (size != kFont) body += " font-size=\"" + px(size) + "\"";
    if (std::string(anchor) != "start") body += std::string(" text-anchor=\"") + anchor + "\"";
    body += std::string(extra) + ">" + xml_escape(s) + "</text>\n";
  }
  void rect(double x, double y, double w, double h, const std::string& fill, const char* extra = "") {
    body += "<rect x=\"" + px(x) + "\" y=\"" + px(y) + "\" width=\"" + px(std::max(0.0, w)) + "\" height=\"" + px(h) +
            "\" fill=\"" + fill + "\"" + extra + "/>\n";
  }
};

std::string value_text(const ChartBar& b, Unit unit, Lang lang) {
  if (!b.present) return tr("embed.na", lang);
  std::string t = format_quantity(b.value, unit, lang);
  if (!b.is_baseline && has(b.ratio) && b.ratio > 0) {
    const std::string f = ratio_short(b.ratio, lang);
    if (!f.empty()) t += " (" + f + ")";
  }
  return t;
}

void draw_ticks(Writer* w, const ChartLayout& layout, const Geometry& g, double axis_y, Unit unit) {
  double last_end = -1e9;
  for (const ChartTick& t : layout.ticks) {
    const double x = g.left + t.x * g.plot_w;
    w->body += "<line x1=\"" + px(x) + "\" y1=\"" + px(g.top) + "\" x2=\"" + px(x) + "\" y2=\"" + px(axis_y) +
               "\" stroke=\"" + w->pal.grid + "\" stroke-width=\"1\"/>\n";
    if (!t.major) continue;
    const std::string label = t.value == 0 ? "0" : format_quantity(t.value, unit, w->opt.lang);
    const double tw = text_w(label, kSmall);
    const char* anchor = t.x < 0.01 ? "start" : t.x > 0.99 ? "end" : "middle";
    const double start = anchor[0] == 's' ? x : anchor[0] == 'e' ? x - tw : x - tw / 2;
    if (start < last_end + 8) continue;  // would overlap the previous label
    last_end = start + tw;
    w->text(x, axis_y + 15, label, w->pal.muted, kSmall, anchor);
  }
}

// The p5–p95 whisker: a line through the bar's middle with end caps, in the text colour over a halo
// of the background colour, so it reads both on the bar and beside it. Nothing under a pixel wide.
bool draw_whisker(Writer* w, const ChartBar& b, const Geometry& g, double bar_y, double bar_h) {
  if (!b.whisker) return false;
  const double xl = g.left + b.x_low * g.plot_w, xh = g.left + b.x_high * g.plot_w;
  if (xh - xl < 1) return false;
  const double ym = bar_y + bar_h / 2, cap = bar_h * 0.3;
  const std::string d = "M" + px(xl) + " " + px(ym) + "H" + px(xh) + "M" + px(xl) + " " + px(ym - cap) + "V" +
                        px(ym + cap) + "M" + px(xh) + " " + px(ym - cap) + "V" + px(ym + cap);
  w->body += "<g class=\"whisker\" fill=\"none\"><path d=\"" + d + "\" stroke=\"" + w->pal.bg +
             "\" stroke-width=\"4\" stroke-opacity=\"0.8\"/><path d=\"" + d + "\" stroke=\"" + w->pal.text +
             "\" stroke-width=\"1.5\"/></g>\n";
  return true;
}

void draw_bar(Writer* w, const ChartBar& b, int row, const Geometry& g, const ChartMetric& m) {
  const Unit unit = m.total ? m.total->unit : Unit::none;
  const double row_top = g.top + row * g.row_h;
  const double bar_y = g.labels_above ? row_top + 20 : g.top + b.y0 * g.row_h;
  const double bar_h = g.labels_above ? 20 : (b.y1 - b.y0) * g.row_h;
  const double mid = bar_y + bar_h / 2 + 4.5;
  w->body += "<g>\n";
  if (g.labels_above) w->text(kPad, row_top + 14, truncate_to(b.label, g.width - 2 * kPad, kFont), w->pal.text, kFont);
  else w->text(kPad, mid, truncate_to(b.label, g.left - 2 * kPad, kFont), w->pal.text, kFont);
  for (const BarSegment& s : b.segments) {
    const std::string fill = s.part == 0 ? std::string(w->pal.bar) : "url(#" + w->opt.id_prefix + "-hatch)";
    const std::string stroke = " stroke=\"" + std::string(w->pal.bar) + "\" stroke-width=\"1\"";
    w->rect(g.left + s.x0 * g.plot_w, bar_y, (s.x1 - s.x0) * g.plot_w, bar_h, fill, s.part ? stroke.c_str() : "");
  }
  const bool whisker = draw_whisker(w, b, g, bar_y, bar_h);
  // The value goes right of the bar and its whisker; inside the bar (left of the whisker) when there
  // is no room on the right, so text and whisker never overlap.
  std::string vt = value_text(b, unit, w->opt.lang);
  const double end = g.left + b.x1 * g.plot_w;
  const double right = whisker ? std::max(end, g.left + b.x_high * g.plot_w) : end;
  double inner = whisker ? std::min(end, g.left + b.x_low * g.plot_w) : end;
  for (const BarSegment& s : b.segments)  // and on the solid part: hatching would hide the text
    if (s.part != 0 && s.x1 > s.x0) inner = std::min(inner, g.left + s.x0 * g.plot_w);
  // On a narrow chart neither side may hold "30,8 Mln ore-GPU (11,1×)": drop the ratio (the
  // sentence and the table still say it) rather than cut the text at the edge.
  // A wider gap after a whisker: its cap and halo beside the text read as a glyph ("H 2,44 GWh").
  const double gap = whisker && right > end ? 10 : 6;
  const auto fits_right = [&](double tw) { return right + gap + tw <= g.left + g.plot_w; };
  const auto fits_inside = [&](double tw) { return tw + 12 <= inner - g.left; };
  double tw = text_w(vt, kFont, true);
  if (!fits_right(tw) && !fits_inside(tw) && vt.rfind(" (") != std::string::npos) {
    vt.erase(vt.rfind(" ("));
    tw = text_w(vt, kFont, true);
  }
  const bool inside = !fits_right(tw) && fits_inside(tw);
  if (inside) w->text(inner - 6, mid, vt, w->pal.inside, kFont, "end", " font-weight=\"600\"");
  else w->text(right + gap, mid, vt, w->pal.text, kFont, "start", " font-weight=\"600\"");
  w->body += "</g>\n";
}

// Names of the stacked parts when a bar has two or more, for the legend.
std::vector<std::string> part_names(const ChartMetric& m, Lang lang) {
  if (m.parts.size() < 2) return {};
  if (m.name == "co2e") return {tr("embed.part.operational", lang), tr("embed.part.embodied", lang)};
  if (m.name == "water") return {tr("embed.part.onsite", lang), tr("embed.part.offsite", lang)};
  return {};
}

bool stacked(const ChartLayout& layout) {
  for (const ChartBar& b : layout.bars) {
    int nonzero = 0;
    for (const BarSegment& s : b.segments) nonzero += s.x1 > s.x0;
    if (nonzero >= 2) return true;
  }
  return false;
}

bool any_whisker(const ChartLayout& layout, const Geometry& g) {
  for (const ChartBar& b : layout.bars)
    if (b.whisker && (b.x_high - b.x_low) * g.plot_w >= 1) return true;
  return false;
}

double draw_legend(Writer* w, const std::vector<std::string>& names, double y) {
  double x = kPad;
  for (std::size_t k = 0; k < names.size(); ++k) {
    const std::string fill = k == 0 ? std::string(w->pal.bar) : "url(#" + w->opt.id_prefix + "-hatch)";
    const std::string stroke = " stroke=\"" + std::string(w->pal.bar) + "\"";
    w->rect(x, y - 10, 14, 12, fill, k ? stroke.c_str() : "");
    w->text(x + 20, y, names[k], w->pal.muted, kSmall);
    x += 20 + text_w(names[k], kSmall) + 16;
  }
  return y + 10;
}

double draw_lines(Writer* w, const std::string& s, double y, double size, const char* fill, const char* extra = "") {
  const bool bold = *extra != 0;
  for (const std::string& line : wrap(s, w->opt.width_px - 2 * kPad, size, bold)) {
    w->text(kPad, y + size, line, fill, size, "start", extra);
    y += size * 1.35;
  }
  return y;
}

Geometry geometry(const ChartLayout& layout, int width, double top) {
  Geometry g;
  g.width = width;
  g.top = top;
  g.labels_above = width < 520;
  double label_w = 0;
  for (const ChartBar& b : layout.bars) label_w = std::max(label_w, text_w(b.label, kFont));
  g.left = g.labels_above ? kPad : std::min(label_w + 2 * kPad + 2, width * 0.32);
  g.plot_w = width - g.left - kPad;
  g.row_h = g.labels_above ? 48 : 34;
  return g;
}

std::string defs(const SvgOptions& opt, const Palette& pal) {
  return "<defs><pattern id=\"" + opt.id_prefix +
         "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
         "<rect width=\"6\" height=\"6\" fill=\"" + pal.bg + "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" +
         pal.bar + "\" stroke-width=\"3\"/></pattern></defs>\n";
}

std::string description(const ChartLayout& layout, const ChartMetric& m, const SvgOptions& opt) {
  std::string d = opt.summary;
  const Unit unit = m.total ? m.total->unit : Unit::none;
  for (const ChartBar& b : layout.bars) {
    d += (d.empty() ? "" : " ") + b.label + ": " + value_text(b, unit, opt.lang);
    if (b.whisker && b.low < b.high)
      d += "; " + fill(tr("embed.range", opt.lang), {format_quantity(b.low, unit, opt.lang), format_quantity(b.high, unit, opt.lang)});
    d += ".";
  }
  return d;
}

}  // namespace

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (c >= 0x20 || c == '\t' || c == '\n') out += static_cast<char>(c);
    }
  }
  return out;
}

std::string render_svg_chart(const std::vector<Result>& results, const ChartMetric& m, const SvgOptions& in) {
  SvgOptions opt = in;
  opt.width_px = std::clamp(opt.width_px, 280, 1600);
  const Palette& pal = opt.dark ? kDark : kLight;
  ChartOptions co;
  co.scale = opt.scale;
  co.max_ticks = std::clamp(opt.width_px / 120, 3, 6);
  std::vector<BarInput> bars = metric_bars(m, results);
  for (std::size_t i = 0; i < bars.size() && i < opt.low.size() && i < opt.high.size(); ++i)
    if (has(bars[i].value) && has(opt.low[i]) && has(opt.high[i]) && opt.low[i] < opt.high[i]) {
      bars[i].low = opt.low[i];
      bars[i].high = opt.high[i];
    }
  const ChartLayout layout = layout_bar_chart(bars, co);
  Writer w{opt, pal, {}};
  double y = 4;
  if (opt.standalone) {
    y = draw_lines(&w, opt.title, y + 4, 17, pal.text, " font-weight=\"700\"") + 4;
    if (!opt.summary.empty()) y = draw_lines(&w, opt.summary, y, kFont, pal.text) + 8;
  }
  const Geometry g = geometry(layout, opt.width_px, y + 4);
  const double axis_y = g.top + layout.bars.size() * g.row_h;
  draw_ticks(&w, layout, g, axis_y, m.total ? m.total->unit : Unit::none);
  for (std::size_t i = 0; i < layout.bars.size(); ++i) draw_bar(&w, layout.bars[i], static_cast<int>(i), g, m);
  y = axis_y + 22;
  if (opt.scale == ChartScale::log) {
    w.text(g.width - kPad, y + 8, tr("embed.scale_log", opt.lang), pal.muted, kSmall, "end");
    y += 14;
  }
  if (any_whisker(layout, g)) y = draw_lines(&w, tr("embed.whiskers", opt.lang), y - 2, kSmall, pal.muted) + 2;
  const std::vector<std::string> parts = part_names(m, opt.lang);
  if (!parts.empty() && stacked(layout)) y = draw_legend(&w, parts, y + 12) + 4;
  if (opt.standalone && !opt.footer.empty()) y = draw_lines(&w, opt.footer, y + 4, kSmall - 1, pal.muted);
  const std::string W = px(opt.width_px), H = px(std::ceil(y + 6));
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + W + "\" height=\"" + H + "\" viewBox=\"0 0 " +
                    W + " " + H + "\" role=\"img\" aria-labelledby=\"" + opt.id_prefix + "-title " + opt.id_prefix +
                    "-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\" "
                    "font-size=\"13\">\n";
  svg += "<title id=\"" + opt.id_prefix + "-title\">" + xml_escape(opt.title.empty() ? metric_title(m, opt.lang) : opt.title) + "</title>\n";
  svg += "<desc id=\"" + opt.id_prefix + "-desc\">" + xml_escape(description(layout, m, opt)) + "</desc>\n";
  svg += defs(opt, pal);
  if (!opt.transparent) svg += "<rect width=\"100%\" height=\"100%\" fill=\"" + std::string(pal.bg) + "\"/>\n";
  return svg + w.body + "</svg>\n";
}

}  // namespace modelwatt
