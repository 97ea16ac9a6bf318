#include "core/scenario_parse.h"

#include <cmath>

#include "core/catalog_search.h"
#include "core/fields.h"
#include "core/finite.h"
#include "core/json/print_number.h"
#include "core/label.h"
#include "core/range_parse.h"
#include "core/scenario_parse_phases.h"
#include "core/suggest.h"

namespace modelwatt {
namespace {

const char* const kTopKeys[] = {"label", "preset", "model", "training", "inference"};

std::string join_path(const std::string& base, const std::string& key) {
  if (key.empty()) return base;
  return base.empty() ? key : base + "." + key;
}

template <class T, class F>
std::vector<std::string> ids_of(const std::vector<T>& v, F f) {
  std::vector<std::string> ids;
  for (const T& x : v) ids.push_back(f(x));
  return ids;
}

// Parsing state for one scenario.
struct Parser {
  const Catalog& catalog;
  std::string base;            // path prefix
  StringSet user;              // dotted paths the user gave (vs the preset)
  const Run* run = nullptr;
  Error* error;
  Json preset_json = Json::object();  // the preset's own scenario, before the user's overrides

  bool fail(const std::string& rel, const std::string& reason) {
    error->path = join_path(base, rel);
    error->reason = reason;
    if (from_preset(rel)) error->reason += " (value from preset " + run->id + ")";
    return false;
  }

  // Whether the value at `rel` came from the preset: the preset gives it and the user typed neither
  // it nor an enclosing object (issue 11: not for typed values, null sections or missing fields).
  bool from_preset(const std::string& rel) const {
    if (!run || rel.empty()) return false;
    const Json* node = &preset_json;
    std::string prefix;
    for (std::size_t start = 0;;) {
      const std::size_t dot = rel.find('.', start);
      const std::string seg = rel.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      prefix += (prefix.empty() ? "" : ".") + seg;
      if (user.count(prefix) || !node->is_object()) return false;
      auto it = node->find(seg);
      if (it == node->end() || it->is_null()) return false;
      node = &*it;
      if (dot == std::string::npos) return !node->is_object();  // a value, not a whole section
      start = dot + 1;
    }
  }

  bool check_keys(const Json& obj, const std::string& rel, std::vector<std::string> allowed) {
    for (auto& [k, v] : obj.items()) {
      bool ok = false;
      for (const std::string& a : allowed) ok = ok || a == k;
      if (!ok) return fail(join_path(rel, k), "unknown key" + did_you_mean(k, allowed));
    }
    return true;
  }

  std::vector<std::string> section_keys(Section section) {
    std::vector<std::string> keys;
    std::size_t n;
    const NumberField* fields = number_fields(&n);
    for (std::size_t i = 0; i < n; ++i)
      if (fields[i].section == section) keys.push_back(fields[i].key);
    if (section != Section::model)
      keys.insert(keys.end(), {"accelerator", "precision", "region", "datacenter"});
    if (section == Section::inference) keys.insert(keys.end(), {"method", "boundary"});
    return keys;
  }

  bool read_numbers(const Json& obj, Section section, Scenario* s) {
    const std::string sec = section_name(section);
    if (!check_keys(obj, sec, section_keys(section))) return false;
    for (auto& [k, v] : obj.items()) {
      const NumberField* f = find_number_field(section, k);
      if (!f) continue;
      const std::string rel = sec + "." + k;
      if (v.is_null() && run) continue;  // null removes a preset's value (merge-patch)
      if (v.is_object()) {
        if (!read_range(v, *f, rel, s)) return false;
        continue;
      }
      if (!v.is_number()) return fail(rel, "must be a number (got " + json_describe(v) + ")");
      const double x = v.get<double>() + 0.0;  // -0 reads as 0 (never printed back as "-0")
      std::string why = check_rule(f->rule, x);
      if (!why.empty()) return fail(rel, why);
      *field_value(*s, *f) = x;
      record(s, rel);
    }
    return true;
  }

  bool read_range(const Json& v, const NumberField& f, const std::string& rel, Scenario* s) {
    Range r;
    double point;
    std::string key, why;
    if (!parse_range(v, f, &r, &point, &key, &why)) {
      error->path = join_path(base, rel + "." + key);
      error->reason = why;
      return false;
    }
    *field_value(*s, f) = point;
    record(s, rel);
    s->ranges[rel] = r;
    s->provenance[rel].range = r;
    return true;
  }

  void record(Scenario* s, const std::string& rel) {
    if (user.count(rel)) {
      s->provenance[rel] = Provenance{Status::user, {}, "", "", {}};
    } else if (run) {
      auto it = run->provenance.find(rel);
      Provenance fallback;
      fallback.status = run->status;  // a run's default: disclosed, or estimated (Epoch AI)
      fallback.sources = run->sources;
      s->provenance[rel] = it != run->provenance.end() ? it->second : fallback;
    }
  }

  bool read_accelerator(const Json& v, const std::string& rel, HardwareInputs* hw) {
    if (v.is_string()) {
      const std::string id = v.get<std::string>();
      const Accelerator* a = catalog.find_accelerator(id);
      if (!a)
        return fail(rel, "unknown accelerator \"" + id + "\"" +
                             did_you_mean(id, ids_of(catalog.accelerators, [](auto& x) { return x.id; })));
      hw->accelerator_id = a->id;
      hw->tdp_w = a->tdp_w;
      hw->memory_gb = a->memory_gb;
      hw->bandwidth_tb_s = a->bandwidth_tb_s;
      hw->catalog_embodied_kgco2e = a->embodied_kgco2e;
      return true;
    }
    if (!v.is_object()) return fail(rel, "must be a catalog id or an object (got " + json_describe(v) + ")");
    if (!check_keys(v, rel, {"peak_tflops", "tdp_w", "memory_gb", "bandwidth_tb_s", "name", "id"}))
      return false;
    hw->accelerator_id = "custom";
    const std::pair<const char*, double*> numbers[] = {
        {"tdp_w", &hw->tdp_w}, {"memory_gb", &hw->memory_gb}, {"bandwidth_tb_s", &hw->bandwidth_tb_s}};
    for (const auto& [key, slot] : numbers) {
      if (!v.contains(key)) continue;
      const Json& t = v[key];
      const std::string path = rel + "." + key;
      if (!t.is_number()) return fail(path, "must be a number (got " + json_describe(t) + ")");
      std::string why = check_rule(Rule::positive, t.get<double>());
      if (!why.empty()) return fail(path, why);
      *slot = t.get<double>();
    }
    return true;
  }

  // The custom accelerator's peak for `p`, or kNone.
  double custom_peak(const Json& acc, Precision p) {
    auto it = acc.find("peak_tflops");
    if (it == acc.end()) return kNone;
    auto pk = it->find(precision_name(p));
    return pk != it->end() ? pk->get<double>() : kNone;
  }

  bool check_custom_peaks(const Json& acc, const std::string& rel) {
    auto it = acc.find("peak_tflops");
    if (it == acc.end()) return true;
    if (!it->is_object()) return fail(rel + ".peak_tflops", "must be an object of precision: TFLOPS");
    for (auto& [k, v] : it->items()) {
      Precision p;
      if (!parse_precision(k, &p))
        return fail(rel + ".peak_tflops." + k,
                    "unknown precision" + did_you_mean(k, {"bf16", "fp16", "fp8", "tf32", "fp32"}));
      if (!v.is_number())
        return fail(rel + ".peak_tflops." + k, "must be a number (got " + json_describe(v) + ")");
      std::string why = check_rule(Rule::positive, v.get<double>());
      if (!why.empty()) return fail(rel + ".peak_tflops." + k, why);
    }
    return true;
  }

  // accelerator, precision, region of a training/inference section.
  bool read_hardware(const Json& obj, Section section, Scenario* s, HardwareInputs* hw, double* grid) {
    const std::string sec = section_name(section);
    const Json* acc = nullptr;
    if (auto it = obj.find("accelerator"); it != obj.end() && !(it->is_null() && run)) {
      acc = &*it;
      if (!read_accelerator(*it, sec + ".accelerator", hw)) return false;
      if (it->is_object() && !check_custom_peaks(*it, sec + ".accelerator")) return false;
      record(s, sec + ".accelerator");
    }
    bool precision_given = false;
    if (auto it = obj.find("precision"); it != obj.end() && !(it->is_null() && run)) {
      if (!it->is_string())
        return fail(sec + ".precision", "must be a string (got " + json_describe(*it) + ")");
      const std::string name = it->get<std::string>();
      if (!parse_precision(name, &hw->precision))
        return fail(sec + ".precision", "unknown precision \"" + name + "\"" +
                                            did_you_mean(name, {"bf16", "fp16", "fp8", "tf32", "fp32"}) +
                                            "; use bf16, fp16, fp8, tf32 or fp32");
      precision_given = true;
      record(s, sec + ".precision");
    }
    if (acc) {
      auto peak_of = [&](Precision p) {
        if (acc->is_object()) return custom_peak(*acc, p);
        return catalog.find_accelerator(hw->accelerator_id)->peak(p);
      };
      if (!precision_given) {  // default: the first of bf16, fp16, tf32, fp32 the accelerator has
        for (Precision p : {Precision::bf16, Precision::fp16, Precision::tf32, Precision::fp32})
          if (has(peak_of(p))) {
            hw->precision = p;
            break;
          }
      }
      hw->peak_tflops = peak_of(hw->precision);
      if (precision_given && !has(hw->peak_tflops)) {
        std::string have;
        for (int i = 0; i < kPrecisionCount; ++i)
          if (has(peak_of(static_cast<Precision>(i))))
            have += std::string(have.empty() ? "" : ", ") + precision_name(static_cast<Precision>(i));
        return fail(sec + ".precision", std::string("accelerator ") + hw->accelerator_id + " has no dense " +
                                            precision_name(hw->precision) + " peak" +
                                            (have.empty() ? "" : " (it has " + have + ")"));
      }
    }
    if (auto it = obj.find("region"); it != obj.end() && !(it->is_null() && run)) {
      if (!it->is_string())
        return fail(sec + ".region", "must be a catalog id (got " + json_describe(*it) + ")");
      const std::string id = it->get<std::string>();
      const Region* r = catalog.find_region(id);
      if (!r)
        return fail(sec + ".region",
                    "unknown region \"" + id + "\"" +
                        did_you_mean(id, ids_of(catalog.regions, [](auto& x) { return x.id; })));
      hw->region_id = r->id;
      record(s, sec + ".region");
      const std::string grid_path = sec + ".grid_gco2e_per_kwh";
      if (!has(*grid)) {  // an explicit grid_gco2e_per_kwh wins over the region's value
        *grid = r->grid_gco2e_per_kwh;
        // A preset that explains its assumed grid (e.g. a range around the region's value) keeps that.
        const Provenance* preset = nullptr;
        if (run && !user.count(sec + ".region"))
          if (auto rp = run->provenance.find(grid_path); rp != run->provenance.end()) preset = &rp->second;
        Provenance p = preset ? *preset : r->provenance;
        p.note = "from region " + r->id + (r->year ? " (" + std::to_string(r->year) + ")" : "") +
                 (p.note.empty() ? "" : "; " + p.note);
        if (user.count(sec + ".region")) p.status = Status::user;
        s->provenance[grid_path] = p;
      }
    }
    return true;
  }

  // "datacenter": a catalog profile (Google, Meta, AWS, industry average…) whose PUE and on-site WUE
  // fill pue and wue_onsite_l_per_kwh when those are not given explicitly (an extension of v1).
  bool read_datacenter(const Json& obj, Section section, Scenario* s, HardwareInputs* hw, double* pue,
                       double* wue) {
    const std::string sec = section_name(section);
    auto it = obj.find("datacenter");
    if (it == obj.end() || (it->is_null() && run)) return true;
    if (!it->is_string())
      return fail(sec + ".datacenter", "must be a catalog id (got " + json_describe(*it) + ")");
    const std::string id = it->get<std::string>();
    const Datacenter* d = catalog.find_datacenter(id);
    if (!d)
      return fail(sec + ".datacenter",
                  "unknown datacenter \"" + id + "\"" +
                      did_you_mean(id, ids_of(catalog.datacenters, [](auto& x) { return x.id; })));
    hw->datacenter_id = d->id;
    record(s, sec + ".datacenter");
    const bool by_user = user.count(sec + ".datacenter") > 0;
    auto fill = [&](double* slot, double value, const char* key) {
      // A datacenter the user picks beats the preset's PUE/WUE, never a value the user typed.
      const bool keep = has(*slot) && (user.count(sec + "." + key) || !by_user);
      if (keep || !has(value)) return;
      *slot = value;
      auto pit = d->provenance.find(key);
      Provenance p = pit != d->provenance.end() ? pit->second : Provenance{};
      if (p.sources.empty()) p.sources = d->sources;
      if (p.status == Status::none) p.status = Status::disclosed;
      p.note = "from datacenter profile " + d->id + (p.note.empty() ? "" : "; " + p.note);
      if (by_user) p.status = Status::user;
      s->provenance[sec + "." + key] = p;
    };
    fill(pue, d->pue, "pue");
    fill(wue, d->wue_onsite_l_per_kwh, "wue_onsite_l_per_kwh");
    return true;
  }

  bool read_section(const Json& merged, Section section, Scenario* s) {
    const std::string sec = section_name(section);
    auto it = merged.find(sec);
    if (it == merged.end() || it->is_null()) return true;
    if (!it->is_object()) return fail(sec, "must be an object (got " + json_describe(*it) + ")");
    if (!read_numbers(*it, section, s)) return false;
    if (section == Section::training) {
      s->training.present = true;
      TrainingInputs& t = s->training;
      return read_hardware(*it, section, s, &t.hw, &t.grid_gco2e_per_kwh) &&
             read_datacenter(*it, section, s, &t.hw, &t.pue, &t.wue_onsite_l_per_kwh);
    }
    if (section == Section::inference) {
      s->inference.present = true;
      InferenceInputs& q = s->inference;
      std::string rel;
      const std::string why = read_phases_words(*it, run != nullptr, &q, &rel);
      if (!why.empty()) return fail(rel, why);
      if (it->contains("method")) record(s, "inference.method");
      return read_hardware(*it, section, s, &q.hw, &q.grid_gco2e_per_kwh) &&
             read_datacenter(*it, section, s, &q.hw, &q.pue, &q.wue_onsite_l_per_kwh);
    }
    return true;
  }

  bool check_training(Scenario* s) {
    TrainingInputs& t = s->training;
    const bool flops_known = has(t.flops) || (has(t.tokens) && has(s->model.params_active));
    const bool hours_known = has(t.gpu_hours) || (has(t.days) && has(t.count)) ||
                             (flops_known && has(t.hw.peak_tflops) && has(t.mfu));
    if (!hours_known && !has(t.energy_it_kwh))
      return fail("training",
                  "cannot determine gpu_hours: give gpu_hours, or days and count, or flops (or tokens and "
                  "model.params_total) with accelerator and mfu, or energy_it_kwh");
    if (has(t.gpu_hours) || !has(t.energy_it_kwh)) {
      if (!has(t.power_w) && !has(t.hw.tdp_w) && !has(t.energy_it_kwh))
        return fail("training.power_w",
                    t.hw.accelerator_id.empty()
                        ? "required: give power_w or an accelerator"
                        : "required: accelerator " + t.hw.accelerator_id + " has no published TDP");
    }
    return true;
  }

  bool check_inference(Scenario* s) {
    InferenceInputs& in = s->inference;
    if (has(in.energy_it_wh_per_query)) return true;
    const bool phases = in.method == InferenceMethod::phases;
    const char* why = "required unless inference.energy_it_wh_per_query is given";
    if (!has(s->model.params_active)) return fail("model.params_total", why);
    if (!has(in.input_tokens)) return fail("inference.input_tokens", why);
    if (!has(in.output_tokens)) return fail("inference.output_tokens", why);
    if (in.hw.accelerator_id.empty()) return fail("inference.accelerator", why);
    if (!has(in.hw.peak_tflops))
      return fail("inference.accelerator",
                  "has no dense peak for " + std::string(precision_name(in.hw.precision)));
    if (!phases && !has(in.utilization)) return fail("inference.utilization", why);
    if (!has(in.power_w) && !has(in.hw.tdp_w))
      return fail("inference.power_w",
                  "required: accelerator " + in.hw.accelerator_id + " has no published TDP");
    std::string rel;
    const std::string reason = check_phases(*s, &rel);
    return reason.empty() || fail(rel, reason);
  }

  bool run_parse(const Json& obj, int index, Scenario* s) {
    if (!obj.is_object()) return fail("", "must be a scenario object (got " + json_describe(obj) + ")");
    if (!check_keys(obj, "", {std::begin(kTopKeys), std::end(kTopKeys)})) return false;
    Json merged = Json::object();
    if (auto it = obj.find("preset"); it != obj.end()) {
      if (!it->is_string()) return fail("preset", "must be a run id (got " + json_describe(*it) + ")");
      const std::string id = it->get<std::string>();
      run = catalog.find_run(id);
      if (!run) return fail("preset", "unknown preset \"" + id + "\"" + did_you_mean_run(catalog, id));
      std::string ignored;
      parse_json(run->scenario_json, &merged, &ignored);
      preset_json = merged;
      s->preset = run->id;
      s->label = json_string(merged, "label", run->name);
    }
    if (auto it = obj.find("label"); it != obj.end()) {
      if (!it->is_string()) return fail("label", "must be a string (got " + json_describe(*it) + ")");
      s->label = it->get<std::string>();
      if (s->label.size() > 200) return fail("label", "longer than 200 bytes");
      s->label = clean_label(s->label);
    }
    if (s->label.empty()) s->label = "Scenario " + std::to_string(index + 1);
    for (const char* sec : {"model", "training", "inference"}) {
      auto it = obj.find(sec);
      if (it == obj.end()) continue;
      if (!it->is_object()) {
        user.insert(sec);  // the user typed this section: no "value from preset" note
        return fail(sec, "must be an object (got " + json_describe(*it) + ")");
      }
      Json& target = merged[sec];
      if (!target.is_object()) target = Json::object();
      for (auto& [k, v] : it->items()) {
        target[k] = v;
        user.insert(std::string(sec) + "." + k);
      }
    }
    if (!read_section(merged, Section::model, s)) return false;
    ModelInputs& m = s->model;
    if (!has(m.params_active) && has(m.params_total)) {
      m.params_active = m.params_total;  // dense by default
      Provenance p = s->provenance["model.params_total"];
      p.note = "dense: active = total";
      s->provenance["model.params_active"] = p;
    }
    if (has(m.params_active) && has(m.params_total) && m.params_active > m.params_total)
      return fail("model.params_active", "must be <= model.params_total (got " +
                                             print_general(m.params_active, 4) + " > " +
                                             print_general(m.params_total, 4) + ")");
    if (!read_section(merged, Section::training, s)) return false;
    if (!read_section(merged, Section::inference, s)) return false;
    if (!s->training.present && !s->inference.present)
      return fail("", "nothing to estimate: give training or inference (or a preset)");
    if (s->training.present && !check_training(s)) return false;
    if (s->inference.present && !check_inference(s)) return false;
    if (s->inference.present) fill_phases_defaults(s);
    return true;
  }
};

}  // namespace

bool scenario_from_json(const Json& obj, const std::string& path, int index, const Catalog& catalog,
                        Scenario* out, Error* error) {
  Parser p{catalog, path, {}, nullptr, error, Json::object()};
  Scenario s;
  if (!p.run_parse(obj, index, &s)) return false;
  if (!check_finite_scenario(&s, path, error)) return false;
  *out = std::move(s);
  return true;
}

bool scenarios_from_json(const Json& root, const Catalog& catalog, std::vector<Scenario>* out, Error* error,
                         std::initializer_list<const char*> extra_keys) {
  out->clear();
  if (!root.is_object()) {
    *error =
        Error{"", "must be a scenario object or {\"scenarios\": [...]} (got " + json_describe(root) + ")"};
    return false;
  }
  auto it = root.find("scenarios");
  if (it == root.end()) {
    Scenario s;
    if (!scenario_from_json(root, "", 0, catalog, &s, error)) return false;
    out->push_back(std::move(s));
    return true;
  }
  std::vector<std::string> allowed = {"scenarios"};
  for (const char* k : extra_keys) allowed.push_back(k);
  for (auto& [k, v] : root.items()) {
    bool ok = false;
    for (const std::string& a : allowed) ok = ok || a == k;
    if (!ok) {
      *error = Error{k, "unknown key" + did_you_mean(k, allowed)};
      return false;
    }
  }
  if (!it->is_array()) {
    *error = Error{"scenarios", "must be a list (got " + json_describe(*it) + ")"};
    return false;
  }
  if (it->empty()) {
    *error = Error{"scenarios", "is empty: nothing to estimate"};
    return false;
  }
  if (it->size() > kMaxScenarios) {
    *error = Error{"scenarios", "more than " + std::to_string(kMaxScenarios) + " scenarios (got " +
                                    std::to_string(it->size()) + "); split the comparison"};
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    Scenario s;
    if (!scenario_from_json((*it)[i], "scenarios[" + std::to_string(i) + "]", static_cast<int>(i), catalog,
                            &s, error))
      return false;
    out->push_back(std::move(s));
  }
  return true;
}

bool parse_scenarios(const std::string& text, const Catalog& catalog, std::vector<Scenario>* out,
                     Error* error) {
  Json root;
  std::string why;
  if (!parse_json(text, &root, &why)) {
    *error = Error{"", why};
    return false;
  }
  return scenarios_from_json(root, catalog, out, error);
}

}  // namespace modelwatt
