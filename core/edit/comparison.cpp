#include "core/edit/comparison.h"

#include <algorithm>

#include "core/edit/default_runs.h"
#include "core/edit/refresh.h"
#include "core/edit/templates.h"
#include "core/fields.h"
#include "core/i18n.h"

namespace modelwatt {
namespace {

bool valid_index(const Comparison& c, int i) {
  return i >= 0 && i < static_cast<int>(c.slots.size());
}

EditSlot preset_slot(const std::string& run_id) {
  EditSlot s;
  s.preset = run_id;
  return s;
}

EditSlot own_slot(const Catalog& catalog, Lang lang) {
  EditSlot s;
  StartingValues sv = own_model_template(catalog, lang);
  s.assumed = std::move(sv.values);
  s.assumed_provenance = std::move(sv.provenance);
  return s;
}

EditOutcome accepted(const std::string& path) {
  return {true, path, ""};
}

}  // namespace

void init_comparison(Comparison* c, const Catalog& catalog) {
  c->catalog = &catalog;
  c->slots.clear();
  const std::string ids = kDefaultRuns;  // "a,b": baseline first
  for (std::size_t start = 0; start < ids.size();) {
    const std::size_t comma = std::min(ids.find(',', start), ids.size());
    const std::string id = ids.substr(start, comma - start);
    if (catalog.find_run(id)) c->slots.push_back(preset_slot(id));
    start = comma + 1;
  }
  if (c->slots.empty()) c->slots.push_back(own_slot(catalog, c->lang));
  for (EditSlot& s : c->slots) refresh_slot(*c, &s, nullptr);
}

EditOutcome set_field_text(Comparison* c, int slot, const std::string& path, const std::string& text) {
  if (!valid_index(*c, slot)) return {false, path, "no such scenario"};
  EditSlot& s = c->slots[slot];
  const NumberField* f = find_field_by_path(path);
  if (!f) return {false, path, fill(tr("edit.refused.other", c->lang), {"unknown field " + path})};
  if (text.find_first_not_of(" \t") == std::string::npos) return set_field_json(c, slot, path, Json(nullptr));
  const bool small = f->unit == Unit::ratio;
  const NumberReading r = read_locale_number(text, f->unit, c->lang, small);
  if (!r.ok) {
    s.messages[path] = r.message;
    return {false, path, r.message};
  }
  // No suffix or exponent typed: the number is in the field's unit (billions of parameters...).
  const bool absolute = text.find_first_of("kKMBGTeE×xX*^") != std::string::npos;
  return set_field_number(c, slot, path, absolute ? r.value : r.value * input_scale(path).factor);
}

EditOutcome set_field_number(Comparison* c, int slot, const std::string& path, double value) {
  if (!valid_index(*c, slot)) return {false, path, "no such scenario"};
  const NumberField* f = find_field_by_path(path);
  if (!f) return {false, path, fill(tr("edit.refused.other", c->lang), {"unknown field " + path})};
  const std::string why = rule_message(f->rule, value, c->lang);
  if (!why.empty()) {
    c->slots[slot].messages[path] = why;
    return {false, path, why};
  }
  return set_field_json(c, slot, path, Json(value));
}

EditOutcome set_reference(Comparison* c, int slot, const std::string& path, const std::string& id) {
  if (!valid_index(*c, slot)) return {false, path, "no such scenario"};
  return set_reference_following(c, slot, path, id);
}

EditOutcome set_label(Comparison* c, int slot, const std::string& label) {
  if (!valid_index(*c, slot)) return {false, "label", "no such scenario"};
  EditSlot& s = c->slots[slot];
  const Json before = s.overrides;
  if (label.empty())
    s.overrides.erase("label");
  else
    s.overrides["label"] = label;
  Error e;
  if (!refresh_slot(*c, &s, &e)) {
    s.overrides = before;
    refresh_slot(*c, &s, nullptr);
    s.messages["label"] = localize_error(e, c->lang);
    return {false, "label", s.messages["label"]};
  }
  s.messages.erase("label");
  return accepted("label");
}

void reset_field(Comparison* c, int slot, const std::string& path) {
  if (!valid_index(*c, slot)) return;
  EditSlot& s = c->slots[slot];
  erase_path(&s.overrides, path);
  s.messages.erase(path);
  s.notices.clear();
  if (!refresh_slot(*c, &s, nullptr)) {  // a reset can only fail if another edit relied on it
    s.overrides = Json::object();
    refresh_slot(*c, &s, nullptr);
  }
}

void reset_slot(Comparison* c, int slot) {
  if (!valid_index(*c, slot)) return;
  EditSlot& s = c->slots[slot];
  s = s.preset.empty() ? own_slot(*c->catalog, c->lang) : preset_slot(s.preset);
  refresh_slot(*c, &s, nullptr);
}

EditOutcome add_inference(Comparison* c, int slot) {
  if (!valid_index(*c, slot)) return {false, "inference", "no such scenario"};
  EditSlot& s = c->slots[slot];
  if (s.scenario.inference.present) return accepted("inference");
  const EditSlot before = s;
  const Json merged = slot_scenario_json(s);
  Json training = Json::object();
  if (merged.contains("training") && merged["training"].is_object()) training = merged["training"];
  if (training.empty() && s.scenario.training.present) {
    training["accelerator"] = s.scenario.training.hw.accelerator_id;
    training["region"] = s.scenario.training.hw.region_id;
  }
  if (!s.scenario.training.hw.accelerator_id.empty()) {
    training["accelerator"] = s.scenario.training.hw.accelerator_id;
    training["precision"] = precision_name(s.scenario.training.hw.precision);
  }
  if (!s.scenario.training.hw.region_id.empty()) training["region"] = s.scenario.training.hw.region_id;
  StartingValues sv = inference_template(*c->catalog, training, c->lang);
  erase_path(&s.overrides, "inference");
  s.assumed["inference"] = sv.values["inference"];
  for (auto& [path, p] : sv.provenance) s.assumed_provenance[path] = p;
  Error e;
  if (!refresh_slot(*c, &s, &e)) {
    s = before;
    return {false, "inference", localize_error(e, c->lang)};
  }
  return accepted("inference");
}

void remove_inference(Comparison* c, int slot) {
  if (!valid_index(*c, slot)) return;
  EditSlot& s = c->slots[slot];
  const EditSlot before = s;
  s.assumed.erase("inference");
  s.overrides["inference"] = nullptr;
  if (!refresh_slot(*c, &s, nullptr)) s = before;  // a run with only inference keeps it
}

EditOutcome set_start(Comparison* c, int slot, const std::string& run_id) {
  if (!valid_index(*c, slot)) return {false, "preset", "no such scenario"};
  if (!run_id.empty() && !c->catalog->find_run(run_id))
    return {false, "preset", fill(tr("edit.refused.unknown", c->lang), {run_id})};
  c->slots[slot] = run_id.empty() ? own_slot(*c->catalog, c->lang) : preset_slot(run_id);
  refresh_slot(*c, &c->slots[slot], nullptr);
  return accepted("preset");
}

bool add_slot(Comparison* c, const std::string& run_id) {
  if (static_cast<int>(c->slots.size()) >= kMaxComparisonSlots) return false;
  if (!run_id.empty() && !c->catalog->find_run(run_id)) return false;
  c->slots.push_back(run_id.empty() ? own_slot(*c->catalog, c->lang) : preset_slot(run_id));
  refresh_slot(*c, &c->slots.back(), nullptr);
  return true;
}

bool remove_slot(Comparison* c, int slot) {
  if (!valid_index(*c, slot) || c->slots.size() <= 1) return false;
  c->slots.erase(c->slots.begin() + slot);
  for (std::size_t i = 0; i < c->slots.size(); ++i) refresh_slot(*c, &c->slots[i], nullptr);
  return true;
}

bool move_slot(Comparison* c, int slot, int to) {
  if (!valid_index(*c, slot) || !valid_index(*c, to)) return false;
  EditSlot moved = std::move(c->slots[slot]);
  c->slots.erase(c->slots.begin() + slot);
  c->slots.insert(c->slots.begin() + to, std::move(moved));
  for (EditSlot& s : c->slots) refresh_slot(*c, &s, nullptr);  // unlabelled slots are numbered by position
  return true;
}

void rebind_catalog(Comparison* c, const Catalog& catalog) {
  c->catalog = &catalog;
  for (EditSlot& s : c->slots) refresh_slot(*c, &s, nullptr);
}

bool set_metric(Comparison* c, const std::string& metric) {
  if (!is_known_view_metric(metric)) return false;
  c->metric = metric;
  return true;
}

bool set_view(Comparison* c, const std::string& view) {
  if (view != "bars" && view != "log" && view != "table") return false;
  c->view = view;
  return true;
}

bool set_theme(Comparison* c, const std::string& theme) {
  if (theme != "auto" && theme != "light" && theme != "dark") return false;
  c->theme = theme;
  return true;
}

void set_lang(Comparison* c, Lang lang) {
  c->lang = lang;
  c->lang_explicit = true;
  for (EditSlot& s : c->slots) {
    s.messages.clear();  // messages are in the old language; the values they refused are gone
    s.notices.clear();
  }
}

}  // namespace modelwatt
