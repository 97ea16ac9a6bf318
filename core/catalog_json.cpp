#include "core/catalog_json.h"

#include "core/catalog_read.h"
#include "core/result_json.h"

namespace modelwatt {

// The runs (notes expanded) and new sources of the run files appended to `catalog`, added to `root`.
static void add_appended(const Catalog& catalog, Json* root) {
  for (const std::string& text : catalog.appended_json) {
    Json file;
    std::string error;
    if (!parse_json(text, &file, &error) || !file.is_object()) continue;
    if (!root->contains("runs")) (*root)["runs"] = Json::array();
    if (auto it = file.find("runs"); it != file.end() && it->is_array())
      for (Json& run : *it) {
        if (!run.is_object()) continue;
        prepare_appended_run(&run, file);
        (*root)["runs"].push_back(std::move(run));
      }
    if (auto it = file.find("sources"); it != file.end() && it->is_array())
      for (Json& s : *it) {
        bool known = false;
        for (const Json& have : (*root)["sources"])
          known = known || have.value("id", "") == s.value("id", "");
        if (!known) (*root)["sources"].push_back(std::move(s));
      }
  }
}

Json catalog_to_json(const Catalog& catalog) {
  Json root;
  std::string error;
  if (!parse_json(builtin_catalog_json(), &root, &error)) return Json::object();
  add_appended(catalog, &root);
  for (const char* list : {"accelerators", "regions", "datacenters", "runs", "footprints",
                           "inference_references", "equivalences"}) {
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
