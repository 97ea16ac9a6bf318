// catalog and validate.
#include <cstdio>

#include "core/catalog_export.h"
#include "core/catalog_json.h"
#include "core/format.h"
#include "core/validation.h"
#include "native/cli.h"

namespace modelwatt::cli {

static std::string search_table(const std::string& text, const std::vector<SearchHit>& hits) {
  std::string out = "search \"" + text + "\": " + std::to_string(hits.size()) +
                    (hits.size() == 1 ? " match\n" : " matches\n");
  char line[400];
  for (const SearchHit& h : hits) {
    std::snprintf(line, sizeof line, "  %-11s %-24s %-44s %-28s %4s  %.2f\n", search_kind_name(h.kind),
                  h.id.c_str(), h.name.c_str(), h.organization.c_str(),
                  h.year ? std::to_string(h.year).c_str() : "", h.score);
    out += line;
  }
  return out;
}

static std::string catalog_table(const Catalog& c) {
  std::string out = "catalog " + c.version + " (" + c.date + ")\n\naccelerators\n";
  char line[256];
  for (const Accelerator& x : c.accelerators) {
    std::snprintf(line, sizeof line, "  %-11s %-36s bf16 %7s  fp8 %7s TFLOP/s  %6s W\n", x.id.c_str(),
                  x.name.c_str(), format_sig(x.peak(Precision::bf16), Lang::en).c_str(),
                  format_sig(x.peak(Precision::fp8), Lang::en).c_str(),
                  format_sig(x.tdp_w, Lang::en).c_str());
    out += line;
  }
  out += "\nregions (gCO2e/kWh)\n";
  for (const Region& r : c.regions) {
    std::snprintf(line, sizeof line, "  %-24s %-40s %7s  %d\n", r.id.c_str(), r.name.c_str(),
                  format_sig(r.grid_gco2e_per_kwh, Lang::en).c_str(), r.year);
    out += line;
  }
  out += "\nruns\n";
  for (const Run& r : c.runs) {
    std::snprintf(line, sizeof line, "  %-18s %s (%s, %d)\n", r.id.c_str(), r.name.c_str(),
                  r.organization.c_str(), r.year);
    out += line;
  }
  return out;
}

int cmd_catalog(const Args& a) {
  const Catalog& c = builtin_catalog();
  if (!a.positional.empty()) return bad_input("catalog: unexpected argument \"" + a.positional[0] + "\"");
  if (a.has_search) {
    if (a.search.size() > 256) return bad_input("--search: at most 256 characters");
    const std::vector<SearchHit> hits = search_catalog(c, a.search);
    if (a.format == "table") return write_stdout(search_table(a.search, hits));
    if (a.format == "csv") return write_stdout(catalog_csv(c, &hits));
    return write_stdout(json_dump(catalog_search_json(c, a.search, hits), 2) + "\n");
  }
  if (a.format == "" || a.format == "json") return write_stdout(json_dump(catalog_to_json(c), 2) + "\n");
  if (a.format == "csv") return write_stdout(catalog_csv(c));
  return write_stdout(catalog_table(c));
}

namespace {

// The row's verdict (core/validation.h), a failure in capitals so that it stands out.
std::string validation_mark(const ValidationRow& r) {
  const std::string v = validation_verdict(r);
  return v == "fail" ? "FAIL" : v;
}

std::string validation_table(const std::vector<ValidationRow>& rows, bool all_ok) {
  std::string out;
  char line[400];
  std::snprintf(line, sizeof line, "%-40s %-37s %14s %14s %9s %6s  %s\n", "row", "metric", "estimate",
                "published", "diff %", "tol %", "");
  out += line;
  std::size_t context = 0;
  for (const ValidationRow& r : rows) {
    char tol[16] = "     -";
    if (!r.is_context()) std::snprintf(tol, sizeof tol, "%6.1f", r.tolerance_pct);
    context += r.is_context();
    std::snprintf(line, sizeof line, "%-40s %-37s %14.6g %14.6g %+9.2f %6s  %s%s\n", r.id.c_str(),
                  r.metric.c_str(), r.estimate, r.published, r.diff_pct, tol, validation_mark(r).c_str(),
                  r.error.empty() ? "" : (" " + r.error).c_str());
    out += line;
  }
  out += all_ok ? "all rows within tolerance" : "some rows outside tolerance";
  if (context) out += " (" + std::to_string(context) + " context rows: known gaps, shown for information)";
  return out + "\n";
}

}  // namespace

int cmd_validate(const Args& a) {
  std::vector<ValidationRow> rows = run_validation(builtin_catalog());
  const bool all_ok = validation_ok(rows);
  if (a.format == "json") {
    Json list = Json::array();
    for (const ValidationRow& r : rows) list.push_back(validation_row_json(r));
    if (write_stdout(json_dump(Json{{"rows", list}, {"ok", all_ok}}, 2) + "\n") != kOk) return kInternal;
  } else if (write_stdout(validation_table(rows, all_ok)) != kOk) {
    return kInternal;
  }
  return all_ok ? kOk : kInternal;
}

}  // namespace modelwatt::cli
