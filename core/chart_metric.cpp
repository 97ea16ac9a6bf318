#include "core/chart_metric.h"

#include "core/i18n.h"
#include "core/metric_registry.h"

namespace modelwatt {
namespace {

bool any_training(const std::vector<Result>& results) {
  for (const Result& r : results)
    if (r.training.present) return true;
  return false;
}

}  // namespace

ChartMetric resolve_metric(const std::string& name, const std::vector<Result>& results) {
  ChartMetric m;
  m.name = name;
  if (const MetricDef* row = find_chart_metric(name)) {
    const bool training = any_training(results);
    const char* total = training ? row->training_total : row->inference_total;
    m.per_query = !training;
    if (total) m.total = find_output_field(total);
    if (training && row->training_fallback) m.fallback = find_output_field(row->training_fallback);
    for (const char* p : training ? row->training_parts : row->inference_parts) m.parts.push_back(find_output_field(p));
    return m;
  }
  m.total = find_output_field(name);
  return m;
}

const OutputField* bar_field(const ChartMetric& m, const Result& r) {
  for (const OutputField* f : {m.total, m.fallback})
    if (f && output_present(r, *f) && has(output_value(r, *f))) return f;
  return nullptr;
}

std::vector<BarInput> metric_bars(const ChartMetric& m, const std::vector<Result>& results) {
  std::vector<BarInput> bars;
  for (const Result& r : results) {
    BarInput b;
    b.label = r.label;
    if (const OutputField* f = bar_field(m, r)) b.value = output_value(r, *f);
    if (has(b.value))
      for (const OutputField* p : m.parts) b.parts.push_back(p ? output_value(r, *p) : kNone);
    bars.push_back(std::move(b));
  }
  return bars;
}

std::string metric_title(const ChartMetric& m, Lang lang) {
  if (!m.per_query && has_tr("embed.title." + m.name)) return tr("embed.title." + m.name, lang);
  if (!m.total) return tr("embed.metric." + m.name, lang);
  const std::string key = std::string("out.") + output_section_name(m.total->section) + "." + m.total->key;
  std::string title = tr(key, lang);
  if (m.total->section == OutputSection::training) title += std::string(", ") + tr("embed.training_lc", lang);
  return title;
}

std::string metric_short_label(const std::string& name, Lang lang) { return tr("embed.metric." + name, lang); }

}  // namespace modelwatt
