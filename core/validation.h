// The built-in validation table: re-derive every published footprint in the catalog from its
// published inputs and compare.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"

namespace modelwatt {

struct ValidationRow {
  std::string id, run, baseline_run, metric, note;
  // "tolerance": ok when |diff_pct| <= tolerance_pct. "context": a published value the engine is
  // known not to reproduce like-for-like; shown with its difference, never fails for it (ok stays
  // true unless the row could not be computed at all, which is a catalog bug).
  std::string kind = "tolerance";
  std::vector<std::string> sources;
  double estimate = kNone, published = kNone, diff_pct = kNone, tolerance_pct = kNone;
  bool ok = false;
  std::string error;  // set when the row could not be computed
  bool is_context() const { return kind == "context"; }
};

std::vector<ValidationRow> run_validation(const Catalog& catalog);

// Whether every row passes: tolerance rows within tolerance, context rows computed.
bool validation_ok(const std::vector<ValidationRow>& rows);

}  // namespace modelwatt
