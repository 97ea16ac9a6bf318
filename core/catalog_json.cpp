#include "core/catalog_json.h"

#include "core/result_json.h"

namespace modelwatt {

Json catalog_to_json(const Catalog& catalog) {
  Json root;
  std::string error;
  if (!parse_json(builtin_catalog_json(), &root, &error)) return Json::object();
  for (const char* list : {"accelerators", "regions", "datacenters", "runs", "footprints", "inference_references",
                           "equivalences"}) {
    if (!root.contains(list)) continue;
    for (Json& entry : root[list]) {
      if (!entry.contains("sources") || !entry["sources"].is_array()) continue;
      Json expanded = Json::array();
      for (const Json& id : entry["sources"])
        if (id.is_string()) expanded.push_back(source_to_json(catalog, id.get<std::string>()));
      entry["sources"] = expanded;
    }
  }
  return root;
}

}  // namespace modelwatt
