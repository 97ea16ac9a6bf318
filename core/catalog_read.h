// Internal: the JSON -> Run reader shared by parse_catalog() and append_catalog_runs().
#pragma once
#include "core/catalog.h"
#include "core/json_read.h"

namespace modelwatt {

// One run object of a catalog or run file. Provenance entries without "status" take the run's
// ("status", default "disclosed"); without "sources", the run's sources.
Run read_run(const Json& j);

// Replaces each provenance note "@key rest" of `run` by notes[key] + " rest" (unknown keys stay).
void expand_run_notes(Json* run, const Json& notes);

}  // namespace modelwatt
