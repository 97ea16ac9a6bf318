#include "core/edit/refresh.h"


#include "core/estimate.h"
#include "core/i18n.h"
#include "core/number_input.h"
#include "core/result.h"
#include "core/scenario_parse.h"
#include "core/url_state.h"

namespace modelwatt {
namespace {

std::pair<std::string, std::string> split_path(const std::string& path) {
  const std::size_t dot = path.find('.');
  if (dot == std::string::npos) return {path, ""};
  return {path.substr(0, dot), path.substr(dot + 1)};
}

// Copies `from` over `into` section by section; nulls drop a value where there is nothing below
// to remove (no preset), as the contract's null only removes a preset's value.
void merge_layer(Json* into, const Json& from, bool has_preset) {
  for (auto& [k, v] : from.items()) {
    if (v.is_object() && (k == "model" || k == "training" || k == "inference")) {
      Json& target = (*into)[k];
      if (!target.is_object()) target = Json::object();
      for (auto& [fk, fv] : v.items()) {
        if (fv.is_null() && !has_preset) target.erase(fk);
        else target[fk] = fv;
      }
    } else if (v.is_null() && !has_preset) {
      into->erase(k);
    } else {
      (*into)[k] = v;
    }
  }
}

// The path whose setting decides who a derived input belongs to: the grid follows the region, a
// datacenter's PUE/WUE follow the datacenter.
std::string origin_path(const std::string& path, const Provenance& p) {
  const auto [sec, key] = split_path(path);
  if (key == "grid_gco2e_per_kwh" && p.note.rfind("from region", 0) == 0) return sec + ".region";
  if ((key == "pue" || key == "wue_onsite_l_per_kwh") && p.note.rfind("from datacenter", 0) == 0)
    return sec + ".datacenter";
  return path;
}

bool user_set(const EditSlot& slot, const std::string& path) {
  const Json* v = get_path(slot.overrides, path);
  return v && !v->is_null();
}

void correct_provenance(const EditSlot& slot, Scenario* s) {
  for (auto& [path, p] : s->provenance) {
    if (p.status != Status::user) continue;
    const std::string origin = origin_path(path, p);
    if (user_set(slot, origin)) continue;
    if (path == "model.params_active" && p.note.rfind("dense", 0) == 0) {  // active = total by rule
      p.status = Status::derived;
      continue;
    }
    if (auto it = slot.assumed_provenance.find(path); it != slot.assumed_provenance.end()) {
      p = it->second;
    } else {
      p.status = Status::assumed;
      if (auto o = slot.assumed_provenance.find(origin); o != slot.assumed_provenance.end() && p.sources.empty())
        p.sources = o->second.sources;
    }
  }
}

}  // namespace

bool has_path(const Json& j, const std::string& path) { return get_path(j, path) != nullptr; }

const Json* get_path(const Json& j, const std::string& path) {
  const auto [a, b] = split_path(path);
  auto it = j.find(a);
  if (it == j.end()) return nullptr;
  if (b.empty()) return &*it;
  if (!it->is_object()) return nullptr;
  auto jt = it->find(b);
  return jt == it->end() ? nullptr : &*jt;
}

void set_path(Json* j, const std::string& path, const Json& value) {
  const auto [a, b] = split_path(path);
  if (b.empty()) {
    (*j)[a] = value;
    return;
  }
  if (!(*j)[a].is_object()) (*j)[a] = Json::object();
  (*j)[a][b] = value;
}

void erase_path(Json* j, const std::string& path) {
  const auto [a, b] = split_path(path);
  if (b.empty()) {
    j->erase(a);
    return;
  }
  auto it = j->find(a);
  if (it == j->end() || !it->is_object()) return;
  it->erase(b);
  if (it->empty()) j->erase(a);
}

Json slot_scenario_json(const EditSlot& slot) {
  Json j = Json::object();
  const bool has_preset = !slot.preset.empty();
  if (has_preset) j["preset"] = slot.preset;
  merge_layer(&j, slot.assumed, has_preset);
  merge_layer(&j, slot.overrides, has_preset);
  return j;
}

Json comparison_scenarios_json(const Comparison& c) {
  Json list = Json::array();
  for (const EditSlot& s : c.slots) list.push_back(slot_scenario_json(s));
  return Json{{"scenarios", list}};
}

bool refresh_slot(const Comparison& c, EditSlot* slot, Error* error) {
  int index = 0;
  while (index < static_cast<int>(c.slots.size()) && &c.slots[index] != slot) ++index;
  Scenario s;
  Error e;
  if (!scenario_from_json(slot_scenario_json(*slot), "", index, *c.catalog, &s, &e)) {
    if (error) *error = e;
    return false;
  }
  correct_provenance(*slot, &s);
  slot->scenario = std::move(s);
  slot->result = estimate(slot->scenario);
  return true;
}

const NumberField* find_field_by_path(const std::string& path) {
  const auto [sec, key] = split_path(path);
  const Section section = sec == "model" ? Section::model : sec == "training" ? Section::training : Section::inference;
  if (sec != "model" && sec != "training" && sec != "inference") return nullptr;
  return find_number_field(section, key);
}

std::string rule_message(Rule rule, double v, Lang lang) {
  if (check_rule(rule, v).empty()) return "";
  const char* key = rule == Rule::non_negative ? "edit.rule.non_negative"
                    : rule == Rule::positive   ? "edit.rule.positive"
                    : rule == Rule::at_least_one ? "edit.rule.at_least_one"
                    : rule == Rule::fraction   ? "edit.rule.fraction"
                                               : "edit.rule.positive_integer";
  return fill(tr(key, lang), {format_input(v, Unit::none, lang)});
}

std::string localize_error(const Error& e, Lang lang) {
  const std::string& r = e.reason;
  auto starts = [&](const char* p) { return r.rfind(p, 0) == 0; };
  if (starts("cannot determine gpu_hours")) return tr("edit.required.hours", lang);
  if (starts("required unless inference")) return tr("edit.required.inference", lang);
  if (starts("required: accelerator") || starts("required: give power_w")) return tr("edit.required.power", lang);
  if (r.find("has no dense") != std::string::npos) return fill(tr("edit.refused.precision_short", lang), {r.substr(0, r.find(" has"))});
  if (starts("must be <= model.params_total")) return tr("edit.refused.active", lang);
  if (starts("unknown")) return fill(tr("edit.refused.unknown", lang), {r});
  return fill(tr("edit.refused.other", lang), {e.message()});
}

InputScale input_scale(const std::string& path) {
  if (path == "model.params_total" || path == "model.params_active") return {1e9, "unit.billion_params"};
  if (path == "training.tokens") return {1e12, "unit.trillion_tokens"};
  return {};
}

std::string field_input_text(const std::string& path, double v, Lang lang) {
  const NumberField* f = find_field_by_path(path);
  if (!f || !has(v)) return "";
  const InputScale sc = input_scale(path);
  if (sc.unit_key) return format_input(v / sc.factor, Unit::none, lang);
  std::string text = format_input(v, f->unit, lang);
  const std::string label = input_unit_label(f->unit, lang);
  if (!label.empty() && text.size() > label.size() + 1 && text.compare(text.size() - label.size() - 1, std::string::npos, " " + label) == 0)
    text.erase(text.size() - label.size() - 1);
  return text;
}

std::string field_unit_text(const std::string& path, Lang lang) {
  const NumberField* f = find_field_by_path(path);
  if (!f) return "";
  const InputScale sc = input_scale(path);
  return sc.unit_key ? tr(sc.unit_key, lang) : input_unit_label(f->unit, lang);
}

bool is_known_view_metric(const std::string& metric) {
  return is_known_metric(metric) || find_output_field(metric) != nullptr;
}

}  // namespace modelwatt
