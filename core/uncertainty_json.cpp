#include "core/uncertainty_json.h"

#include "core/fields.h"

namespace modelwatt {

Json intervals_to_json(const ResultIntervals& r) {
  Json j = Json::object();
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  for (std::size_t k = 0; k < n; ++k) {
    if (!r.present(outs[k])) continue;
    const Interval& iv = r.outputs[k];
    Json& slot = j[output_section_name(outs[k].section)][outs[k].key];
    if (iv.present()) slot = {{"p5", iv.p5}, {"p50", iv.p50}, {"p95", iv.p95}};
    else slot = nullptr;
  }
  return j;
}

Json range_to_json(const Range& r) {
  Json j = {{"low", r.low}};
  if (has(r.mode)) j["mode"] = r.mode;
  j["high"] = r.high;
  if (r.loguniform) j["dist"] = "loguniform";
  return j;
}

void add_intervals_to_json(const IntervalSet& set, Json* out) {
  Json& results = (*out)["results"];
  for (std::size_t i = 0; i < set.results.size() && i < results.size(); ++i)
    results[i]["intervals"] = intervals_to_json(set.results[i]);
  if (!set.comparison.empty()) {
    Json list = Json::array();
    for (const ResultIntervals& c : set.comparison) {
      Json j = intervals_to_json(c);
      j["label"] = c.label;
      list.push_back(j);
    }
    (*out)["comparison_intervals"] = list;
  }
  Json inputs = Json::array();
  for (const UncertainInput& in : set.inputs)
    inputs.push_back({{"path", in.path}, {"range", range_to_json(in.range)}, {"scenarios", in.scenarios}});
  (*out)["uncertainty"] = {{"samples", set.samples}, {"seed", set.seed}, {"inputs", inputs}};
}

static std::string output_name(const OutputField& f) { return std::string(output_section_name(f.section)) + "." + f.key; }

Json tornado_to_json(const std::vector<Tornado>& ts) {
  Json j = Json::object();
  for (const Tornado& t : ts) {
    if (t.rows.empty()) continue;
    Json rows = Json::array();
    for (const TornadoRow& r : t.rows)
      rows.push_back({{"input", r.input}, {"input_low", r.input_low}, {"input_high", r.input_high},
                      {"output_low", r.output_low}, {"output_high", r.output_high}, {"share", r.share}});
    j[output_name(*t.output)] = {{"point", t.point}, {"unit", unit_label(t.output->unit)}, {"rows", rows}};
  }
  return j;
}

static Unit input_unit(const std::string& path) {
  const std::size_t dot = path.find('.');
  const std::string sec = path.substr(0, dot), key = path.substr(dot + 1);
  const Section s = sec == "model" ? Section::model : sec == "training" ? Section::training : Section::inference;
  const NumberField* f = find_number_field(s, key);
  return f ? f->unit : Unit::none;
}

std::string tornado_text(const std::vector<Tornado>& ts, Lang lang) {
  std::string out;
  for (const Tornado& t : ts) {
    if (t.rows.empty()) continue;
    out += output_name(*t.output) + " = " + format_quantity(t.point, t.output->unit, lang) + "\n";
    for (const TornadoRow& r : t.rows) {
      const Unit u = input_unit(r.input);
      out += "  " + r.input + " " + format_quantity(r.input_low, u, lang) + " … " + format_quantity(r.input_high, u, lang) +
             "  ->  " + format_quantity(r.output_low, t.output->unit, lang) + " … " +
             format_quantity(r.output_high, t.output->unit, lang) + "  (" + format_sig(r.share * 100, lang, 2) + "%)\n";
    }
  }
  if (out.empty()) out = lang == Lang::it ? "nessun input incerto\n" : "no uncertain inputs\n";
  return out;
}

}  // namespace modelwatt
