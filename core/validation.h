// The built-in validation table: re-derive every published footprint in the catalog from its
// published inputs and compare.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/json_read.h"

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

// A row's verdict, the one every face shows: "ok" (within tolerance), "fail" (outside it, or not
// computed at all) or "context" (a known gap, computed: shown with its note, never a pass or fail).
const char* validation_verdict(const ValidationRow& row);

// A row as `modelwatt validate --format json` prints it and the web app reads it: "ok" is null for
// a context verdict, "verdict" as above.
Json validation_row_json(const ValidationRow& row);

}  // namespace modelwatt
