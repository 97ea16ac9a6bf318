// Catalog shards (core/catalog_shard.h): which entries a state names that a catalog lacks, and
// merging the one-entry catalogs the web faces fetch for them. Hand-written shards, so the rules are
// checked independently of the build script that writes the real ones.
#include "core/catalog_shard.h"
#include "core/estimate.h"
#include "core/scenario_parse.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

namespace {

// A kernel like the web module's: one run on one accelerator in one region.
const char* kKernel = R"({"version": "t1", "date": "2026-12-01",
  "sources": [{"id": "src", "title": "A source", "year": 2024, "url": "https://example.org"}],
  "accelerators": [{"id": "h100", "name": "H100", "peak_tflops": {"bf16": 989.5}, "tdp_w": 700, "sources": ["src"]}],
  "regions": [{"id": "us", "name": "United States", "grid_gco2e_per_kwh": 369, "year": 2023, "sources": ["src"]}],
  "runs": [{"id": "base", "name": "Base", "sources": ["src"], "scenario": {"model": {"params_total": 1e9},
           "training": {"gpu_hours": 1000, "accelerator": "h100", "region": "us", "pue": 1.1}}}]})";

// The shard of run "other": the run and the accelerator and region it names.
const char* kOtherShard = R"({"version": "t1", "date": "2026-12-01",
  "sources": [{"id": "src2", "title": "Another source", "year": 2025, "url": "https://example.org/2"}],
  "accelerators": [{"id": "a100", "name": "A100", "peak_tflops": {"bf16": 312}, "tdp_w": 400, "sources": ["src2"]}],
  "regions": [{"id": "fr", "name": "France", "grid_gco2e_per_kwh": 56, "year": 2023, "sources": ["src2"]}],
  "runs": [{"id": "other", "name": "Other", "sources": ["src2"], "scenario": {"model": {"params_total": 7e9},
           "training": {"gpu_hours": 2000, "accelerator": "a100", "region": "fr", "pue": 1.2}}}]})";

Catalog kernel() {
  Catalog c;
  std::string why;
  REQUIRE(parse_catalog(kKernel, &c, &why));
  return c;
}

Json scenarios(const char* text) {
  Json j;
  std::string why;
  REQUIRE(parse_json(text, &j, &why));
  return j;
}

std::vector<std::string> paths(const std::vector<CatalogRef>& refs) {
  std::vector<std::string> out;
  for (const CatalogRef& r : refs) out.push_back(r.path());
  return out;
}

}  // namespace

TEST_CASE("shards: only the entries the state names and the catalog lacks, each once, in order") {
  const Catalog c = kernel();
  const Json s = scenarios(R"({"scenarios": [
      {"preset": "base"},
      {"preset": "other", "training": {"accelerator": "a100", "region": "us"}},
      {"preset": "other", "inference": {"accelerator": "h100", "region": "fr", "datacenter": "google"}},
      {"training": {"accelerator": {"peak_tflops": {"bf16": 100}, "tdp_w": 300}, "region": "../x"}}]})");
  CHECK(paths(missing_catalog_refs(s, c)) ==
        std::vector<std::string>{"run/other", "accelerator/a100", "region/fr", "datacenter/google"});
  CHECK(missing_catalog_refs(scenarios(R"({"scenarios": [{"preset": "base"}]})"), c).empty());
  CHECK(missing_catalog_refs(scenarios(R"({"scenarios": 3})"), c).empty());
}

TEST_CASE("shards: a merged shard makes its run estimable with its own accelerator and region") {
  Catalog c = kernel();
  Error e;
  REQUIRE(merge_catalog_shard(&c, kOtherShard, &e));
  REQUIRE(c.find_run("other"));
  CHECK(c.find_accelerator("a100"));
  CHECK(c.find_source("src2"));
  // Merging twice changes nothing.
  REQUIRE(merge_catalog_shard(&c, kOtherShard, &e));
  CHECK(c.runs.size() == 2);
  CHECK(c.accelerators.size() == 2);
  std::vector<Scenario> s;
  REQUIRE(parse_scenarios(R"({"preset": "other"})", c, &s, &e));
  const Result r = estimate(s[0]);
  // 2,000 GPU-hours x 400 W (A100 TDP) = 800 kWh IT; x PUE 1.2 = 960 kWh; x 56 g/kWh = 53.76 kg.
  CHECK(r.training.energy_kwh == doctest::Approx(960.0));
  CHECK(r.training.co2e_kg == doctest::Approx(53.76));
}

TEST_CASE("shards: a shard of another catalog version or malformed text is refused, nothing merged") {
  Catalog c = kernel();
  Error e;
  std::string other = kOtherShard;
  other.replace(other.find("\"t1\""), 4, "\"t2\"");
  CHECK_FALSE(merge_catalog_shard(&c, other, &e));
  CHECK(e.path == "version");
  CHECK_FALSE(merge_catalog_shard(&c, "{\"version\": ", &e));
  CHECK(c.runs.size() == 1);
  CHECK(c.accelerators.size() == 1);
}

TEST_CASE("shards: an Epoch AI run comes as a one-run file and takes the file's defaults") {
  Catalog c = kernel();
  Error e;
  const char* shard = R"({"version": "t1", "date": "2026-12-01", "sources": [], "accelerators": [],
    "regions": [], "datacenters": [], "runs": [],
    "run_file": {"defaults": {"status": "estimated", "sources": ["src"]},
                 "runs": [{"id": "epoch-x", "name": "X", "year": 2025, "see_also": "base",
                           "scenario": {"model": {"params_total": 1e9}, "training": {"flops": 6e21,
                           "accelerator": "h100", "count": 8, "mfu": 0.4, "region": "us", "pue": 1.0}}}]}})";
  REQUIRE(merge_catalog_shard(&c, shard, &e));
  const Run* r = c.find_run("epoch-x");
  REQUIRE(r);
  CHECK(r->status == Status::estimated);
  CHECK(c.find_run("base")->epoch_row == "epoch-x");
  REQUIRE(merge_catalog_shard(&c, shard, &e));  // twice: still one run
  CHECK(c.runs.size() == 2);
}

TEST_CASE("shards: a shard whose run file is refused merges none of its other entries either") {
  Catalog c = kernel();
  Error e;
  std::string shard = kOtherShard;
  // The same shard plus a run file whose second run repeats the first's id: refused as a whole.
  shard.insert(shard.rfind('}'), R"(, "run_file": {"runs": [{"id": "epoch-y", "scenario": {}},
                                                               {"id": "epoch-y", "scenario": {}}]})");
  CHECK_FALSE(merge_catalog_shard(&c, shard, &e));
  CHECK(e.message() == "runs[1].id: duplicate run id \"epoch-y\"");
  CHECK(c.sources.size() == 1);
  CHECK(c.accelerators.size() == 1);
  CHECK(c.regions.size() == 1);
  CHECK(c.runs.size() == 1);
  CHECK_FALSE(c.find_run("other"));
}

TEST_CASE("catalog reads: entries only for shards and the card, every member replaced in place") {
  const char* text = R"({"version": "t2", "date": "2026-12-02",
    "sources": [{"id": "s", "title": "S", "year": 2024, "url": "https://example.org"}],
    "footprints": [{"id": "f", "run": "r", "metric": "training.energy_kwh", "published": 1, "sources": ["s"]}],
    "equivalences": [{"id": "car", "name": "Car", "quantity": "co2e_kg", "per_unit": 4600, "year": 2023,
                      "sources": ["s"]}]})";
  Catalog all, entries;
  std::string why;
  REQUIRE(parse_catalog(text, &all, &why));
  REQUIRE(parse_catalog(text, &entries, &why, CatalogParts::entries));
  CHECK(all.footprints.size() == 1);
  CHECK(all.equivalences.size() == 1);
  CHECK(all.equivalences[0].per_unit == 4600);
  CHECK(entries.sources.size() == 1);
  CHECK(entries.footprints.empty());
  CHECK(entries.equivalences.empty());
  // Read into a filled catalog: nothing of the old one stays (the kernel had a run, h100 and us).
  Catalog c = kernel();
  REQUIRE(c.find_run("base"));
  REQUIRE(parse_catalog(text, &c, &why));
  CHECK(c.version == "t2");
  CHECK(c.find_run("base") == nullptr);
  CHECK(c.find_accelerator("h100") == nullptr);
  CHECK(c.equivalences.size() == 1);
  REQUIRE(parse_catalog(text, &c, &why, CatalogParts::entries));
  CHECK(c.equivalences.empty());
  // A refused text leaves the catalog as it was.
  CHECK_FALSE(parse_catalog("[1]", &c, &why));
  CHECK(why == "catalog: must be an object");
  CHECK(c.version == "t2");
  CHECK(c.sources.size() == 1);
}
