// Results -> JSON of the contract ({"results": [...], "comparison": [...]}), in one place.
#pragma once
#include <vector>

#include "core/json_read.h"
#include "core/result.h"
#include "core/scenario.h"

namespace modelwatt {

// One result: {"label", "training": {...}, "inference": {...}, "lifecycle": {...}, "inputs": {...}}.
// Sections appear only when the scenario has them; missing outputs are null.
Json result_to_json(const Result& r, const Scenario& s, const Catalog& catalog);

// Each result divided by the first: same sections and keys; null where either is null or first is 0.
std::vector<Result> compare_to_first(const std::vector<Result>& results);
Json comparison_to_json(const std::vector<Result>& ratios, const std::vector<Result>& results);

// The whole estimate output for N scenarios.
Json estimate_to_json(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                      const Catalog& catalog);

// A source id -> {"id", "title", "year", "url", "locator"} object (or just the id when unknown).
Json source_to_json(const Catalog& catalog, const std::string& id);

}  // namespace modelwatt
