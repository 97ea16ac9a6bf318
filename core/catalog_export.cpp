#include "core/catalog_export.h"

#include <cstdlib>
#include <set>

#include "core/catalog_json.h"
#include "core/export_text.h"
#include "core/json/decimal.h"

namespace modelwatt {
namespace {

const char* list_key(SearchKind k) {
  switch (k) {
    case SearchKind::run:
      return "runs";
    case SearchKind::accelerator:
      return "accelerators";
    case SearchKind::region:
      return "regions";
    default:
      return "datacenters";
  }
}

// The shortest decimal that reads back as the same double; "" for a missing value.
std::string num(double v) {
  if (!has(v)) return "";
  return shortest_g(v);
}

std::string joined_ids(const std::vector<std::string>& ids) {
  std::string s;
  for (const std::string& id : ids) s += (s.empty() ? "" : ";") + id;
  return s;
}

double scenario_number(const Json& j, const char* section, const char* key) {
  auto it = j.find(section);
  if (it == j.end() || !it->is_object()) return kNone;
  return json_number(*it, key, kNone);
}

// kind,id,name,organization,year,domain,open_weights
std::vector<std::string> common(const char* kind, const std::string& id, const std::string& name,
                                const std::string& org, int year) {
  return {kind, id, name, org, year ? std::to_string(year) : ""};
}

std::vector<std::string> run_row(const Run& r) {
  std::vector<std::string> row = common("run", r.id, r.name, r.organization, r.year);
  Json s;
  std::string error;
  if (!parse_json(r.scenario_json, &s, &error)) s = Json::object();
  const double total = scenario_number(s, "model", "params_total");
  const double active = scenario_number(s, "model", "params_active");
  const Json* training = s.contains("training") && s["training"].is_object() ? &s["training"] : nullptr;
  const std::string acc = training ? json_string(*training, "accelerator") : "";
  row.insert(row.end(),
             {r.domain, r.open_weights ? "true" : "false", num(total), num(has(active) ? active : total),
              num(scenario_number(s, "training", "tokens")), num(scenario_number(s, "training", "flops")),
              num(scenario_number(s, "training", "gpu_hours")), acc, "", "", "", "", "", "",
              num(scenario_number(s, "training", "pue")), joined_ids(r.sources)});
  return row;
}

std::vector<std::string> accelerator_row(const Accelerator& a) {
  std::vector<std::string> row = common("accelerator", a.id, a.name, a.vendor, a.year);
  row.insert(row.end(),
             {"", "", "", "", "", "", "", "", num(a.peak(Precision::bf16)), num(a.peak(Precision::fp8)),
              num(a.tdp_w), num(a.memory_gb), num(a.bandwidth_tb_s), "", "", joined_ids(a.sources)});
  return row;
}

std::vector<std::string> region_row(const Region& r) {
  std::vector<std::string> row = common("region", r.id, r.name, "", r.year);
  row.insert(row.end(), {"", "", "", "", "", "", "", "", "", "", "", "", "", num(r.grid_gco2e_per_kwh), "",
                         joined_ids(r.provenance.sources)});
  return row;
}

std::vector<std::string> datacenter_row(const Datacenter& d) {
  std::vector<std::string> row = common("datacenter", d.id, d.name, "", d.year);
  row.insert(row.end(),
             {"", "", "", "", "", "", "", "", "", "", "", "", "", "", num(d.pue), joined_ids(d.sources)});
  return row;
}

std::vector<std::string> row_for(const Catalog& c, SearchKind kind, const std::string& id) {
  switch (kind) {
    case SearchKind::run:
      if (const Run* r = c.find_run(id)) return run_row(*r);
      break;
    case SearchKind::accelerator:
      if (const Accelerator* a = c.find_accelerator(id)) return accelerator_row(*a);
      break;
    case SearchKind::region:
      if (const Region* r = c.find_region(id)) return region_row(*r);
      break;
    default:
      if (const Datacenter* d = c.find_datacenter(id)) return datacenter_row(*d);
  }
  return {};
}

void collect_sources(const Json& entry, std::set<std::string>* ids) {
  if (!entry.contains("sources") || !entry["sources"].is_array()) return;
  for (const Json& s : entry["sources"]) {
    if (s.is_string())
      ids->insert(s.get<std::string>());
    else if (s.is_object())
      ids->insert(json_string(s, "id"));
  }
}

}  // namespace

Json catalog_search_json(const Catalog& catalog, const std::string& text,
                         const std::vector<SearchHit>& hits) {
  Json full = catalog_to_json(catalog);
  Json out = Json::object();
  for (const char* key : {"version", "date"})
    if (full.contains(key)) out[key] = full[key];
  for (const char* key : {"accelerators", "regions", "datacenters", "runs", "footprints",
                          "inference_references", "equivalences"})
    out[key] = Json::array();
  std::set<std::string> run_ids, source_ids;
  Json hit_list = Json::array();
  for (const SearchHit& h : hits) {
    hit_list.push_back(Json{{"kind", search_kind_name(h.kind)}, {"id", h.id}, {"score", h.score}});
    if (h.kind == SearchKind::run) run_ids.insert(h.id);
    const char* key = list_key(h.kind);
    if (!full.contains(key)) continue;
    for (const Json& entry : full[key]) {
      if (json_string(entry, "id") != h.id) continue;
      out[key].push_back(entry);
      collect_sources(entry, &source_ids);
      break;
    }
  }
  if (full.contains("footprints"))
    for (const Json& f : full["footprints"])
      if (run_ids.count(json_string(f, "run"))) out["footprints"].push_back(f);
  out["sources"] = Json::array();
  if (full.contains("sources"))
    for (const Json& s : full["sources"])
      if (source_ids.count(json_string(s, "id"))) out["sources"].push_back(s);
  out["search"] = Json{{"text", text}, {"hits", hit_list}};
  return out;
}

std::string catalog_csv(const Catalog& catalog, const std::vector<SearchHit>* hits) {
  std::string out =
      "kind,id,name,organization,year,domain,open_weights,params_total,params_active,tokens,flops,gpu_hours,"
      "accelerator,bf16_tflops,fp8_tflops,tdp_w,memory_gb,bandwidth_tb_s,grid_gco2e_per_kwh,pue,sources\n";
  auto emit = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_quote(row[i]);
    if (!row.empty()) out += "\n";
  };
  if (hits) {
    for (const SearchHit& h : *hits) emit(row_for(catalog, h.kind, h.id));
    return out;
  }
  for (const Run& r : catalog.runs) emit(run_row(r));
  for (const Accelerator& a : catalog.accelerators) emit(accelerator_row(a));
  for (const Region& r : catalog.regions) emit(region_row(r));
  for (const Datacenter& d : catalog.datacenters) emit(datacenter_row(d));
  return out;
}

}  // namespace modelwatt
