// Internal: the JSON -> Run reader shared by parse_catalog() and append_catalog_runs().
#pragma once
#include "core/catalog.h"
#include "core/json_read.h"

namespace modelwatt {

// A run file's shared parts (assets/README.md, "Run files"); all null for catalog.json itself.
struct RunFile {
  const Json* defaults = nullptr;  // "status", "sources", "note", "provenance": {path: entry}
  const Json* notes = nullptr;     // key -> text, for provenance notes written "@key rest"
};

// One run object of a catalog or run file. Provenance entries without "status" take the run's
// ("status", default "disclosed"); without "sources", the run's sources. In a run file, a run without
// "status", "sources" or "note" takes the default; each provenance entry takes the keys it lacks from
// the default entry for its path, which is also added for each field the scenario sets without an
// entry of its own (a provenance that is not an object is ignored, defaults included); notes
// "@key rest" read notes[key] + " rest".
Run read_run(const Json& j, const RunFile& file = {});

// parse_catalog and append_catalog_runs (core/catalog.h) from parsed JSON, for a caller that also
// reads other keys of the same text and so parses it once (catalog shards). `text` is what the
// catalog keeps of an appended run file (its appended_json).
bool catalog_from_json(const Json& root, Catalog* out, std::string* error,
                       CatalogParts parts = CatalogParts::all);
bool append_catalog_runs(Catalog* catalog, const Json& root, const std::string& text, Error* error);

// One source entry ({"id", "title", "authors", "url", "locator", "year"}).
Source read_source(const Json& j);

// Whether a run object's scenario sets the field at a dotted path ("training.mfu").
bool scenario_sets(const Json& run, const std::string& path);

// notes[key] + " rest" for a note "@key rest" whose key is in `notes`; else the note unchanged.
std::string expand_note(const std::string& note, const Json& notes);

// Replaces each provenance note "@key rest" of `run` by notes[key] + " rest" (unknown keys stay).
void expand_run_notes(Json* run, const Json& notes);

// A run of a run file rewritten in the catalog's run shape, by the rules of read_run() (for printing
// the catalog; read_run() applies them without copying).
void prepare_appended_run(Json* run, const Json& file);

}  // namespace modelwatt
