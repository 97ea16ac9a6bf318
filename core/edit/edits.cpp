// Field and reference edits, the "derive instead" switch, statuses and loading: the rules that keep a
// comparison consistent whatever order the user edits in.
#include <cmath>

#include "core/edit/refresh.h"
#include "core/format.h"
#include "core/i18n.h"
#include "core/number_input.h"
#include "core/scenario_parse.h"

namespace modelwatt {
namespace {

std::string section_of(const std::string& path) { return path.substr(0, path.find('.')); }

// Applies `change` to a slot; keeps it only if the core accepts the scenario, else restores the slot
// and leaves the localized reason at `path`.
template <class F>
EditOutcome attempt(Comparison* c, int slot, const std::string& path, F change) {
  EditSlot& s = c->slots[slot];
  const EditSlot before = s;
  s.notices.clear();
  change(&s);
  Error e;
  if (!refresh_slot(*c, &s, &e)) {
    s = before;
    s.messages[path] = localize_error(e, c->lang);
    return {false, path, s.messages[path]};
  }
  s.messages.erase(path);
  return {true, path, ""};
}

std::string field_words(const std::string& path, Lang lang) { return tr("field." + path, lang); }

void notice_change(EditSlot* s, const Scenario& before, const std::string& path, const std::string& owner, Lang lang) {
  const NumberField* f = find_field_by_path(path);
  if (!f) return;
  const Scenario& after = s->scenario;
  // An unset power is the accelerator's TDP in the engine (estimate_impl.h): say so, not "not set".
  auto used = [&](const Scenario& sc) {
    const double v = field_value(sc, *f);
    if (has(v) || std::string(f->key) != "power_w") return v;
    return (f->section == Section::training ? sc.training.hw : sc.inference.hw).tdp_w;
  };
  const double a = used(before), b = used(after);
  if (a == b || (!has(a) && !has(b))) return;
  const std::string na = tr("edit.not_set", lang);
  s->notices.push_back(fill(tr("edit.follow", lang), {field_words(path, lang), owner,
                                                       has(b) ? format_quantity(b, f->unit, lang) : na,
                                                       has(a) ? format_quantity(a, f->unit, lang) : na}));
}

}  // namespace

EditOutcome set_field_json(Comparison* c, int slot, const std::string& path, const Json& value) {
  const Lang lang = c->lang;
  const Scenario before = c->slots[slot].scenario;
  EditOutcome out = attempt(c, slot, path, [&](EditSlot* s) {
    set_path(&s->overrides, path, value);
    // A total below the published active count makes the model dense, unless the user set both.
    if (path == "model.params_total" && value.is_number() && has(before.model.params_active) &&
        value.get<double>() < before.model.params_active && !has_path(s->overrides, "model.params_active")) {
      set_path(&s->overrides, "model.params_active", Json(nullptr));
      if (s->preset.empty()) erase_path(&s->assumed, "model.params_active");
    }
  });
  EditSlot& s = c->slots[slot];
  if (out.ok && path == "model.params_total" && has(before.model.params_active) &&
      before.model.params_active != before.model.params_total &&
      s.scenario.model.params_active == s.scenario.model.params_total)
    s.notices.push_back(fill(tr("edit.active_dense", lang), {format_quantity(s.scenario.model.params_active, Unit::params, lang),
                                                             format_quantity(before.model.params_active, Unit::params, lang)}));
  return out;
}

EditOutcome set_reference_following(Comparison* c, int slot, const std::string& path, const std::string& id) {
  const Catalog& cat = *c->catalog;
  const Lang lang = c->lang;
  const std::string sec = section_of(path), key = path.substr(path.find('.') + 1);
  const Scenario before = c->slots[slot].scenario;
  std::string owner = id;
  std::vector<std::string> follows;
  if (key == "accelerator") {
    const Accelerator* a = cat.find_accelerator(id);
    if (!a) return {false, path, fill(tr("edit.refused.unknown", lang), {id})};
    owner = a->name;
    follows = {sec + ".power_w", sec + ".embodied_kgco2e_per_accelerator"};
  } else if (key == "region") {
    const Region* r = cat.find_region(id);
    if (!r) return {false, path, fill(tr("edit.refused.unknown", lang), {id})};
    owner = r->name;
    follows = {sec + ".grid_gco2e_per_kwh", sec + ".market_gco2e_per_kwh"};
  } else if (key == "datacenter") {
    const Datacenter* d = cat.find_datacenter(id);
    if (!d) return {false, path, fill(tr("edit.refused.unknown", lang), {id})};
    owner = d->name;
    follows = {sec + ".pue", sec + ".wue_onsite_l_per_kwh"};
  } else if (key == "precision") {
    Precision p;
    if (!parse_precision(id, &p)) return {false, path, fill(tr("edit.refused.unknown", lang), {id})};
  } else if (key == "method" && sec == "inference") {
    InferenceMethod m;
    if (!parse_method(id, &m)) return {false, path, fill(tr("edit.refused.unknown", lang), {id})};
  } else if (key == "boundary" && sec == "inference") {
    Boundary b;
    if (!parse_boundary(id, &b)) return {false, path, fill(tr("edit.refused.unknown", lang), {id})};
  } else {
    return {false, path, fill(tr("edit.refused.unknown", lang), {path})};
  }
  std::string precision_notice;
  EditOutcome out = attempt(c, slot, path, [&](EditSlot* s) {
    set_path(&s->overrides, path, Json(id));
    for (const std::string& f : follows) {
      const Json* mine = get_path(s->overrides, f);
      if (mine && !mine->is_null()) continue;  // the user's own value stays
      erase_path(&s->assumed, f);
      s->assumed_provenance.erase(f);
      if (!s->preset.empty()) set_path(&s->assumed, f, Json(nullptr));  // drop the run's value
    }
    if (key == "accelerator") {
      const Accelerator* a = cat.find_accelerator(id);
      const std::string emb = sec + ".embodied_kgco2e_per_accelerator";
      const Json* mine = get_path(s->overrides, emb);
      if (has(a->embodied_kgco2e) && !(mine && !mine->is_null())) {
        set_path(&s->assumed, emb, Json(a->embodied_kgco2e));
        Provenance p;
        if (auto it = a->provenance.find("embodied_kgco2e"); it != a->provenance.end()) p = it->second;
        if (p.sources.empty()) p.sources = a->sources;
        p.status = Status::assumed;
        s->assumed_provenance[emb] = p;
      }
      const Precision cur = sec == "training" ? before.training.hw.precision : before.inference.hw.precision;
      if (!has(a->peak(cur)) && !has_path(s->overrides, sec + ".precision")) {
        for (Precision p : {Precision::bf16, Precision::fp16, Precision::fp8, Precision::tf32, Precision::fp32})
          if (has(a->peak(p))) {
            set_path(&s->assumed, sec + ".precision", Json(precision_name(p)));
            precision_notice = fill(tr("edit.follow.precision", lang), {precision_name(p), a->name, precision_name(cur)});
            break;
          }
      }
    }
  });
  if (!out.ok) return out;
  EditSlot& s = c->slots[slot];
  if (!precision_notice.empty()) s.notices.push_back(precision_notice);
  for (const std::string& f : follows) notice_change(&s, before, f, owner, lang);
  return out;
}

bool has_disclosed_compute(const Comparison& c, const EditSlot& slot) {
  const Run* run = c.catalog->find_run(slot.preset);
  if (!run) return false;
  Json j;
  std::string ignored;
  if (!parse_json(run->scenario_json, &j, &ignored)) return false;
  return has_path(j, "training.gpu_hours") || has_path(j, "training.flops") || has_path(j, "training.days");
}

bool uses_disclosed_compute(const EditSlot& slot) {
  const Json* h = get_path(slot.assumed, "training.gpu_hours");
  return !(h && h->is_null());
}

EditOutcome set_use_disclosed_compute(Comparison* c, int slot, bool use) {
  if (slot < 0 || slot >= static_cast<int>(c->slots.size())) return {false, "training.gpu_hours", "no such scenario"};
  const double implied = c->slots[slot].result.training.implied_mfu;
  const Lang lang = c->lang;
  return attempt(c, slot, "training.gpu_hours", [&](EditSlot* s) {
    for (const char* k : {"training.gpu_hours", "training.flops", "training.days"}) {
      erase_path(&s->assumed, k);
      if (!use && !s->preset.empty()) set_path(&s->assumed, k, Json(nullptr));
    }
    if (use) {
      if (s->assumed_provenance.count("training.mfu")) {
        erase_path(&s->assumed, "training.mfu");
        s->assumed_provenance.erase("training.mfu");
      }
      return;
    }
    if (has(s->scenario.training.mfu)) return;  // the run has an MFU of its own
    const double mfu = has(implied) && implied > 0 && implied <= 1 ? implied : 0.4;
    set_path(&s->assumed, "training.mfu", Json(mfu));
    Provenance p;
    p.status = Status::assumed;
    p.sources = {"llama3paper"};
    p.note = fill(tr("edit.assumed.mfu", lang), {format_input(mfu, Unit::none, lang)});
    s->assumed_provenance["training.mfu"] = p;
  });
}

Status field_status(const EditSlot& slot, const std::string& path) {
  auto it = slot.scenario.provenance.find(path);
  return it == slot.scenario.provenance.end() ? Status::none : it->second.status;
}

}  // namespace modelwatt
