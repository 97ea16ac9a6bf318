// The built-in validation table: re-derive every published footprint in the catalog from its
// published inputs and compare.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"

namespace modelwatt {

struct ValidationRow {
  std::string id, run, baseline_run, metric, note;
  std::vector<std::string> sources;
  double estimate = kNone, published = kNone, diff_pct = kNone, tolerance_pct = kNone;
  bool ok = false;
  std::string error;  // set when the row could not be computed
};

std::vector<ValidationRow> run_validation(const Catalog& catalog);

}  // namespace modelwatt
