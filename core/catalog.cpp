#include "core/catalog.h"

#include <algorithm>

#include "core/error.h"
#include "core/json_read.h"

namespace modelwatt {

extern const char kCatalogJson[];

const char* status_name(Status s) {
  switch (s) {
    case Status::disclosed: return "disclosed";
    case Status::derived: return "derived";
    case Status::assumed: return "assumed";
    case Status::user: return "user";
    case Status::estimated: return "estimated";
    default: return "none";
  }
}

template <class T>
static const T* find_by_id(const std::vector<T>& v, std::string_view id) {
  for (const T& x : v)
    if (x.id == id) return &x;
  return nullptr;
}

const Source* Catalog::find_source(std::string_view id) const { return find_by_id(sources, id); }
const Accelerator* Catalog::find_accelerator(std::string_view id) const { return find_by_id(accelerators, id); }
const Region* Catalog::find_region(std::string_view id) const { return find_by_id(regions, id); }
const Datacenter* Catalog::find_datacenter(std::string_view id) const { return find_by_id(datacenters, id); }
const Run* Catalog::find_run(std::string_view id) const { return find_by_id(runs, id); }
const Equivalence* Catalog::find_equivalence(std::string_view id) const { return find_by_id(equivalences, id); }

const char* builtin_catalog_json() { return kCatalogJson; }

static std::string g_catalog_error;

static std::vector<const char*>& run_registry() {
  static std::vector<const char*> files;
  return files;
}

int register_builtin_catalog_runs(const char* json) {
  run_registry().push_back(json);
  return static_cast<int>(run_registry().size());
}

const std::vector<const char*>& builtin_catalog_runs() { return run_registry(); }

void read_builtin_catalog(Catalog* out, CatalogParts parts) {
  if (!parse_catalog(kCatalogJson, out, &g_catalog_error, parts)) return;  // *out untouched: still empty
  for (const char* runs : run_registry()) {
    Error e;
    if (!append_catalog_runs(out, runs, &e)) g_catalog_error = "embedded runs: " + e.message();
  }
}

const Catalog& builtin_catalog() {
  static const Catalog catalog = [] {
    Catalog c;
    read_builtin_catalog(&c);
    return c;
  }();
  return catalog;
}

const std::string& catalog_error() {
  builtin_catalog();
  return g_catalog_error;
}

}  // namespace modelwatt
