#include "core/edit/templates.h"

#include "core/i18n.h"

namespace modelwatt {
namespace {

// A value copied from a catalog run, with its provenance turned into an assumption of ours.
struct Copier {
  const Catalog& catalog;
  StartingValues* out;
  std::string note;

  void copy(const char* run_id, const std::string& path, const std::string& to_path) {
    const Run* run = catalog.find_run(run_id);
    if (!run) return;
    Json scenario;
    std::string ignored;
    if (!parse_json(run->scenario_json, &scenario, &ignored)) return;
    const std::size_t dot = path.find('.');
    const std::string sec = path.substr(0, dot), key = path.substr(dot + 1);
    if (!scenario.contains(sec) || !scenario[sec].contains(key)) return;
    const std::size_t to_dot = to_path.find('.');
    out->values[to_path.substr(0, to_dot)][to_path.substr(to_dot + 1)] = scenario[sec][key];
    Provenance p;
    if (auto it = run->provenance.find(path); it != run->provenance.end()) p = it->second;
    if (p.sources.empty()) p.sources = run->sources;
    p.status = Status::assumed;
    p.note = note + (p.note.empty() ? "" : " " + run->name + ": " + p.note);
    out->provenance[to_path] = p;
  }

  void set(const std::string& path, const Json& value, std::vector<std::string> sources, const std::string& why,
           Range range = {}) {
    const std::size_t dot = path.find('.');
    out->values[path.substr(0, dot)][path.substr(dot + 1)] = value;
    Provenance p;
    p.status = Status::assumed;
    p.sources = std::move(sources);
    p.note = note + " " + why;
    p.range = range;
    out->provenance[path] = p;
  }
};

}  // namespace

StartingValues own_model_template(const Catalog& catalog, Lang lang) {
  StartingValues sv;
  sv.values["label"] = tr("edit.own_model", lang);
  Copier c{catalog, &sv, tr("edit.assumed.own", lang)};
  c.copy("llama-2-7b", "model.params_total", "model.params_total");
  c.copy("llama-2-7b", "training.tokens", "training.tokens");
  c.set("training.accelerator", "h100", {"llama3paper"}, "H100 (Llama 3 trained on up to 16,384 H100).");
  c.set("training.precision", "bf16", {"llama3paper"}, "BF16 (Llama 3 reports BF16 MFU).");
  Range mfu;
  mfu.low = 0.325;  // Gopher's MFU as reported in PaLM (§4)
  mfu.mode = 0.4;
  mfu.high = 0.462;  // PaLM 540B (§4)
  c.set("training.mfu", 0.4, {"llama3paper", "palm"}, "MFU 0.4: Llama 3 reports 38–43 % BF16 MFU; range from Gopher's 32.5 % to PaLM's 46.2 %.", mfu);
  c.set("training.region", "world", {"ember_owid"}, "World-average grid.");
  c.set("training.datacenter", "industry-average", {"uptime"}, "Industry-average data centre (Uptime Institute).");
  for (const char* key : {"wue_onsite_l_per_kwh", "water_offsite_l_per_kwh", "embodied_kgco2e_per_accelerator",
                          "lifetime_years", "gpu_hour_price_usd"})
    c.copy("deepseek-v3", std::string("training.") + key, std::string("training.") + key);
  return sv;
}

StartingValues inference_template(const Catalog& catalog, const Json& training, Lang lang) {
  StartingValues sv;
  Copier c{catalog, &sv, tr("edit.assumed.inference", lang)};
  for (const char* key : {"input_tokens", "output_tokens", "utilization", "pue", "wue_onsite_l_per_kwh",
                          "water_offsite_l_per_kwh", "lifetime_years"})
    c.copy("deepseek-v3", std::string("inference.") + key, std::string("inference.") + key);
  const std::string acc = json_string(training, "accelerator", "h100");
  const Accelerator* a = catalog.find_accelerator(acc);
  c.set("inference.accelerator", a ? acc : "h100", {}, "The training accelerator.");
  const std::string prec = json_string(training, "precision", "bf16");
  c.set("inference.precision", prec, {}, "The training precision.");
  c.set("inference.region", json_string(training, "region", "world"), {}, "The training region.");
  if (a && has(a->embodied_kgco2e)) c.set("inference.embodied_kgco2e_per_accelerator", a->embodied_kgco2e, a->sources, "");
  return sv;
}

}  // namespace modelwatt
