// Loading a comparison from the contract's JSON (a link, a file, window.modelwatt.load): each slot
// starts from its preset; values equal to the editing model's own starting values (your own model,
// a serving setup) stay assumptions, everything else is the user's.
#include "core/edit/refresh.h"
#include "core/edit/templates.h"
#include "core/i18n.h"
#include "core/scenario_parse.h"

namespace modelwatt {
namespace {

// Moves the values of `slot.overrides` equal to the template's into the assumed layer.
void adopt_template(EditSlot* slot, const StartingValues& sv) {
  for (auto& [path, p] : sv.provenance) {
    const Json* mine = get_path(slot->overrides, path);
    const Json* start = get_path(sv.values, path);
    if (!mine || !start || *mine != *start) continue;
    set_path(&slot->assumed, path, *start);
    slot->assumed_provenance[path] = p;
    erase_path(&slot->overrides, path);
  }
}

EditSlot slot_from_json(const Json& obj, const Catalog& catalog, Lang lang) {
  EditSlot s;
  s.preset = json_string(obj, "preset");
  for (auto& [k, v] : obj.items())
    if (k != "preset") s.overrides[k] = v;
  if (s.preset.empty()) {
    StartingValues own = own_model_template(catalog, lang);
    adopt_template(&s, own);
    if (const Json* l = get_path(s.overrides, "label"); l && *l == own.values["label"]) {
      s.assumed["label"] = *l;
      s.overrides.erase("label");
    }
  }
  const Run* run = catalog.find_run(s.preset);
  Json preset = Json::object();
  std::string ignored;
  if (run) parse_json(run->scenario_json, &preset, &ignored);
  if (!has_path(preset, "inference") && has_path(s.overrides, "inference")) {
    Json training = Json::object();
    if (const Json* t = get_path(preset, "training")) training = *t;
    if (const Json* t = get_path(s.overrides, "training"); t && t->is_object())
      for (auto& [k, v] : t->items()) training[k] = v;
    adopt_template(&s, inference_template(catalog, training, lang));
  }
  return s;
}

}  // namespace

std::string load_comparison_json(Comparison* c, const Json& root) {
  std::vector<Scenario> parsed;
  Error e;
  if (!scenarios_from_json(root, *c->catalog, &parsed, &e)) return e.message();
  if (parsed.size() > static_cast<std::size_t>(kMaxComparisonSlots))
    return "scenarios: at most " + std::to_string(kMaxComparisonSlots) + " in the app (got " +
           std::to_string(parsed.size()) + ")";
  const Json list = root.contains("scenarios") ? root["scenarios"] : Json::array({root});
  Comparison next = *c;
  next.slots.clear();
  for (const Json& obj : list) next.slots.push_back(slot_from_json(obj, *c->catalog, c->lang));
  for (EditSlot& s : next.slots) {
    Error err;
    if (!refresh_slot(next, &s, &err)) return err.message();
  }
  *c = std::move(next);
  return "";
}

}  // namespace modelwatt
