// Run files appended to a catalog (Epoch AI's estimated runs): append_catalog_runs(). Format: the
// "Run files" section of assets/README.md.

#include "core/catalog.h"
#include "core/catalog_read.h"
#include "core/error.h"

namespace modelwatt {
namespace {

bool fail(Error* error, std::string path, std::string reason) {
  if (error) *error = Error{std::move(path), std::move(reason)};
  return false;
}

}  // namespace

void expand_run_notes(Json* run, const Json& notes) {
  auto prov = run->find("provenance");
  if (prov == run->end() || !prov->is_object()) return;
  for (auto& [path, entry] : prov->items()) {
    auto note = entry.find("note");
    if (note != entry.end() && note->is_string()) *note = expand_note(note->get<std::string>(), notes);
  }
}

void prepare_appended_run(Json* run, const Json& file) {
  auto defaults = file.find("defaults");
  if (defaults != file.end() && defaults->is_object()) {
    for (const char* key : {"status", "sources", "note"})
      if (!run->contains(key) && defaults->contains(key)) (*run)[key] = (*defaults)[key];
    auto prov = defaults->find("provenance");
    if (!run->contains("provenance")) (*run)["provenance"] = Json::object();
    Json& mine = (*run)["provenance"];
    if (prov != defaults->end() && prov->is_object() && mine.is_object()) {  // else ignored, as by read_run()
      for (auto& [path, entry] : prov->items()) {
        auto have = mine.find(path);
        if (have == mine.end()) {
          if (scenario_sets(*run, path)) mine[path] = entry;
        } else if (have->is_object() && entry.is_object()) {
          for (auto& [key, value] : entry.items())
            if (!have->contains(key)) (*have)[key] = value;
        }
      }
    }
  }
  if (auto notes = file.find("notes"); notes != file.end()) expand_run_notes(run, *notes);
}

bool append_catalog_runs(Catalog* catalog, const std::string& json, Error* error) {
  Json root;
  std::string reason;
  if (!parse_json(json, &root, &reason)) return fail(error, "", reason);
  return append_catalog_runs(catalog, root, json, error);
}

bool append_catalog_runs(Catalog* catalog, const Json& root, const std::string& json, Error* error) {
  if (!root.is_object()) return fail(error, "", "must be an object");
  auto runs_it = root.find("runs");
  if (runs_it == root.end() || !runs_it->is_array()) return fail(error, "runs", "must be a list");

  StringSet ids;
  for (const Run& r : catalog->runs) ids.insert(r.id);
  const auto defaults = root.find("defaults"), notes = root.find("notes");
  const RunFile file{defaults != root.end() ? &*defaults : nullptr, notes != root.end() ? &*notes : nullptr};
  std::vector<Run> runs;
  runs.reserve(runs_it->size());
  for (std::size_t i = 0; i < runs_it->size(); ++i) {
    const Json& j = (*runs_it)[i];
    const std::string at = "runs[" + std::to_string(i) + "]";
    if (!j.is_object()) return fail(error, at, "must be an object");
    Run r = read_run(j, file);
    if (r.id.empty()) return fail(error, at + ".id", "missing");
    if (!ids.insert(r.id).second) return fail(error, at + ".id", "duplicate run id \"" + r.id + "\"");
    runs.push_back(std::move(r));
  }
  std::vector<Source> sources;
  if (auto it = root.find("sources"); it != root.end() && it->is_array())
    for (const Json& j : *it)
      if (j.is_object() && !catalog->find_source(json_string(j, "id"))) sources.push_back(read_source(j));

  // Validated: now append (nothing above touched the catalog).
  for (Source& s : sources) catalog->sources.push_back(std::move(s));
  const std::size_t first = catalog->runs.size();
  for (Run& r : runs) catalog->runs.push_back(std::move(r));
  for (std::size_t i = first; i < catalog->runs.size(); ++i) {
    const Run& r = catalog->runs[i];
    if (r.see_also.empty()) continue;
    for (std::size_t k = 0; k < first; ++k)
      if (catalog->runs[k].id == r.see_also && catalog->runs[k].epoch_row.empty())
        catalog->runs[k].epoch_row = r.id;
  }
  catalog->appended_json.push_back(json);
  return true;
}

}  // namespace modelwatt
