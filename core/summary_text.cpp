#include "core/summary_text.h"

#include <cmath>

#include "core/i18n.h"

namespace modelwatt {

std::string ratio_words(double r, Lang lang) {
  if (!has(r) || r <= 0 || std::isinf(r)) return "";
  if (r < 0.5) return "1/" + format_fixed(std::round(1.0 / r), 0, lang);
  if (r < 0.9) {
    const std::string pct = format_fixed(std::round(r * 100), 0, lang) + "%";
    return lang == Lang::it ? "il " + pct : pct;
  }
  if (r <= 1.1) return "";
  return format_sig(r, lang, 2);
}

std::string ratio_short(double r, Lang lang) {
  if (!has(r) || r <= 0 || std::isinf(r)) return "";
  if (r < 0.5) return "1/" + format_fixed(std::round(1.0 / r), 0, lang);
  return format_sig(r, lang, 3) + "×";
}

std::string summary_sentence(const std::vector<Result>& results, const ChartMetric& m, Lang lang) {
  if (results.empty()) return "";
  const std::string title = metric_title(m, lang);
  const std::vector<BarInput> bars = metric_bars(m, results);
  const Unit unit = m.total ? m.total->unit : Unit::none;
  const double v0 = bars[0].value;
  if (!has(v0)) return fill(tr("embed.sum.na", lang), {results[0].label, title});
  if (results.size() == 1)
    return fill(tr("embed.sum.single", lang), {results[0].label, format_quantity(v0, unit, lang), title});
  const double v1 = bars[1].value;
  if (!has(v1)) return fill(tr("embed.sum.na", lang), {results[1].label, title});
  // Dotted metric names have no sentence of their own: say it with the values alone.
  std::string base = m.name;
  if (!has_tr("embed.sum." + base + ".less")) {
    return fill(tr("embed.sum.single", lang), {results[0].label, format_quantity(v0, unit, lang), title}) + " " +
           fill(tr("embed.sum.single", lang), {results[1].label, format_quantity(v1, unit, lang), title});
  }
  const double r = v1 != 0 ? v0 / v1 : kNone;
  std::string variant = !has(r) ? "more" : r < 0.9 ? "less" : r <= 1.1 ? "same" : "more";
  std::string sentence;
  if (!has(r)) {  // the second is 0: no ratio, the values say it
    sentence = fill(tr("embed.sum.single", lang), {results[0].label, format_quantity(v0, unit, lang), title});
    return sentence;
  }
  sentence = fill(tr("embed.sum." + base + "." + variant, lang), {results[0].label, ratio_words(r, lang), results[1].label});
  return sentence + " (" + format_quantity(v0, unit, lang) + " " + tr("embed.vs", lang) + " " +
         format_quantity(v1, unit, lang) + ").";
}

}  // namespace modelwatt
