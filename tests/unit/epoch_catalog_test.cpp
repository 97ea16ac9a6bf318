// Epoch AI's estimated runs (assets/epoch_runs.json, embedded in this binary through
// modelwatt_catalog_epoch): every run estimates, spot checks against Epoch's CSV, links to published
// runs, and append_catalog_runs() on its own.
#include <cmath>
#include <set>

#include "core/catalog_json.h"
#include "core/error.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;
using namespace modelwatt::test;

namespace {

const Run& run_named(const char* id) {
  const Run* r = builtin_catalog().find_run(id);
  INFO(id);
  REQUIRE(r);
  return *r;
}

Json embedded_epoch_file() {
  REQUIRE(builtin_catalog_runs().size() == 1);
  Json j;
  std::string error;
  REQUIRE(parse_json(builtin_catalog_runs()[0], &j, &error));
  return j;
}

}  // namespace

TEST_CASE("epoch: the embedded runs follow the built-in ones, all of them, status estimated") {
  const Catalog& c = builtin_catalog();
  CHECK(catalog_error().empty());
  const Json file = embedded_epoch_file();
  const std::size_t imported = file["imported"].get<std::size_t>();
  CHECK(imported == file["runs"].size());
  CHECK(imported >= 300);  // 345 from the April 2025 CSV; more once the catalog knows older hardware
  std::size_t first_epoch = c.runs.size(), estimated = 0;
  for (std::size_t i = 0; i < c.runs.size(); ++i)
    if (c.runs[i].status == Status::estimated) {
      first_epoch = std::min(first_epoch, i);
      ++estimated;
    }
  CHECK(estimated == imported);
  CHECK(first_epoch == c.runs.size() - imported);  // every built-in run comes first
  CHECK(c.find_source("epoch_notable") != nullptr);
}

TEST_CASE("epoch: every catalog run estimates without error and without NaN") {
  std::size_t n_fields;
  const OutputField* fields = output_fields(&n_fields);
  std::size_t checked = 0;
  for (const Run& r : builtin_catalog().runs) {
    std::vector<Scenario> out;
    Error e;
    const bool ok = parse_scenarios(R"({"preset": ")" + r.id + R"("})", builtin_catalog(), &out, &e);
    INFO(r.id << ": " << e.message());
    REQUIRE(ok);
    const Result res = estimate(out[0]);
    for (std::size_t k = 0; k < n_fields; ++k) {
      const double v = output_value(res, fields[k]);
      CHECK_MESSAGE((!has(v) || std::isfinite(v)), r.id << " " << fields[k].key);
    }
    if (r.status == Status::estimated) {
      CHECK(has(res.training.flops));
      CHECK(res.training.flops > 0);
      CHECK(has(res.training.gpu_hours));  // the run is estimable: hours, or FLOPs at an MFU
      // Physically possible: Epoch's hours are dropped when they cannot deliver its compute at peak.
      if (has(res.training.implied_mfu)) CHECK_MESSAGE(res.training.implied_mfu <= 1.0, r.id);
    }
    ++checked;
  }
  CHECK(checked == builtin_catalog().runs.size());
}

TEST_CASE("epoch: spot checks against Epoch's own values (typed from notable_ai_models.csv)") {
  // GPT-4: 2.1e+25 FLOP (Speculative), 25,000 x NVIDIA A100 SXM4 40 GB, 2,280 h, utilization 0.34,
  // training power draw 19,944,368.126 W.
  const Result gpt4 = estimate_json(R"({"preset": "epoch-gpt-4"})");
  CHECK(gpt4.training.flops == doctest::Approx(2.1e25));
  CHECK(gpt4.training.gpu_hours == doctest::Approx(25000.0 * 2280.0));
  CHECK(gpt4.training.energy_it_kwh == doctest::Approx(19944368.126 * 2280.0 / 1000.0).epsilon(1e-5));
  CHECK(gpt4.training.energy_kwh == doctest::Approx(gpt4.training.energy_it_kwh));  // PUE 1: in Epoch's power
  // implied MFU from Epoch's numbers: 2.1e25 / (5.7e7 h x 3600 x 312e12)
  CHECK(gpt4.training.implied_mfu == doctest::Approx(2.1e25 / (5.7e7 * 3600.0 * 312e12)));
  // PaLM (540B): 2.5272e+24 FLOP (Confident), 6,144 x Google TPU v4, 1,536 h.
  const Result palm = estimate_json(R"({"preset": "epoch-palm-540b"})");
  CHECK(palm.training.flops == doctest::Approx(2.5272e24));
  CHECK(palm.training.gpu_hours == doctest::Approx(6144.0 * 1536.0));
  // Llama 3.1-405B: 3.8e+25 FLOP, 16,384 x H100, 2,142 h, 22,622,532.16 W.
  const Result llama = estimate_json(R"({"preset": "epoch-llama-3-1-405b"})");
  CHECK(llama.training.flops == doctest::Approx(3.8e25));
  CHECK(llama.training.gpu_hours == doctest::Approx(16384.0 * 2142.0));
  CHECK(llama.training.energy_it_kwh == doctest::Approx(22622532.16 * 2142.0 / 1000.0).epsilon(1e-5));
}

TEST_CASE("epoch: confidence becomes a loguniform range on the compute") {
  Scenario gpt4 = parse_one(R"({"preset": "epoch-gpt-4"})");  // Speculative: x30 either side
  const Provenance& p = gpt4.provenance.at("training.flops");
  CHECK(p.status == Status::estimated);
  CHECK(p.sources == std::vector<std::string>{"epoch_notable"});
  CHECK(p.range.loguniform);
  CHECK(p.range.low == doctest::Approx(2.1e25 / 30));
  CHECK(p.range.high == doctest::Approx(2.1e25 * 30));
  CHECK(p.note.find("Speculative") != std::string::npos);  // the shared note "@conf_speculative" expanded
  Scenario palm = parse_one(R"({"preset": "epoch-palm-540b"})");  // Confident: x3
  CHECK(palm.provenance.at("training.flops").range.high == doctest::Approx(2.5272e24 * 3));
  // Fields without their own provenance entry take the run's status: estimated, not disclosed.
  CHECK(palm.provenance.at("training.count").status == Status::estimated);
  CHECK(std::string(status_name(Status::estimated)) == "estimated");
}

TEST_CASE("epoch: the grid is the organization's country, assumed, with a range over the listed ones") {
  // PaLM: Epoch lists Multinational, United States of America, Canada, Switzerland -> us first.
  Scenario palm = parse_one(R"({"preset": "epoch-palm-540b"})");
  CHECK(palm.training.hw.region_id == "us");
  const Provenance& g = palm.provenance.at("training.grid_gco2e_per_kwh");
  CHECK(g.status == Status::assumed);
  REQUIRE(g.range.present());
  const Catalog& c = builtin_catalog();
  CHECK(g.range.mode == doctest::Approx(c.find_region("us")->grid_gco2e_per_kwh));
  CHECK(g.range.low == doctest::Approx(c.find_region("ch")->grid_gco2e_per_kwh));      // cleanest listed
  CHECK(g.range.high == doctest::Approx(c.find_region("world")->grid_gco2e_per_kwh));  // world average
  // The user's own region drops the preset's range.
  Scenario fr = parse_one(R"({"preset": "epoch-palm-540b", "training": {"region": "fr"}})");
  CHECK(fr.provenance.at("training.grid_gco2e_per_kwh").status == Status::user);
  CHECK_FALSE(fr.provenance.at("training.grid_gco2e_per_kwh").range.present());
}

TEST_CASE("epoch: a published run wins and the two are linked") {
  CHECK(run_named("epoch-llama-3-1-405b").see_also == "llama-3.1-405b");
  CHECK(run_named("llama-3.1-405b").epoch_row == "epoch-llama-3-1-405b");
  CHECK(run_named("llama-3.1-405b").status == Status::disclosed);
  CHECK(run_named("epoch-gpt-4").see_also.empty());
  CHECK(run_named("epoch-gpt-4").url == "https://arxiv.org/abs/2303.08774");
  CHECK(run_named("epoch-gpt-4").organization == "OpenAI");
}

TEST_CASE("append_catalog_runs: notes, defaults, sources, links; all or nothing") {
  Catalog c;
  std::string err;
  REQUIRE(parse_catalog(builtin_catalog_json(), &c, &err));
  const std::size_t before = c.runs.size();
  const std::string file = R"({"notes": {"n": "Shared note.", "m": "MFU note."},
    "defaults": {"status": "estimated", "sources": ["x_src"], "note": "Default note.",
                 "provenance": {"training.mfu": {"status": "assumed", "note": "@m"}, "training.count": {"note": "unused"}}},
    "sources": [{"id": "x_src", "title": "X", "year": 2025, "url": "https://x"}],
    "runs": [{"id": "x-run", "name": "X", "see_also": "gpt-3",
              "scenario": {"training": {"flops": 1e21, "accelerator": "h100", "mfu": 0.4}},
              "provenance": {"training.flops": {"note": "@n and more"}, "training.accelerator": {"note": "@missing"}}},
             {"id": "y-run", "name": "Y", "status": "disclosed", "note": "Own note.",
              "scenario": {"training": {"flops": 1e21, "accelerator": "h100", "mfu": 0.3}},
              "provenance": {"training.mfu": {"status": "disclosed", "note": ""}, "training.count": {"locator": "p. 2"}}},
             {"id": "z-run", "name": "Z", "scenario": {"training": {"flops": 1e21, "accelerator": "h100", "mfu": 0.3}},
              "provenance": []}]})";
  Error e;
  REQUIRE(append_catalog_runs(&c, file, &e));
  REQUIRE(c.runs.size() == before + 3);
  const Run& x = c.runs[before];
  CHECK(x.status == Status::estimated);  // from the defaults
  CHECK(x.sources == std::vector<std::string>{"x_src"});
  CHECK(x.note == "Default note.");
  CHECK(x.provenance.at("training.flops").note == "Shared note. and more");
  CHECK(x.provenance.at("training.flops").status == Status::estimated);
  CHECK(x.provenance.at("training.accelerator").note == "@missing");  // unknown keys stay as written
  CHECK(x.provenance.at("training.mfu").status == Status::assumed);   // default entry, note expanded
  CHECK(x.provenance.at("training.mfu").note == "MFU note.");
  CHECK(x.provenance.count("training.count") == 0);  // the scenario has no count: no default entry
  const Run& y = c.runs[before + 1];
  CHECK(y.status == Status::disclosed);
  CHECK(y.note == "Own note.");
  CHECK(y.provenance.at("training.mfu").status == Status::disclosed);  // its own keys win
  CHECK(y.provenance.at("training.mfu").note.empty());
  CHECK(y.provenance.at("training.count").locator == "p. 2");  // an entry of its own: default keys merged in
  CHECK(y.provenance.at("training.count").note == "unused");
  CHECK(c.runs[before + 2].provenance.empty());  // a malformed provenance list is ignored, never thrown
  CHECK(c.find_run("gpt-3")->epoch_row == "x-run");
  CHECK(c.find_source("x_src") != nullptr);
  const Json out = catalog_to_json(c);
  CHECK(out["runs"][before]["provenance"]["training.flops"]["note"] == "Shared note. and more");
  CHECK(out["runs"][before]["provenance"]["training.mfu"]["note"] == "MFU note.");
  CHECK(out["runs"][before]["status"] == "estimated");

  // A duplicate id, a malformed file, a missing list: refused, catalog unchanged.
  const std::size_t after = c.runs.size(), sources = c.sources.size();
  CHECK_FALSE(append_catalog_runs(&c, file, &e));
  CHECK(e.message() == "runs[0].id: duplicate run id \"x-run\"");
  CHECK_FALSE(append_catalog_runs(&c, R"({"runs": [{"id": "ok"}, {"name": "no id"}]})", &e));
  CHECK(e.message() == "runs[1].id: missing");
  CHECK_FALSE(append_catalog_runs(&c, "{\"runs\": [", &e));
  CHECK_FALSE(append_catalog_runs(&c, R"({"runs": {}})", &e));
  CHECK(e.message() == "runs: must be a list");
  CHECK(c.runs.size() == after);
  CHECK(c.sources.size() == sources);
  CHECK(c.find_run("ok") == nullptr);
}
