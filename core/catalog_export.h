// The catalog, or the entries a search found, as JSON (the catalog's own shape) and as CSV.
#pragma once
#include <string>
#include <vector>

#include "core/catalog_search.h"
#include "core/json_read.h"

namespace modelwatt {

// catalog_to_json() restricted to the hits: accelerators, regions, datacenters and runs hold only the
// matching entries, best first; footprints only those of matching runs; sources only those the kept
// entries cite; inference_references and equivalences are empty. Adds "search": {"text", "hits":
// [{"kind", "id", "score"}]}.
Json catalog_search_json(const Catalog& catalog, const std::string& text, const std::vector<SearchHit>& hits);

// One row per entry (all of them, or only `hits` in their order), RFC 4180 quoting:
// kind,id,name,organization,year,domain,open_weights,params_total,params_active,tokens,flops,gpu_hours,
// accelerator,bf16_tflops,fp8_tflops,tdp_w,memory_gb,bandwidth_tb_s,grid_gco2e_per_kwh,pue,sources
// Cells that do not apply or are unknown are empty; numbers are raw (%.17g-exact).
std::string catalog_csv(const Catalog& catalog, const std::vector<SearchHit>* hits = nullptr);

}  // namespace modelwatt
