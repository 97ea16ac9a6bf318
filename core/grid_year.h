// Yearly grid intensities: the catalog keeps a region's latest base value under its plain id ("fr",
// 2023) and other years as "<id>-<year>" ("fr-2024", "fr-2025"), each with its year.
#pragma once
#include <string>

#include "core/catalog.h"

namespace modelwatt {

// The id of `region_id`'s value for `year`: "<region_id>-<year>" when the catalog has it, else the
// plain id when its own year matches or no yearly variant exists; "" when region_id is unknown.
// A run trained in 2024 in France gets "fr-2024"; one trained in 2021 keeps "fr" (the nearest year
// the catalog holds is the caller's choice to make explicit, so no silent substitution happens here).
std::string region_for_year(const Catalog& catalog, const std::string& region_id, int year);

}  // namespace modelwatt
