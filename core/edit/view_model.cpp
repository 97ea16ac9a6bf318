#include "core/edit/view_model.h"

#include "core/chart_metric.h"
#include "core/edit/field_hint.h"
#include "core/edit/inference_chart.h"
#include "core/edit/refresh.h"
#include "core/edit/stepper.h"
#include "core/estimate_phases.h"
#include "core/i18n.h"
#include "core/metric_registry.h"
#include "core/number_input.h"
#include "core/phases_text.h"
#include "core/url_state.h"

namespace modelwatt {
namespace {

struct Group {
  const char* id;
  const char* section;
  std::vector<const char*> keys;  // numeric keys, or accelerator/precision/region/datacenter/method/boundary
};

// One question's worth each, in the order a person fills them in.
const std::vector<Group>& groups() {
  static const std::vector<Group> g = {
      {"model", "model", {"params_total", "params_active", "layers", "kv_heads", "head_dim"}},
      {"run",
       "training",
       {"tokens", "accelerator", "precision", "count", "mfu", "flops", "gpu_hours", "days"}},
      {"energy", "training", {"power_w", "datacenter", "pue", "energy_it_kwh"}},
      {"carbon",
       "training",
       {"region", "grid_gco2e_per_kwh", "market_gco2e_per_kwh", "embodied_kgco2e_per_accelerator",
        "lifetime_years"}},
      {"water", "training", {"wue_onsite_l_per_kwh", "water_offsite_l_per_kwh"}},
      {"cost", "training", {"gpu_hour_price_usd", "electricity_price_usd_per_kwh"}},
      {"queries", "inference", {"input_tokens", "output_tokens", "queries_per_day", "days"}},
      {"serving",
       "inference",
       {"accelerator", "precision", "method", "utilization", "power_w", "energy_it_wh_per_query",
        "reasoning_tokens", "batch_size", "gpus_per_replica", "boundary"}},
      // Inference by phases, the finer assumptions (used only with method "phases").
      {"serving_advanced",
       "inference",
       {"mfu_prefill", "mbu_decode", "bytes_per_param", "kv_bytes_per_token", "host_overhead",
        "idle_overhead"}},
      {"serving_site",
       "inference",
       {"datacenter", "pue", "region", "grid_gco2e_per_kwh", "wue_onsite_l_per_kwh",
        "water_offsite_l_per_kwh", "embodied_kgco2e_per_accelerator", "lifetime_years"}},
  };
  return g;
}

// Whether a field changes this scenario's estimate, so the form never offers one the engine ignores:
// the phases inputs (and the model's attention shape, which only sizes the KV cache) apply to the
// prefill + decode method only, utilization to the FLOPs method only.
bool field_applies(const Scenario& s, const std::string& section, const std::string& key) {
  static const char* const kPhasesOnly[] = {
      "batch_size",    "gpus_per_replica", "boundary",           "mfu_prefill",
      "mbu_decode",    "bytes_per_param",  "kv_bytes_per_token", "host_overhead",
      "idle_overhead", "layers",           "kv_heads",           "head_dim"};
  const bool phases = s.inference.present && s.inference.method == InferenceMethod::phases;
  if (section == "inference" && key == "utilization") return !phases;
  if (section != "inference" && section != "model") return true;
  for (const char* k : kPhasesOnly)
    if (key == k) return phases;
  return true;
}

Json sources_json(const Catalog& cat, const Provenance& p) {
  Json out = Json::array();
  for (const std::string& id : p.sources)
    if (const Source* s = cat.find_source(id))
      out.push_back({{"title", s->title},
                     {"url", s->url},
                     {"year", s->year},
                     {"authors", s->authors},
                     {"locator", p.locator}});  // the value's own place in the source
  return out;
}

// The phases method's values for an empty field: what the estimate used (core/estimate_phases.h),
// shown only with that method.
double derived_phases_value(const Scenario& s, const Result& r, const std::string& path) {
  if (s.inference.method != InferenceMethod::phases) return kNone;
  if (path == "inference.gpus_per_replica") return r.inference.gpus_per_replica;
  if (path == "inference.bytes_per_param") return r.inference.bytes_per_param;
  if (path == "inference.kv_bytes_per_token") return r.inference.kv_bytes_per_token;
  // Absent from the scenario after parsing: the engine adds nothing (host and idle overheads are
  // filled, as assumptions, only for the boundaries that count them).
  if (path == "inference.reasoning_tokens" || path == "inference.host_overhead" ||
      path == "inference.idle_overhead")
    return 0.0;
  return kNone;
}

// What the engine computed for an input the user left empty ("derived: 109k GPU-h").
double derived_value(const Scenario& s, const Result& r, const std::string& path) {
  // The engine's default for an unset power: the accelerator's TDP (estimate_impl.h).
  if (path == "training.power_w") return s.training.hw.tdp_w;
  if (path == "inference.power_w") return s.inference.hw.tdp_w;
  if (path == "training.flops") return r.training.flops;
  if (path == "training.gpu_hours") return r.training.gpu_hours;
  if (path == "training.days") return r.training.wall_days;
  if (path == "training.energy_it_kwh") return r.training.energy_it_kwh;
  if (path == "training.mfu") return r.training.implied_mfu;
  if (path == "inference.energy_it_wh_per_query") return r.inference.energy_it_wh_per_query;
  return derived_phases_value(s, r, path);
}

Json options_json(const Catalog& cat, const std::string& key, const HardwareInputs& hw) {
  Json out = Json::array();
  if (key == "accelerator")
    for (const Accelerator& a : cat.accelerators) out.push_back({{"id", a.id}, {"name", a.name}});
  if (key == "region")
    for (const Region& r : cat.regions)
      out.push_back({{"id", r.id}, {"name", r.name + (r.year ? " (" + std::to_string(r.year) + ")" : "")}});
  if (key == "datacenter")
    for (const Datacenter& d : cat.datacenters) out.push_back({{"id", d.id}, {"name", d.name}});
  if (key == "precision") {
    const Accelerator* a = cat.find_accelerator(hw.accelerator_id);
    for (int i = 0; i < kPrecisionCount; ++i) {
      const Precision p = static_cast<Precision>(i);
      if (!a || has(a->peak(p))) out.push_back({{"id", precision_name(p)}, {"name", precision_name(p)}});
    }
  }
  return out;
}

// The words of inference "method" and "boundary", each with its label in the UI language.
Json word_options(const std::string& key, Lang lang) {
  Json out = Json::array();
  const std::vector<const char*> ids = key == "method"
                                           ? std::vector<const char*>{"flops", "phases"}
                                           : std::vector<const char*>{"accelerator", "server", "fleet"};
  for (const char* id : ids) out.push_back({{"id", id}, {"name", tr("option." + key + "." + id, lang)}});
  return out;
}

std::string reference_value(const HardwareInputs& hw, const std::string& key) {
  if (key == "accelerator") return hw.accelerator_id;
  if (key == "region") return hw.region_id;
  if (key == "datacenter") return hw.datacenter_id;
  return precision_name(hw.precision);
}

Json field_json(const Comparison& c, const EditSlot& s, const std::string& section, const std::string& key) {
  const Lang lang = c.lang;
  const std::string path = section + "." + key;
  const Provenance* p = nullptr;
  if (auto it = s.scenario.provenance.find(path); it != s.scenario.provenance.end()) p = &it->second;
  const Status st = p ? p->status : Status::none;
  Json f = {{"path", path},
            {"label", tr("field." + path, lang)},
            {"status", status_name(st)},
            {"badge", tr(std::string("badge.") + status_name(st), lang)}};
  f["hint"] = field_hint(path, lang);
  f["note"] = p ? p->note : "";
  f["sources"] = p ? sources_json(*c.catalog, *p) : Json::array();
  f["yours"] = has_path(s.overrides, path);
  if (auto m = s.messages.find(path); m != s.messages.end()) f["message"] = m->second;
  const NumberField* nf = find_field_by_path(path);
  if (key == "method" || key == "boundary") {
    const InferenceInputs& in = s.scenario.inference;
    f["kind"] = "choice";
    f["value"] = key == "method" ? method_name(in.method) : boundary_name(in.boundary);
    f["options"] = word_options(key, lang);
    return f;
  }
  if (!nf) {
    const HardwareInputs& hw = section == "training" ? s.scenario.training.hw : s.scenario.inference.hw;
    f["kind"] = "choice";
    f["value"] = reference_value(hw, key);
    f["options"] = options_json(*c.catalog, key, hw);
    return f;
  }
  const double v = field_value(s.scenario, *nf);
  f["kind"] = "number";
  f["unit"] = field_unit_text(path, lang);
  f["value"] = json_num(v);
  f["text"] = field_input_text(path, v, lang);
  f["display"] = has(v) ? format_quantity(v, nf->unit, lang) : "";
  const FieldSteps steps = field_steps(path, v);  // the "−" / "+" buttons' values, as typed text
  f["step_down"] = field_input_text(path, steps.down, lang);
  f["step_up"] = field_input_text(path, steps.up, lang);
  const double d = has(v) ? kNone : derived_value(s.scenario, s.result, path);
  const Unit du = path == "training.mfu" ? Unit::ratio : nf->unit;
  f["derived"] = has(d) ? fill(tr("edit.derived_value", lang), {format_quantity(d, du, lang)}) : "";
  if (!has(v) && !has(d)) f["badge"] = tr("edit.not_set", lang);
  return f;
}

Json results_json(const Comparison& c, const EditSlot& s) {
  Json rows = Json::array();
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const OutputField& f = outs[i];
    if (!output_present(s.result, f)) continue;
    const double v = output_value(s.result, f);
    const std::string key = std::string(output_section_name(f.section)) + "." + f.key;
    rows.push_back(
        {{"key", key},
         {"label", tr("out." + key, c.lang)},
         {"value", json_num(v)},
         {"text", has(v) ? format_quantity(v, f.unit, c.lang) : std::string(tr("embed.na", c.lang))}});
  }
  return rows;
}

Json app_strings(Lang lang) {
  Json out = Json::object();
  for (const auto& [key, text] : tr_prefixed("app.", lang))
    out[std::string(key.substr(4))] = text;  // drop "app."
  for (const char* k :
       {"badge.disclosed", "badge.derived", "badge.assumed", "badge.user", "badge.help.disclosed",
        "badge.help.derived", "badge.help.assumed", "badge.help.user"})
    out[k] = tr(k, lang);
  out["lang_failed"] = tr("embed.lang_failed", lang);  // the card's words for the same failure
  return out;
}

// What the claim checker can compare (core/metric_registry.h), with the output's name.
Json claim_metrics_json(Lang lang) {
  Json list = Json::array();
  for (const char* key : claim_outputs())
    list.push_back({{"output", key}, {"label", tr(std::string("out.") + key, lang)}});
  return list;
}

Json references_json(const Catalog& cat, Lang lang) {
  Json out = Json::array();
  for (const InferenceReference& r : cat.inference_references)
    out.push_back(
        {{"id", r.id},
         {"name", r.name},
         {"boundary", r.boundary},
         {"scope", r.scope},
         {"year", r.year},
         {"energy", has(r.energy_wh_per_query) ? format_quantity(r.energy_wh_per_query, Unit::wh, lang) : ""},
         {"co2e", has(r.co2e_g_per_query) ? format_quantity(r.co2e_g_per_query, Unit::g, lang) : ""}});
  return out;
}

}  // namespace

Json slot_view(const Comparison& c, int index) {
  const EditSlot& s = c.slots[index];
  const Lang lang = c.lang;
  const Run* run = c.catalog->find_run(s.preset);
  Json groups_out = Json::array();
  for (const Group& g : groups()) {
    const std::string sec = g.section;
    if (sec == "training" && !s.scenario.training.present) continue;
    if (sec == "inference" && !s.scenario.inference.present) continue;
    Json fields = Json::array();
    for (const char* key : g.keys)
      if (field_applies(s.scenario, sec, key) || s.messages.count(sec + "." + key))
        fields.push_back(field_json(c, s, sec, key));
    if (fields.empty()) continue;
    groups_out.push_back({{"id", g.id},
                          {"section", sec},
                          {"title", tr(std::string("group.") + g.id, lang)},
                          {"fields", fields}});
  }
  Json messages = Json::object();
  for (auto& [path, m] : s.messages) messages[path] = m;
  return {{"index", index},
          {"label", s.scenario.label},
          {"label_yours", has_path(s.overrides, "label")},
          {"start", s.preset},
          {"start_name", run ? run->name : std::string(tr("edit.own_model", lang))},
          {"organization", run ? run->organization : ""},
          {"year", run ? run->year : 0},
          {"notices", s.notices},
          {"messages", messages},
          {"compute", {{"available", has_disclosed_compute(c, s)}, {"used", uses_disclosed_compute(s)}}},
          {"has_training", s.scenario.training.present},
          {"has_inference", s.scenario.inference.present},
          {"groups", groups_out},
          {"results", results_json(c, s)},
          {"phases_text", phases_sentence(s.result.inference, c.lang)}};
}

Card comparison_card(const Comparison& c) {
  Card card;
  card.state.scenarios = comparison_scenarios_json(c);
  card.state.metric = c.metric;
  card.state.view = c.view;
  card.state.theme = c.theme;
  card.state.lang = lang_code(c.lang);
  for (const EditSlot& s : c.slots) {
    card.scenarios.push_back(s.scenario);
    card.results.push_back(s.result);
  }
  return card;
}

std::string comparison_query(const Comparison& c) {
  UrlState st = comparison_card(c).state;
  if (!c.lang_explicit) st.lang.clear();
  std::string q;
  Error ignored;
  return encode_url_state(st, &q, &ignored) ? q : "";
}

std::string comparison_share_query(const Comparison& c, const std::string& theme) {
  UrlState st = comparison_card(c).state;
  if (theme == "light" || theme == "dark") st.theme = theme;
  std::string q;
  Error ignored;
  return encode_url_state(st, &q, &ignored) ? q : "";
}

Json comparison_view(const Comparison& c, const ViewOptions& o) {
  Json slots = Json::array();
  for (int i = 0; i < static_cast<int>(c.slots.size()); ++i) slots.push_back(slot_view(c, i));
  Json runs = Json::array();
  // The "starts from" list: the runs with published figures; estimated ones (Epoch AI) are found by
  // search, and listed here only when a scenario starts from one.
  for (const Run& r : c.catalog->runs) {
    bool used = false;
    for (const EditSlot& s : c.slots) used = used || s.preset == r.id;
    if (r.status != Status::estimated || used)
      runs.push_back({{"id", r.id}, {"name", r.name}, {"organization", r.organization}, {"year", r.year}});
  }
  return {{"lang", lang_code(c.lang)},
          {"theme", c.theme},
          {"metric", c.metric},
          {"view", c.view},
          {"query", comparison_query(c)},
          {"max_slots", kMaxComparisonSlots},
          {"slots", slots},
          {"runs", runs},
          {"strings", app_strings(c.lang)},
          {"references", references_json(*c.catalog, c.lang)},
          {"catalog_version", c.catalog->version},
          {"claim_metrics", claim_metrics_json(c.lang)},
          {"inference_chart", inference_chart(c, o.chart_width_px, o.dark)},
          {"card", card_view(comparison_card(c), *c.catalog, o.chart_width_px, o.dark)}};
}

}  // namespace modelwatt
