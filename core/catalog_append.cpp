// Run files appended to a catalog (Epoch AI's estimated runs): append_catalog_runs().
#include <set>

#include "core/catalog.h"
#include "core/catalog_read.h"
#include "core/error.h"

namespace modelwatt {
namespace {

bool fail(Error* error, std::string path, std::string reason) {
  if (error) *error = Error{std::move(path), std::move(reason)};
  return false;
}

Source read_source_entry(const Json& j) {
  Source s;
  s.id = json_string(j, "id");
  s.title = json_string(j, "title");
  s.authors = json_string(j, "authors");
  s.url = json_string(j, "url");
  s.locator = json_string(j, "locator");
  s.year = json_int(j, "year");
  return s;
}

}  // namespace

void expand_run_notes(Json* run, const Json& notes) {
  if (!notes.is_object() || notes.empty()) return;
  auto prov = run->find("provenance");
  if (prov == run->end() || !prov->is_object()) return;
  for (auto& [path, entry] : prov->items()) {
    auto note = entry.find("note");
    if (note == entry.end() || !note->is_string()) continue;
    const std::string text = note->get<std::string>();
    if (text.size() < 2 || text[0] != '@') continue;
    const std::size_t end = text.find(' ');
    auto shared = notes.find(text.substr(1, end == std::string::npos ? std::string::npos : end - 1));
    if (shared == notes.end() || !shared->is_string()) continue;
    *note = shared->get<std::string>() + (end == std::string::npos ? "" : text.substr(end));
  }
}

bool append_catalog_runs(Catalog* catalog, const std::string& json, Error* error) {
  Json root;
  std::string reason;
  if (!parse_json(json, &root, &reason)) return fail(error, "", reason);
  if (!root.is_object()) return fail(error, "", "must be an object");
  auto runs_it = root.find("runs");
  if (runs_it == root.end() || !runs_it->is_array()) return fail(error, "runs", "must be a list");
  const Json notes = root.contains("notes") ? root["notes"] : Json::object();

  std::set<std::string> ids;
  for (const Run& r : catalog->runs) ids.insert(r.id);
  std::vector<Run> runs;
  runs.reserve(runs_it->size());
  for (std::size_t i = 0; i < runs_it->size(); ++i) {
    Json& j = (*runs_it)[i];
    const std::string at = "runs[" + std::to_string(i) + "]";
    if (!j.is_object()) return fail(error, at, "must be an object");
    expand_run_notes(&j, notes);
    Run r = read_run(j);
    if (r.id.empty()) return fail(error, at + ".id", "missing");
    if (!ids.insert(r.id).second) return fail(error, at + ".id", "duplicate run id \"" + r.id + "\"");
    runs.push_back(std::move(r));
  }
  std::vector<Source> sources;
  if (auto it = root.find("sources"); it != root.end() && it->is_array())
    for (const Json& j : *it)
      if (j.is_object() && !catalog->find_source(json_string(j, "id")))
        sources.push_back(read_source_entry(j));

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
