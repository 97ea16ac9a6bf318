#include "core/result_json.h"

#include "core/fields.h"

namespace modelwatt {

Json source_to_json(const Catalog& catalog, const std::string& id) {
  const Source* s = catalog.find_source(id);
  if (!s) return Json{{"id", id}};
  Json j = {{"id", s->id}, {"title", s->title}, {"year", s->year}};
  if (!s->authors.empty()) j["authors"] = s->authors;
  if (!s->url.empty()) j["url"] = s->url;
  if (!s->locator.empty()) j["locator"] = s->locator;
  return j;
}

static Json provenance_to_json(const Provenance& p, double value) {
  Json j = {{"value", json_num(value)}, {"status", status_name(p.status)}, {"sources", p.sources}};
  if (!p.note.empty()) j["note"] = p.note;
  if (p.range.present()) {
    j["range"] = {{"low", p.range.low}, {"high", p.range.high}};
    if (has(p.range.mode)) j["range"]["mode"] = p.range.mode;
  }
  return j;
}

// Inputs as the faces show them: every given or defaulted numeric input with its provenance.
static Json inputs_to_json(const Scenario& s) {
  Json inputs = Json::object();
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const double v = field_value(s, fields[i]);
    if (!has(v)) continue;
    auto it = s.provenance.find(field_path(fields[i]));
    inputs[field_path(fields[i])] = provenance_to_json(it != s.provenance.end() ? it->second : Provenance{}, v);
  }
  auto hw = [&](const char* sec, const HardwareInputs& h) {
    if (h.accelerator_id.empty()) return;
    const std::string base = sec;
    inputs[base + ".accelerator"] = {{"value", h.accelerator_id}, {"status", "disclosed"}};
    auto it = s.provenance.find(base + ".accelerator");
    if (it != s.provenance.end()) inputs[base + ".accelerator"]["status"] = status_name(it->second.status);
    inputs[base + ".precision"] = {{"value", precision_name(h.precision)}};
    inputs[base + ".peak_tflops"] = {{"value", json_num(h.peak_tflops)}};
    if (!h.region_id.empty()) inputs[base + ".region"] = {{"value", h.region_id}};
  };
  if (s.training.present) hw("training", s.training.hw);
  if (s.inference.present) hw("inference", s.inference.hw);
  const InferenceInputs& q = s.inference;
  if (q.present && q.method == InferenceMethod::phases) {
    inputs["inference.method"] = {{"value", method_name(q.method)}};
    inputs["inference.boundary"] = {{"value", boundary_name(q.boundary)}};
    inputs["inference.memory_gb"] = {{"value", json_num(q.hw.memory_gb)}};
    inputs["inference.bandwidth_tb_s"] = {{"value", json_num(q.hw.bandwidth_tb_s)}};
  }
  return inputs;
}

// `texts`: also the non-numeric outputs of inference by phases (decode_bound, notes); a comparison
// entry has decode_bound null (a ratio of words is not a number) and no notes.
static Json sections_to_json(const Result& r, bool texts = true) {
  Json j = Json::object();
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!output_present(r, outs[i])) continue;
    j[output_section_name(outs[i].section)][outs[i].key] = json_num(output_value(r, outs[i]));
  }
  if (r.inference.present && r.inference.phases) {
    Json& q = j["inference"];
    q["decode_bound"] = texts && r.inference.decode_bound ? Json(r.inference.decode_bound) : Json(nullptr);
    if (texts) q["notes"] = inference_notes(r.inference);
  }
  return j;
}

Json result_to_json(const Result& r, const Scenario& s, const Catalog&) {
  Json j = sections_to_json(r);
  j["label"] = r.label;
  if (!s.preset.empty()) j["preset"] = s.preset;
  j["inputs"] = inputs_to_json(s);
  return j;
}

std::vector<Result> compare_to_first(const std::vector<Result>& results) {
  std::vector<Result> ratios(results.size());
  if (results.empty()) return ratios;
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  const Result& first = results[0];
  for (std::size_t k = 0; k < results.size(); ++k) {
    Result& q = ratios[k];
    q.label = results[k].label;
    q.training.present = results[k].training.present;
    q.inference.present = results[k].inference.present;
    q.lifecycle.present = results[k].lifecycle.present;
    q.inference.phases = results[k].inference.phases;
    for (std::size_t i = 0; i < n; ++i) {
      const double a = output_value(results[k], outs[i]);
      const double b = output_value(first, outs[i]);
      *output_slot(q, outs[i]) = (has(a) && has(b) && b != 0) ? a / b : kNone;
    }
  }
  return ratios;
}

Json comparison_to_json(const std::vector<Result>& ratios, const std::vector<Result>&) {
  Json list = Json::array();
  for (const Result& q : ratios) {
    Json j = sections_to_json(q, false);
    j["label"] = q.label;
    list.push_back(j);
  }
  return list;
}

Json estimate_to_json(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                      const Catalog& catalog) {
  Json out = {{"results", Json::array()}};
  for (std::size_t i = 0; i < results.size(); ++i) out["results"].push_back(result_to_json(results[i], scenarios[i], catalog));
  if (results.size() >= 2) out["comparison"] = comparison_to_json(compare_to_first(results), results);
  return out;
}

}  // namespace modelwatt
