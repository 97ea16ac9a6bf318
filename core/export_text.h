// Plain-text and CSV renderings of results (for the CLI and downloads).
#pragma once
#include <string>
#include <vector>

#include "core/format.h"
#include "core/result.h"

namespace modelwatt {

// Aligned table: one row per output, one column per scenario (+ ratio to the first).
std::string results_table(const std::vector<Result>& results, Lang lang);
// CSV: section,metric,unit,<label 1>,<label 2>,... with raw numbers (empty = null). RFC 4180 quoting.
std::string results_csv(const std::vector<Result>& results);
std::string csv_quote(const std::string& s);

}  // namespace modelwatt
