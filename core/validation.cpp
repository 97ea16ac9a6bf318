#include "core/validation.h"

#include <cmath>

#include "core/estimate.h"
#include "core/result.h"
#include "core/scenario_parse.h"

namespace modelwatt {
namespace {

// The run as a preset, with the footprint's boundary overrides applied.
bool metric_of(const Catalog& catalog, const std::string& run, const std::string& overrides_json,
               const OutputField& field, double* out, std::string* error) {
  Json obj = {{"preset", run}};
  if (!overrides_json.empty()) {
    Json ov;
    std::string why;
    if (!parse_json(overrides_json, &ov, &why)) {
      *error = "overrides: " + why;
      return false;
    }
    for (auto& [k, v] : ov.items()) obj[k] = v;
  }
  Scenario s;
  Error e;
  if (!scenario_from_json(obj, "", 0, catalog, &s, &e)) {
    *error = e.message();
    return false;
  }
  *out = output_value(estimate(s), field);
  return true;
}

}  // namespace

std::vector<ValidationRow> run_validation(const Catalog& catalog) {
  std::vector<ValidationRow> rows;
  for (const Footprint& f : catalog.footprints) {
    ValidationRow row;
    row.id = f.id;
    row.run = f.run;
    row.baseline_run = f.baseline_run;
    row.metric = f.metric;
    row.note = f.note;
    row.kind = f.kind;
    row.sources = f.sources;
    row.published = f.published;
    row.tolerance_pct = f.tolerance_pct;
    const OutputField* field = find_output_field(f.metric);
    if (!field) {
      row.error = "unknown metric " + f.metric;
    } else if (metric_of(catalog, f.run, f.overrides_json, *field, &row.estimate, &row.error) &&
               !f.baseline_run.empty()) {
      double base = kNone;
      if (metric_of(catalog, f.baseline_run, f.baseline_overrides_json, *field, &base, &row.error))
        row.estimate = (has(base) && base != 0) ? row.estimate / base : kNone;
    }
    if (row.error.empty() && has(row.estimate) && has(row.published) && row.published != 0) {
      row.diff_pct = (row.estimate - row.published) / row.published * 100.0;
      // A context row documents a known gap: its difference is information, not a failure.
      row.ok = row.is_context() || std::fabs(row.diff_pct) <= row.tolerance_pct;
    } else if (row.error.empty()) {
      row.error = "estimate is null";
    }
    rows.push_back(row);
  }
  return rows;
}

bool validation_ok(const std::vector<ValidationRow>& rows) {
  bool ok = true;
  for (const ValidationRow& r : rows) ok = ok && r.ok;
  return ok;
}

const char* validation_verdict(const ValidationRow& row) {
  if (row.is_context() && row.error.empty()) return "context";
  return row.ok ? "ok" : "fail";
}

Json validation_row_json(const ValidationRow& r) {
  const std::string verdict = validation_verdict(r);
  Json j = {{"id", r.id},
            {"run", r.run},
            {"metric", r.metric},
            {"kind", r.kind},
            {"verdict", verdict},
            {"estimate", json_num(r.estimate)},
            {"published", json_num(r.published)},
            {"diff_pct", json_num(r.diff_pct)},
            {"tolerance_pct", json_num(r.tolerance_pct)},
            {"ok", verdict == "context" ? Json(nullptr) : Json(r.ok)},
            {"sources", r.sources},
            {"note", r.note}};
  if (!r.baseline_run.empty()) j["baseline_run"] = r.baseline_run;
  if (!r.error.empty()) j["error"] = r.error;
  return j;
}

}  // namespace modelwatt
