// App state without ImGui: the UI builds scenario JSON and lets the core validate and compute.
#include <doctest/doctest.h>

#include "core/catalog.h"
#include "core/chart_layout.h"
#include "core/equivalences.h"
#include "core/i18n.h"
#include "core/json_read.h"
#include "ui/app_state.h"

using namespace modelwatt;

TEST_CASE("opens on DeepSeek-V3 against Llama 3.1 405B, the baseline") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  REQUIRE(app.edit.slots.size() == 2);
  CHECK(app.edit.slots[0].preset == "llama-3.1-405b");
  CHECK(app.edit.slots[1].preset == "deepseek-v3");
  CHECK(app.edit.slots[0].result.training.gpu_hours == doctest::Approx(30840000));  // Meta's model card
  CHECK(app.edit.slots[1].result.training.gpu_hours == doctest::Approx(2788000));   // DeepSeek-V3 report
}

TEST_CASE("a refused edit changes nothing else; reset returns to published") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  const double before = app.edit.slots[0].result.training.energy_kwh;
  CHECK_FALSE(set_field(&app, 0, "training", "mfu", 1.5));
  CHECK(app.edit.slots[0].result.training.energy_kwh == before);
  CHECK(set_field(&app, 0, "training", "pue", 2.0));
  CHECK(app.edit.slots[0].scenario.provenance.at("training.pue").status == Status::user);
  reset_field(&app, 0, "training", "pue");
  CHECK(app.edit.slots[0].result.training.energy_kwh == doctest::Approx(before));
}

TEST_CASE("load() takes a scenario or a batch and results() is the contract JSON") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  CHECK(load_scenarios(&app, R"({"scenarios":[{"preset":"gpt-3"},{"preset":"bloom-176b"},{"preset":"deepseek-v3"}]})") == "");
  CHECK(app.edit.slots.size() == 3);
  Json j;
  std::string err;
  REQUIRE(parse_json(results_json(app), &j, &err));
  CHECK(j["results"].size() == 3);
  CHECK(j.contains("comparison"));
  CHECK(load_scenarios(&app, R"({"preset":"nope"})").find("preset") != std::string::npos);
  CHECK(app.edit.slots.size() == 3);  // a refused load keeps the screen as it was
}

TEST_CASE("chart layout: ratios, log decades, stacked parts") {
  ChartOptions opt;
  ChartLayout lin = layout_bar_chart({{"a", 10, {}}, {"b", 110, {}}}, opt);
  CHECK(lin.bars[1].ratio == doctest::Approx(11));
  CHECK(lin.domain_max >= 110);
  CHECK(lin.bars[1].x1 <= 1.0);
  opt.scale = ChartScale::log;
  ChartLayout log = layout_bar_chart({{"a", 0.3, {}}, {"b", 300, {0.1, 299.9}}, {"c", kNone, {}}}, opt);
  CHECK(log.domain_min == doctest::Approx(0.01));
  CHECK(log.domain_max == doctest::Approx(1000));
  CHECK(log.bars[1].segments.size() == 2);
  CHECK_FALSE(log.bars[2].present);
  CHECK(log.bars[0].x1 > 0);
}

TEST_CASE("every UI key has both languages; equivalences are catalog-driven") {
  for (const char* k : {"nav.compare", "compare.headline", "field.training.pue", "out.training.co2e_total_kg", "badge.user"})
    CHECK(has_tr(k));
  CHECK(std::string(tr("nav.sources", Lang::it)) == "Fonti e metodo");
  CHECK(fill("{0} + {1}", {"a", "b"}) == "a + b");
  const auto eq = equivalences_for(builtin_catalog(), 10715, kNone);
  REQUIRE_FALSE(eq.empty());
  CHECK(eq.front().count == doctest::Approx(1.0));
}
