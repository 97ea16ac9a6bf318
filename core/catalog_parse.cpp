// JSON -> Catalog mapping, in one place.
#include <cmath>

#include "core/catalog.h"
#include "core/catalog_read.h"
#include "core/json_read.h"

namespace modelwatt {
namespace {

std::vector<std::string> read_ids(const Json& j, const char* key) {
  std::vector<std::string> ids;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return ids;
  for (const Json& s : *it)
    if (s.is_string()) ids.push_back(s.get<std::string>());
  return ids;
}

Status read_status(const std::string& s) {
  if (s == "disclosed") return Status::disclosed;
  if (s == "derived") return Status::derived;
  if (s == "assumed") return Status::assumed;
  if (s == "user") return Status::user;
  if (s == "estimated") return Status::estimated;
  return Status::none;
}

Range read_range(const Json& j) {
  Range r;
  if (!j.is_object()) return r;
  r.low = json_number(j, "low", kNone);
  r.mode = json_number(j, "mode", kNone);
  r.high = json_number(j, "high", kNone);
  r.loguniform = json_string(j, "dist") == "loguniform";
  return r;
}

// A key of a provenance entry, else of its default entry in a run file (`base`); nullptr if neither.
const Json* entry_key(const Json& j, const Json* base, const char* key) {
  if (j.is_object())
    if (auto it = j.find(key); it != j.end()) return &*it;
  if (base && base->is_object())
    if (auto it = base->find(key); it != base->end()) return &*it;
  return nullptr;
}

Provenance read_provenance(const Json& j, const std::vector<std::string>& default_sources,
                           const char* default_status = "disclosed", const Json* base = nullptr) {
  Provenance p;
  const Json* status = entry_key(j, base, "status");
  p.status = read_status(status && status->is_string() ? status->get<std::string>() : default_status);
  if (const Json* ids = entry_key(j, base, "sources"); ids && ids->is_array())
    for (const Json& id : *ids)
      if (id.is_string()) p.sources.push_back(id.get<std::string>());
  if (p.sources.empty()) p.sources = default_sources;
  auto text = [&](const char* key) {
    const Json* v = entry_key(j, base, key);
    return v && v->is_string() ? v->get<std::string>() : std::string();
  };
  p.note = text("note");
  p.locator = text("locator");
  if (const Json* range = entry_key(j, base, "range")) p.range = read_range(*range);
  return p;
}

// A run's provenance; in a run file, each entry completed by the file's default entry for its path,
// and a default entry added for each field the scenario sets without an entry of its own.
FlatMap<Provenance> read_provenance_map(const Json& j, const std::vector<std::string>& sources,
                                                      const char* default_status = "disclosed",
                                                      const Json* defaults = nullptr) {
  static const Json none = Json::object();
  FlatMap<Provenance> m;
  auto it = j.find("provenance");
  if (it != j.end() && !it->is_object()) return m;
  const Json& own = it != j.end() ? *it : none;
  const bool file = defaults && defaults->is_object();
  for (auto& [k, v] : own.items()) {
    auto base = file ? defaults->find(k) : none.end();
    m[k] = read_provenance(v, sources, default_status, file && base != defaults->end() ? &*base : nullptr);
  }
  if (file)
    for (auto& [k, v] : defaults->items())
      if (!own.contains(k) && scenario_sets(j, k)) m[k] = read_provenance(none, sources, default_status, &v);
  return m;
}

const Json& array_at(const Json& root, const char* key) {
  static const Json empty = Json::array();
  auto it = root.find(key);
  return (it != root.end() && it->is_array()) ? *it : empty;
}

Accelerator read_accelerator(const Json& j) {
  Accelerator a;
  a.id = json_string(j, "id");
  a.name = json_string(j, "name", a.id);
  a.vendor = json_string(j, "vendor");
  a.note = json_string(j, "note");
  a.year = json_int(j, "year");
  if (auto it = j.find("peak_tflops"); it != j.end() && it->is_object()) {
    for (auto& [k, v] : it->items()) {
      Precision p;
      if (v.is_number() && parse_precision(k, &p)) a.peak_tflops[static_cast<int>(p)] = v.get<double>();
    }
  }
  a.tdp_w = json_number(j, "tdp_w", kNone);
  a.memory_gb = json_number(j, "memory_gb", kNone);
  a.bandwidth_tb_s = json_number(j, "bandwidth_tb_s", kNone);
  a.embodied_kgco2e = json_number(j, "embodied_kgco2e", kNone);
  a.sources = read_ids(j, "sources");
  a.provenance = read_provenance_map(j, a.sources);
  return a;
}

Region read_region(const Json& j) {
  Region r;
  r.id = json_string(j, "id");
  r.name = json_string(j, "name", r.id);
  r.kind = json_string(j, "kind");
  r.basis = json_string(j, "basis");
  r.note = json_string(j, "note");
  r.year = json_int(j, "year");
  r.grid_gco2e_per_kwh = json_number(j, "grid_gco2e_per_kwh", kNone);
  r.provenance = read_provenance(j, read_ids(j, "sources"));
  return r;
}

Datacenter read_datacenter(const Json& j) {
  Datacenter d;
  d.id = json_string(j, "id");
  d.name = json_string(j, "name", d.id);
  d.note = json_string(j, "note");
  d.year = json_int(j, "year");
  d.pue = json_number(j, "pue", kNone);
  d.wue_onsite_l_per_kwh = json_number(j, "wue_onsite_l_per_kwh", kNone);
  d.sources = read_ids(j, "sources");
  d.provenance = read_provenance_map(j, d.sources);
  return d;
}

Footprint read_footprint(const Json& j) {
  Footprint f;
  f.id = json_string(j, "id");
  f.run = json_string(j, "run");
  f.baseline_run = json_string(j, "baseline_run");
  f.metric = json_string(j, "metric");
  f.note = json_string(j, "note");
  f.published = json_number(j, "published", kNone);
  f.tolerance_pct = json_number(j, "tolerance_pct", kNone);
  auto it = j.find("overrides");
  if (it != j.end() && it->is_object()) f.overrides_json = json_dump(*it);
  it = j.find("baseline_overrides");
  if (it != j.end() && it->is_object()) f.baseline_overrides_json = json_dump(*it);
  f.kind = json_string(j, "kind", "tolerance");
  f.sources = read_ids(j, "sources");
  return f;
}

InferenceReference read_reference(const Json& j) {
  InferenceReference r;
  r.id = json_string(j, "id");
  r.name = json_string(j, "name", r.id);
  r.boundary = json_string(j, "boundary");
  r.scope = json_string(j, "scope", "unknown");
  const auto pue = j.find("pue_included");
  r.pue_included = pue != j.end() && pue->is_boolean() && pue->get<bool>();
  r.year = json_int(j, "year");
  r.energy_wh_per_query = json_number(j, "energy_wh_per_query", kNone);
  r.co2e_g_per_query = json_number(j, "co2e_g_per_query", kNone);
  r.water_ml_per_query = json_number(j, "water_ml_per_query", kNone);
  r.energy_j_per_output_token = json_number(j, "energy_j_per_output_token", kNone);
  r.sources = read_ids(j, "sources");
  return r;
}

Equivalence read_equivalence(const Json& j) {
  Equivalence e;
  e.id = json_string(j, "id");
  e.name = json_string(j, "name", e.id);
  e.quantity = json_string(j, "quantity");
  e.year = json_int(j, "year");
  e.per_unit = json_number(j, "per_unit", kNone);
  e.sources = read_ids(j, "sources");
  return e;
}

template <class T, class F>
void read_all(const Json& root, const char* key, std::vector<T>* out, F read) {
  out->clear();
  for (const Json& j : array_at(root, key))
    if (j.is_object()) out->push_back(read(j));
}

}  // namespace

bool scenario_sets(const Json& run, const std::string& path) {
  auto scenario = run.find("scenario");
  const std::size_t dot = path.find('.');
  if (scenario == run.end() || !scenario->is_object() || dot == std::string::npos) return false;
  auto section = scenario->find(path.substr(0, dot));
  return section != scenario->end() && section->is_object() && section->contains(path.substr(dot + 1));
}

std::string expand_note(const std::string& note, const Json& notes) {
  if (note.size() < 2 || note[0] != '@' || !notes.is_object()) return note;
  const std::size_t end = note.find(' ');
  auto shared = notes.find(note.substr(1, end == std::string::npos ? std::string::npos : end - 1));
  if (shared == notes.end() || !shared->is_string()) return note;
  return shared->get<std::string>() + (end == std::string::npos ? "" : note.substr(end));
}

Source read_source(const Json& j) {
  Source s;
  s.id = json_string(j, "id");
  s.title = json_string(j, "title");
  s.authors = json_string(j, "authors");
  s.url = json_string(j, "url");
  s.locator = json_string(j, "locator");
  s.year = json_int(j, "year");
  return s;
}

Run read_run(const Json& j, const RunFile& file) {
  static const Json none = Json::object();
  const Json& dflt = file.defaults && file.defaults->is_object() ? *file.defaults : none;
  auto from = [&](const char* key) -> const Json& { return j.contains(key) ? j : dflt; };
  Run r;
  r.id = json_string(j, "id");
  r.name = json_string(j, "name", r.id);
  r.organization = json_string(j, "organization");
  r.note = json_string(from("note"), "note");
  r.year = json_int(j, "year");
  const std::string status = json_string(from("status"), "status", "disclosed");
  r.status = read_status(status);
  if (r.status == Status::none) r.status = Status::disclosed;
  for (auto [field, key] : {std::pair{&r.date, "date"},
                            {&r.country, "country"},
                            {&r.domain, "domain"},
                            {&r.access, "access"},
                            {&r.url, "url"},
                            {&r.see_also, "see_also"}})
    *field = json_string(j, key);
  r.open_weights =
      j.contains("open_weights") && j["open_weights"].is_boolean() && j["open_weights"].get<bool>();
  r.aliases = read_ids(j, "aliases");
  auto it = j.find("scenario");
  r.scenario_json = json_dump(it != j.end() ? *it : Json::object());
  r.sources = read_ids(from("sources"), "sources");
  auto prov = dflt.find("provenance");
  r.provenance =
      read_provenance_map(j, r.sources, status_name(r.status), prov != dflt.end() ? &*prov : nullptr);
  if (file.notes)
    for (auto& entry : r.provenance) entry.second.note = expand_note(entry.second.note, *file.notes);
  return r;
}

bool parse_catalog(const std::string& text, Catalog* out, std::string* error, CatalogParts parts) {
  Json root;
  return parse_json(text, &root, error) && catalog_from_json(root, out, error, parts);
}

bool catalog_from_json(const Json& root, Catalog* out, std::string* error, CatalogParts parts) {
  if (!root.is_object()) {
    *error = "catalog: must be an object";
    return false;
  }
  // Filled in place, every member replaced: a Catalog move is ~0.9 KB of the card's module.
  Catalog& c = *out;
  c.version = json_string(root, "version");
  c.date = json_string(root, "date");
  read_all(root, "sources", &c.sources, read_source);
  read_all(root, "accelerators", &c.accelerators, read_accelerator);
  read_all(root, "regions", &c.regions, read_region);
  read_all(root, "datacenters", &c.datacenters, read_datacenter);
  read_all(root, "runs", &c.runs, [](const Json& j) { return read_run(j); });
  c.footprints.clear();
  c.inference_references.clear();
  c.equivalences.clear();
  c.appended_json.clear();
  if (parts == CatalogParts::entries) return true;
  read_all(root, "footprints", &c.footprints, read_footprint);
  read_all(root, "inference_references", &c.inference_references, read_reference);
  read_all(root, "equivalences", &c.equivalences, read_equivalence);
  return true;
}

}  // namespace modelwatt
