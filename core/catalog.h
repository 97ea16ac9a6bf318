// The built-in catalog: accelerators, regions, datacenters, published runs, published footprints,
// inference reference points and equivalences, each value with its sources and status.
// Parsed once from assets/catalog.json, which every build embeds at compile time.
#pragma once
#include <string>
#include <vector>

#include "core/flat_map.h"
#include "core/precision.h"
#include "core/units.h"

namespace modelwatt {

// estimated: a third party's estimate (Epoch AI), not disclosed by the developer. Appended last so the
// integer values of the others (used by the UI's badge colours) do not move.
enum class Status { none, disclosed, derived, assumed, user, estimated };
const char* status_name(Status s);

struct Range {  // an uncertainty range for an assumption; low == high == kNone when absent
  double low = kNone, mode = kNone, high = kNone;
  bool loguniform = false;
  bool present() const { return has(low) && has(high); }
};

struct Provenance {
  Status status = Status::none;
  std::vector<std::string> sources;  // source ids
  std::string note, locator;
  Range range;
};

struct Source {
  std::string id, title, authors, url, locator;
  int year = 0;
};

struct Accelerator {
  std::string id, name, vendor, note;
  int year = 0;
  double peak_tflops[kPrecisionCount] = {kNone, kNone, kNone, kNone, kNone};
  double tdp_w = kNone, memory_gb = kNone, bandwidth_tb_s = kNone, embodied_kgco2e = kNone;
  std::vector<std::string> sources;
  FlatMap<Provenance> provenance;
  double peak(Precision p) const { return peak_tflops[static_cast<int>(p)]; }
};

struct Region {
  std::string id, name, kind, basis, note;
  int year = 0;
  double grid_gco2e_per_kwh = kNone;
  Provenance provenance;  // status + sources of the intensity
};

struct Datacenter {
  std::string id, name, note;
  int year = 0;
  double pue = kNone, wue_onsite_l_per_kwh = kNone;
  std::vector<std::string> sources;
  FlatMap<Provenance> provenance;
};

struct Run {
  std::string id, name, organization, note;
  int year = 0;
  Status status = Status::disclosed;  // default status of its fields (Epoch runs: estimated)
  // Optional metadata (Epoch runs): publication date, countries, domains, accessibility, link.
  std::string date, country, domain, access, url;
  std::string see_also;       // an estimated run: the published run of the same model, which takes precedence
  std::string epoch_row;      // a published run: the estimated (Epoch AI) run of the same model, if loaded
  bool open_weights = false;         // weights published (any licence); false when closed or unknown
  std::vector<std::string> aliases;  // everyday names search also matches ("ChatGPT")
  std::string scenario_json;  // the run's scenario object (contract format), compact JSON
  std::vector<std::string> sources;
  FlatMap<Provenance> provenance;  // dotted field path -> provenance
};

struct Footprint {
  std::string id, run, baseline_run, metric, note, overrides_json, baseline_overrides_json;
  // "tolerance" (the default: must land within tolerance_pct) or "context" (printed with its
  // difference, never fails: a published value the engine is known not to reproduce like-for-like).
  std::string kind = "tolerance";
  double published = kNone, tolerance_pct = kNone;
  std::vector<std::string> sources;
};

struct InferenceReference {
  std::string id, name, boundary;
  // Machine-readable boundary: "accelerator" | "server" | "fleet" | "lifecycle" | "unknown".
  std::string scope = "unknown";
  bool pue_included = false;  // the figure includes the facility overhead (a PUE above 1)
  int year = 0;
  double energy_wh_per_query = kNone, co2e_g_per_query = kNone, water_ml_per_query = kNone;
  double energy_j_per_output_token = kNone;  // where the source gives energy per output token
  std::vector<std::string> sources;
};

struct Equivalence {
  std::string id, name, quantity;  // quantity: "energy_kwh" | "co2e_kg"
  int year = 0;
  double per_unit = kNone;
  std::vector<std::string> sources;
};

struct Catalog {
  std::string version, date;
  std::vector<Source> sources;
  std::vector<Accelerator> accelerators;
  std::vector<Region> regions;
  std::vector<Datacenter> datacenters;
  std::vector<Run> runs;
  std::vector<Footprint> footprints;
  std::vector<InferenceReference> inference_references;
  std::vector<Equivalence> equivalences;
  std::vector<std::string> appended_json;  // run files added by append_catalog_runs(), in order

  const Source* find_source(std::string_view id) const;
  const Accelerator* find_accelerator(std::string_view id) const;
  const Region* find_region(std::string_view id) const;
  const Datacenter* find_datacenter(std::string_view id) const;
  const Run* find_run(std::string_view id) const;
  const Equivalence* find_equivalence(std::string_view id) const;
};

// The catalog embedded in this build. Parsed on first use; aborts never: a malformed embedded catalog
// is caught by the unit tests, and here yields an empty catalog plus catalog_error().
const Catalog& builtin_catalog();
const std::string& catalog_error();
// What a catalog read keeps: everything, or only the entries a scenario can name (sources,
// accelerators, regions, datacenters, runs), skipping the footprints, inference references and
// equivalences that only the app's panels show. The card reads `entries` (so its module carries no
// reader for the rest, ~0.7 KB gzip); catalog shards hold nothing else.
enum class CatalogParts { all, entries };

// A fresh copy of it, parsed again into *out, an empty catalog (for a face that changes its catalog
// and needs no pristine one; filled in place: no Catalog is moved, which the card's module then lacks).
void read_builtin_catalog(Catalog* out, CatalogParts parts = CatalogParts::all);
// The embedded JSON text itself (for `modelwatt catalog` and the web faces).
const char* builtin_catalog_json();

// Parse a catalog from JSON text into *out (every member replaced); returns false and sets *error on
// malformed input, *out then untouched.
bool parse_catalog(const std::string& text, Catalog* out, std::string* error,
                   CatalogParts parts = CatalogParts::all);

// Appends the runs (and any new sources) of a run file such as assets/epoch_runs.json:
// {"notes": {...}, "defaults": {...}, "sources": [...], "runs": [...]}, runs in the catalog's run shape,
// completed by the file's defaults and shared notes (format: assets/README.md, "Run files"). All or
// nothing: on a malformed file, an id missing or already in the catalog, returns false with *error set
// and leaves the catalog unchanged. The text must be under the 1 MiB JSON limit (core/json_read.h).
// A run whose "see_also" names a run of the catalog links it back (that run's epoch_row).
// Invalidates pointers into catalog->runs. The web app calls it when it loads the file on demand.
struct Error;
bool append_catalog_runs(Catalog* catalog, const std::string& json, Error* error);

// Run files embedded by a target (the native CLI links modelwatt_catalog_epoch, whose generated code
// calls this during static initialisation): builtin_catalog() appends them after the built-in runs.
// The web app and the embed card link none. Returns the number registered so far.
int register_builtin_catalog_runs(const char* json);
const std::vector<const char*>& builtin_catalog_runs();

}  // namespace modelwatt
