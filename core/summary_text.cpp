#include "core/summary_text.h"

#include <cmath>

#include "core/i18n.h"

namespace modelwatt {
namespace {

// "70%"; Italian adds the article, elided before a vowel sound ("il 70%", "l'80%").
std::string percent_words(double r, Lang lang) {
  const std::string pct = format_fixed(std::round(r * 100), 0, lang) + "%";
  if (lang != Lang::it) return pct;
  return (pct[0] == '8' || pct.rfind("11", 0) == 0 ? "l'" : "il ") + pct;
}

// Both ends of a ratio interval in the words ratio_words uses, the same kind for both so they
// compare: fractions below one half ("1/12", "1/10"), else percentages below 0.9 ("60%", "80%"),
// else times ("0.8", "1.3"). `less`: the sentence says "of", not "times".
bool range_words(const Interval& q, Lang lang, std::string* lo, std::string* hi, bool* less) {
  if (!has(q.p5) || !has(q.p95) || !(q.p5 > 0) || std::isinf(q.p95) || !(q.p5 < q.p95)) return false;
  *less = q.p95 < 0.9;
  if (q.p95 < 0.5) {
    *lo = "1/" + format_fixed(std::round(1.0 / q.p5), 0, lang);
    *hi = "1/" + format_fixed(std::round(1.0 / q.p95), 0, lang);
  } else if (*less) {
    *lo = percent_words(q.p5, lang);
    *hi = percent_words(q.p95, lang);
  } else {
    *lo = format_sig(q.p5, lang, 2);
    *hi = format_sig(q.p95, lang, 2);
  }
  return *lo != *hi;
}

}  // namespace

std::string ratio_words(double r, Lang lang) {
  if (!has(r) || r <= 0 || std::isinf(r)) return "";
  if (r < 0.5) return "1/" + format_fixed(std::round(1.0 / r), 0, lang);
  if (r < 0.9) return percent_words(r, lang);
  if (r <= 1.1) return "";
  return format_sig(r, lang, 2);
}

std::string ratio_short(double r, Lang lang) {
  if (!has(r) || r <= 0 || std::isinf(r)) return "";
  if (r < 0.5) return "1/" + format_fixed(std::round(1.0 / r), 0, lang);
  return format_sig(r, lang, 3) + "×";
}

// Both sentences say the second scenario against the first, the baseline ("DeepSeek-V3 used about
// 1/11 of the GPU-hours of Llama 3.1 405B"), in the direction of the bars' ratio labels (each bar
// against the first), so a chart never says 11× under a sentence that says 1/11.
std::string summary_sentence(const std::vector<Result>& results, const ChartMetric& m, Lang lang) {
  if (results.empty()) return "";
  const std::string title = metric_title(m, lang);
  const std::vector<BarInput> bars = metric_bars(m, results);
  const Unit unit = m.total ? m.total->unit : Unit::none;
  const double base = bars[0].value;
  if (!has(base)) return fill(tr("embed.sum.na", lang), {results[0].label, title});
  if (results.size() == 1)
    return fill(tr("embed.sum.single", lang), {results[0].label, format_quantity(base, unit, lang), title});
  const double v = bars[1].value;
  if (!has(v)) return fill(tr("embed.sum.na", lang), {results[1].label, title});
  // Dotted metric names have no sentence of their own: say it with the values alone.
  if (!has_tr("embed.sum." + m.name + ".less") || base == 0) {
    return fill(tr("embed.sum.single", lang), {results[1].label, format_quantity(v, unit, lang), title}) + " " +
           fill(tr("embed.sum.single", lang), {results[0].label, format_quantity(base, unit, lang), title});
  }
  const double r = v / base;
  const std::string variant = r < 0.9 ? "less" : r <= 1.1 ? "same" : "more";
  const std::string sentence =
      fill(tr("embed.sum." + m.name + "." + variant, lang), {results[1].label, ratio_words(r, lang), results[0].label});
  return sentence + " (" + format_quantity(v, unit, lang) + " " + tr("embed.vs", lang) + " " +
         format_quantity(base, unit, lang) + ").";
}

std::string summary_sentence(const std::vector<Result>& results, const ChartMetric& m, const Interval& ratio,
                             Lang lang) {
  std::string lo, hi;
  bool less = false;
  if (results.size() < 2 || !has_tr("embed.sum." + m.name + ".range_less") || !range_words(ratio, lang, &lo, &hi, &less))
    return summary_sentence(results, m, lang);
  const std::vector<BarInput> bars = metric_bars(m, results);
  const Unit unit = m.total ? m.total->unit : Unit::none;
  const std::string between = fill(tr("embed.sum.between", lang), {lo, hi});
  const std::string variant = less ? ".range_less" : ".range_more";
  return fill(tr("embed.sum." + m.name + variant, lang), {results[1].label, between, results[0].label}) + " (" +
         format_quantity(bars[1].value, unit, lang) + " " + tr("embed.vs", lang) + " " +
         format_quantity(bars[0].value, unit, lang) + ").";
}

}  // namespace modelwatt
