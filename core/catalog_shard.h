// Catalog shards: the web faces embed only the entries their default state uses and fetch the rest
// one entry at a time (build/web/catalog/<kind>/<id>.json, written by web/front/catalog_shards.py), so
// an article's card carries only what its state shows and the app's first render waits for nothing
// else (issue 9, "Size and speed").
//
// A shard is a catalog in the catalog's own shape holding one entry and what it refers to (a run's
// accelerator, region, datacenter and sources); an Epoch AI run comes as a one-run "run_file" in the
// format append_catalog_runs() reads. Merging skips entries the catalog already has, so shards can
// arrive in any order and twice.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "core/json_read.h"

namespace modelwatt {

struct CatalogRef {
  std::string kind;  // "run", "accelerator", "region", "datacenter"
  std::string id;
  std::string path() const { return kind + "/" + id; }  // the shard's file under catalog/
};

// The catalog entries the scenarios ({"scenarios": [...]}, the contract's shape, e.g. a decoded link)
// name by id and `catalog` lacks, each once, in order of appearance. Only ids that could be shard
// file names (letters, digits, '.', '_', '-') are listed: any other id is left to validation.
std::vector<CatalogRef> missing_catalog_refs(const Json& scenarios, const Catalog& catalog);

// Adds a shard's entries that `catalog` lacks. All or nothing: false with *error on malformed text, a
// different catalog version, or a run file append_catalog_runs() refuses.
bool merge_catalog_shard(Catalog* catalog, const std::string& json, Error* error);

}  // namespace modelwatt
