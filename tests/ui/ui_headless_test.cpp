// Runs the shared UI headless (ImPlot-CI style: an ImGui context, a built font atlas, no window):
// every panel, both languages, both themes, linear/log, phone to 2560 px widths at DPR 1-3, with the
// explain popup open and a refused edit. imgui's asserts are on (tests/ui and ui/ build -UNDEBUG).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <chrono>

#include "core/catalog.h"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui: inspect the popup stack between frames
#include "tests/ui/headless.h"
#include "ui/ui.h"

using namespace modelwatt;

namespace {

using test::Headless;

int g_vertices = 0;

void frame(AppState* app, float w, float h, float ratio, ImVec2 mouse = ImVec2(-1e7f, -1e7f), bool down = false) {
  test::frame(app, w, h, ratio, mouse, down);
  g_vertices = ImGui::GetDrawData()->TotalVtxCount;
}

}  // namespace

TEST_CASE("every panel renders in both languages, themes and scales, phone to monitor") {
  Headless ctx;
  AppState app;
  init_app_state(&app, builtin_catalog());
  const Panel panels[] = {Panel::compare, Panel::assumptions, Panel::inference, Panel::uncertainty, Panel::sources,
                          Panel::validation};
  const float sizes[][3] = {{390, 844, 3}, {1280, 800, 1}, {2560, 1440, 2}};
  int frames = 0;
  for (Lang lang : {Lang::en, Lang::it})
    for (ThemeChoice theme : {ThemeChoice::light, ThemeChoice::dark})
      for (ChartScale scale : {ChartScale::linear, ChartScale::log})
        for (Panel p : panels)
          for (const auto& s : sizes) {
            app.lang = lang;
            app.theme = theme;
            app.scale = scale;
            app.panel = p;
            for (int i = 0; i < 3; ++i, ++frames) frame(&app, s[0], s[1], s[2]);
            CHECK(g_vertices > 500);  // something substantial was drawn
          }
  CHECK(frames >= 432);
}

TEST_CASE("explain popup, mouse input, added scenarios and a refused edit stay consistent") {
  Headless ctx;
  AppState app;
  init_app_state(&app, builtin_catalog());
  add_slot(&app);
  add_slot(&app);
  REQUIRE(app.edit.slots.size() == 4);
  const double pue = app.edit.slots[0].scenario.training.pue;
  CHECK_FALSE(set_field(&app, 0, "training", "pue", 0.8));
  CHECK(app.edit.slots[0].messages.at("training.pue") == "Must be at least 1 (read as 0.8).");
  CHECK(app.edit.slots[0].scenario.training.pue == pue);  // the previous value stays in force
  for (Lang lang : {Lang::en, Lang::it}) {
    app.lang = lang;
    for (const char* key : {"training.energy_kwh", "training.co2e_total_kg", "inference.energy_wh_per_query",
                            "lifecycle.breakeven_days", "training.gpu_hours"}) {
      app.explain = {true, 1, key};
      for (int i = 0; i < 4; ++i) frame(&app, 1280, 800, 1);
      CHECK(GImGui->OpenPopupStack.Size == 1);  // the explain modal is open
    }
    // Sweep the mouse over the assumptions panel (hover tooltips, badges), pressing at the end.
    app.panel = Panel::assumptions;
    for (int y = 0; y < 800; y += 10) frame(&app, 1280, 800, 1, ImVec2(300 + y % 700, float(y)), y % 100 == 0);
  }
  CHECK(app.edit.slots.size() == 4);
}

TEST_CASE("core work per slider change is reported (budget 1 ms, measured, not asserted)") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  const auto t0 = std::chrono::steady_clock::now();
  const int n = 200;
  for (int i = 0; i < n; ++i) set_field(&app, 0, "inference", "utilization", 0.05 + 0.004 * i);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / n;
  MESSAGE("core ms per slider change: " << ms);  // a benchmark figure; no timing asserts in tests
  REQUIRE(app.edit.slots[0].scenario.inference.present);
  CHECK(app.edit.slots[0].scenario.inference.utilization == doctest::Approx(0.05 + 0.004 * (n - 1)));
}
