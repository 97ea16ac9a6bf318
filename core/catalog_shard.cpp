#include "core/catalog_shard.h"

#include <algorithm>

#include "core/catalog_read.h"

namespace modelwatt {
namespace {

bool shard_safe(const std::string& id) {
  if (id.empty() || id.size() > 80 || id[0] == '.') return false;
  return std::all_of(id.begin(), id.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
           ch == '_' || ch == '-';
  });
}

struct RefList {
  const Catalog& catalog;
  std::vector<CatalogRef> refs;

  bool known(const std::string& kind, const std::string& id) const {
    if (kind == "run") return catalog.find_run(id) != nullptr;
    if (kind == "accelerator") return catalog.find_accelerator(id) != nullptr;
    if (kind == "region") return catalog.find_region(id) != nullptr;
    return catalog.find_datacenter(id) != nullptr;
  }
  void add(const char* kind, const Json& value) {
    if (!value.is_string()) return;
    const std::string id = value.get<std::string>();
    if (!shard_safe(id) || known(kind, id)) return;
    for (const CatalogRef& r : refs)
      if (r.kind == kind && r.id == id) return;
    refs.push_back({kind, id});
  }
  void add_section(const Json& scenario, const char* section) {
    auto it = scenario.find(section);
    if (it == scenario.end() || !it->is_object()) return;
    for (const char* kind : {"accelerator", "region", "datacenter"})
      if (auto f = it->find(kind); f != it->end()) add(kind, *f);
  }
};

template <class T>
void merge_by_id(std::vector<T>* into, std::vector<T>* from,
                 const T* (Catalog::*find)(std::string_view) const, const Catalog& catalog) {
  for (T& entry : *from)
    if (!(catalog.*find)(entry.id)) into->push_back(std::move(entry));
}

// Shrinks only: erase, not resize, which would also instantiate growing (default-constructing
// entries) for every type in the web modules.
template <class T>
void truncate(std::vector<T>* v, std::size_t size) {
  v->erase(v->begin() + static_cast<std::ptrdiff_t>(size), v->end());
}

}  // namespace

std::vector<CatalogRef> missing_catalog_refs(const Json& scenarios, const Catalog& catalog) {
  RefList list{catalog, {}};
  auto it = scenarios.find("scenarios");
  if (it == scenarios.end() || !it->is_array()) return {};
  for (const Json& s : *it) {
    if (!s.is_object()) continue;
    if (auto p = s.find("preset"); p != s.end()) list.add("run", *p);
    list.add_section(s, "training");
    list.add_section(s, "inference");
  }
  return list.refs;
}

bool merge_catalog_shard(Catalog* catalog, const std::string& json, Error* error) {
  Json root;
  Catalog shard;
  std::string why;
  if (!parse_json(json, &root, &why) || !catalog_from_json(root, &shard, &why, CatalogParts::entries)) {
    if (error) *error = Error{"", why};
    return false;
  }
  if (shard.version != catalog->version) {
    if (error) *error = Error{"version", "shard of catalog " + shard.version + ", not " + catalog->version};
    return false;
  }
  // Merged in place, and undone by truncation if the run file is refused: entries are only ever
  // appended, and append_catalog_runs touches nothing when it fails. (Not a copy of the catalog:
  // Catalog's copy is ~2 KB of the card's wasm.)
  Catalog& next = *catalog;
  const std::size_t sizes[] = {next.sources.size(), next.accelerators.size(), next.regions.size(),
                               next.datacenters.size(), next.runs.size()};
  merge_by_id(&next.sources, &shard.sources, &Catalog::find_source, next);
  merge_by_id(&next.accelerators, &shard.accelerators, &Catalog::find_accelerator, next);
  merge_by_id(&next.regions, &shard.regions, &Catalog::find_region, next);
  merge_by_id(&next.datacenters, &shard.datacenters, &Catalog::find_datacenter, next);
  merge_by_id(&next.runs, &shard.runs, &Catalog::find_run, next);
  if (auto file = root.find("run_file"); file != root.end() && file->is_object()) {
    bool all_new = true;  // a run already present (the shard came twice) is not an error
    if (auto runs = file->find("runs"); runs != file->end() && runs->is_array())
      for (const Json& r : *runs)
        if (r.is_object() && next.find_run(json_string(r, "id"))) all_new = false;
    if (all_new && !append_catalog_runs(&next, *file, json_dump(*file), error)) {
      truncate(&next.sources, sizes[0]);
      truncate(&next.accelerators, sizes[1]);
      truncate(&next.regions, sizes[2]);
      truncate(&next.datacenters, sizes[3]);
      truncate(&next.runs, sizes[4]);
      return false;
    }
  }
  return true;
}

}  // namespace modelwatt
