// Catalog parsing: the built-in catalog alone, and with Epoch AI's estimated runs appended (the whole
// catalog the native CLI parses on first use). Budget (issue 9): <= 20 ms natively.
#include <benchmark/benchmark.h>

#include "core/catalog.h"
#include "core/error.h"
#include "core/json_read.h"

using namespace modelwatt;

static void BM_ParseCatalog(benchmark::State& state) {
  for (auto _ : state) {
    Catalog c;
    std::string error;
    parse_catalog(builtin_catalog_json(), &c, &error);
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK(BM_ParseCatalog)->Unit(benchmark::kMillisecond);

static void BM_ParseCatalogWithEpoch(benchmark::State& state) {
  for (auto _ : state) {
    Catalog c;
    std::string error;
    parse_catalog(builtin_catalog_json(), &c, &error);
    for (const char* runs : builtin_catalog_runs()) {
      Error e;
      append_catalog_runs(&c, runs, &e);
    }
    benchmark::DoNotOptimize(c);
  }
  state.counters["runs"] = static_cast<double>(builtin_catalog().runs.size());
}
BENCHMARK(BM_ParseCatalogWithEpoch)->Unit(benchmark::kMillisecond);

// The JSON text of the Epoch run file alone (the share of BM_ParseCatalogWithEpoch spent in the DOM).
static void BM_ParseEpochJsonOnly(benchmark::State& state) {
  const std::string text = builtin_catalog_runs().empty() ? "{}" : builtin_catalog_runs()[0];
  for (auto _ : state) {
    Json j;
    std::string error;
    parse_json(text, &j, &error);
    benchmark::DoNotOptimize(j);
  }
}
BENCHMARK(BM_ParseEpochJsonOnly)->Unit(benchmark::kMillisecond);
