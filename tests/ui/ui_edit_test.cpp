// The ImGui face on the core's editing model, driven headless by imgui input events (characters and
// keys, no window): text is committed on Enter or blur, never per keystroke; a refused text leaves
// the previous value in force with the core's message at the field; the serving setup, "derive
// instead", reference changes, labels; keyboard navigation; tooltips sized in em.
#include <doctest/doctest.h>

#include <string>

#include "core/catalog.h"
#include "core/edit/view_model.h"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui: the active item and the tooltip windows
#include "tests/ui/headless.h"
#include "ui/field_row.h"
#include "ui/ui.h"

using namespace modelwatt;

namespace {

const int kEnter = ImGuiKey_Enter, kTab = ImGuiKey_Tab, kEscape = ImGuiKey_Escape;

struct EditUi {
  test::Headless ctx;
  AppState app;
  EditUi() {
    init_app_state(&app, builtin_catalog());
    app.panel = Panel::assumptions;
    // Edit DeepSeek-V3 (its PUE and MFU are assumed, its GPU-hours published); Llama 3.1 405B is
    // the baseline in slot 0.
    for (int i = 0; i < static_cast<int>(app.edit.slots.size()); ++i)
      if (app.edit.slots[i].preset == "deepseek-v3") app.active_slot = i;
  }
  // One frame with typed characters and/or one key held down for that frame.
  void frame(const char* chars = nullptr, int key = -1) {
    if (chars) ImGui::GetIO().AddInputCharactersUTF8(chars);
    test::hold_key(key);
    test::frame(&app, 1280, 2400, 1);  // tall: every field of the panel on screen
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) frame();
  }
  // Gives a field the keyboard as Tab would (its text then selected whole, so typing replaces it).
  void focus(const char* path) {
    app.focus_field = path;
    frames(3);
  }
  const EditSlot& slot() const { return app.edit.slots[app.active_slot]; }
  const Json& view() { return cached_slot_view(&app, app.active_slot); }
  std::string shown(const char* path) { return json_string(*find_view_field(view(), path), "text"); }
};

}  // namespace

TEST_CASE("a typed value reaches the engine only on Enter") {
  EditUi ui;
  ui.frames(2);
  const double pue_before = ui.slot().scenario.training.pue;
  REQUIRE(pue_before != doctest::Approx(1.35));
  const double energy_it = ui.slot().result.training.energy_it_kwh;
  ui.focus("training.pue");
  REQUIRE(ImGui::IsAnyItemActive());
  REQUIRE(ui.app.draft.path == "training.pue");
  // Keystroke by keystroke: "1", "1.", "1.3", "1.35" — none of them is applied (the old UI applied
  // each, so 1.35 passed through 1 and 13).
  for (const char* c : {"1", ".", "3", "5"}) {
    ui.frame(c);
    CHECK(ui.slot().scenario.training.pue == pue_before);
  }
  ui.frames(5);  // still typing, nothing committed
  CHECK(ui.app.draft.text == "1.35");
  CHECK(ui.slot().scenario.training.pue == pue_before);
  CHECK_FALSE(ui.slot().overrides.contains("training"));
  ui.frame(nullptr, kEnter);
  ui.frames(2);
  CHECK(ui.slot().scenario.training.pue == 1.35);
  CHECK(ui.slot().scenario.provenance.at("training.pue").status == Status::user);
  // Facility energy = IT energy × PUE, the IT energy unchanged.
  CHECK(ui.slot().result.training.energy_kwh == doctest::Approx(energy_it * 1.35));
  CHECK(ui.shown("training.pue") == "1.35");  // what the field shows is what the engine uses
  CHECK(ui.app.draft.path.empty());
  CHECK_FALSE(ImGui::IsAnyItemActive());
}

TEST_CASE("Italian input: \"1,45\" is 1.45 and \"4.096\" is 4096 accelerators") {
  EditUi ui;
  ui.app.lang = Lang::it;
  ui.frames(2);
  REQUIRE(ui.slot().scenario.training.pue != 1.45);
  ui.focus("training.pue");
  ui.frame("1,45");
  ui.frame(nullptr, kEnter);
  CHECK(ui.slot().scenario.training.pue == 1.45);
  CHECK(ui.shown("training.pue") == "1,45");
  REQUIRE(ui.slot().scenario.training.count == 2048);
  ui.focus("training.count");
  ui.frame("4.096");
  ui.frame(nullptr, kEnter);
  CHECK(ui.slot().scenario.training.count == 4096);
}

TEST_CASE("a refused text leaves the previous value and shows the core's message at the field") {
  EditUi ui;
  ui.frames(2);
  const double pue = ui.slot().scenario.training.pue;
  const std::string before = ui.shown("training.pue");
  ui.focus("training.pue");
  ui.frame("0.8");
  ui.frame(nullptr, kEnter);
  ui.frames(2);
  CHECK(ui.slot().scenario.training.pue == pue);
  CHECK(ui.shown("training.pue") == before);
  const Json* f = find_view_field(ui.view(), "training.pue");
  CHECK(json_string(*f, "message") == "Must be at least 1 (read as 0.8).");
  // Not a number at all: the message says how the text was read, the value stays.
  ui.focus("training.pue");
  ui.frame("1,2,3");
  ui.frame(nullptr, kEnter);
  CHECK(ui.slot().scenario.training.pue == pue);
  CHECK(ui.slot().messages.at("training.pue").find("1,2,3") != std::string::npos);
  // A good value clears the message.
  ui.focus("training.pue");
  ui.frame("1.3");  // the old text is selected on focus: typing replaces it
  ui.frame(nullptr, kEnter);
  CHECK(ui.slot().scenario.training.pue == 1.3);
  CHECK(ui.slot().messages.count("training.pue") == 0);
}

TEST_CASE("leaving a field commits it; Escape and an unchanged field change nothing") {
  EditUi ui;
  ui.frames(2);
  ui.focus("training.pue");
  ui.frame("1.4");
  ui.frame(nullptr, kTab);  // Tab to the next field: a blur
  ui.frames(2);
  CHECK(ui.slot().scenario.training.pue == 1.4);
  ui.focus("training.pue");
  ui.frame("1.9");
  ui.frame(nullptr, kEscape);
  ui.frames(2);
  CHECK(ui.slot().scenario.training.pue == 1.4);
  CHECK(ui.shown("training.pue") == "1.4");
  // Focus and leave a field never typed in: it does not become "yours".
  ui.focus("training.mfu");
  ui.frame(nullptr, kTab);
  ui.frames(2);
  const Json& o = ui.slot().overrides;
  CHECK_FALSE((o.contains("training") && o["training"].contains("mfu")));
}

TEST_CASE("switching panel while typing commits the draft, as any blur") {
  EditUi ui;
  ui.frames(2);
  ui.focus("training.pue");
  ui.frame("1.6");
  ui.app.panel = Panel::compare;  // as a click on the navigation would
  ImGui::ClearActiveID();         // the click took the keyboard
  ui.frames(2);
  CHECK(ui.slot().scenario.training.pue == 1.6);
  CHECK(ui.app.draft.path.empty());
}

TEST_CASE("any scenario gets a serving setup, badged assumed") {
  EditUi ui;
  REQUIRE(load_scenarios(&ui.app, R"({"scenarios": [{"preset": "gpt-3"}]})") == "");
  ui.app.panel = Panel::inference;
  ui.frames(2);
  CHECK_FALSE(ui.slot().scenario.inference.present);
  CHECK(find_view_field(ui.view(), "inference.queries_per_day") == nullptr);
  REQUIRE(commit_add_inference(&ui.app, ui.app.active_slot).ok);  // what "Add a serving setup" does
  ui.frames(3);
  REQUIRE(ui.slot().scenario.inference.present);
  const Json* q = find_view_field(ui.view(), "inference.queries_per_day");
  REQUIRE(q != nullptr);
  CHECK(json_string(*q, "text").empty());  // the fleet's size is the user's to give
  const Json* in = find_view_field(ui.view(), "inference.input_tokens");
  REQUIRE(in != nullptr);
  CHECK(json_string(*in, "status") == "assumed");
  CHECK(ui.slot().result.inference.energy_wh_per_query > 0);
}

TEST_CASE("derive instead: the published GPU-hours switched off from the face") {
  EditUi ui;
  ui.frames(2);
  const Json view = ui.view();
  REQUIRE(view["compute"]["available"] == true);
  REQUIRE(view["compute"]["used"] == true);
  CHECK(ui.slot().scenario.provenance.at("training.gpu_hours").status == Status::disclosed);
  REQUIRE(commit_use_disclosed_compute(&ui.app, ui.app.active_slot, false).ok);  // the checkbox
  ui.frames(2);
  const Json after = ui.view();
  CHECK(after["compute"]["used"] == false);
  // Derived from 6·N·D at the run's implied MFU, so nothing jumps: DeepSeek-V3's 2.788M GPU-hours.
  CHECK(ui.slot().result.training.gpu_hours == doctest::Approx(2788000).epsilon(0.01));
  CHECK_FALSE(has(ui.slot().scenario.training.gpu_hours));  // no longer an input
  const Json* h = find_view_field(after, "training.gpu_hours");
  CHECK(json_string(*h, "text").empty());
  CHECK(json_string(*h, "derived") == "derived: 2.79M GPU-h");
}

TEST_CASE("a new accelerator brings its power along and says so") {
  EditUi ui;
  REQUIRE(load_scenarios(&ui.app, R"({"scenarios": [{"preset": "llama-2-7b"}]})") == "");
  ui.frames(2);
  CHECK(ui.slot().scenario.training.power_w == 400);
  REQUIRE(commit_reference(&ui.app, ui.app.active_slot, "training.accelerator", "h100").ok);  // the combo
  ui.frames(2);
  // The engine now uses the H100's 700 W TDP: IT energy = GPU-hours × 700 W.
  const TrainingResult& t = ui.slot().result.training;
  CHECK(t.energy_it_kwh == doctest::Approx(t.gpu_hours * 700 / 1000));
  // ... and the face says so: the field's hint and the notice name 700 W, not "not set".
  const Json view = ui.view();
  CHECK(json_string(*find_view_field(view, "training.power_w"), "derived") == "derived: 700 W");
  REQUIRE_FALSE(view["notices"].empty());
  CHECK(view["notices"][0].get<std::string>().find("700 W (was 400 W)") != std::string::npos);
}

TEST_CASE("an unlabelled scenario is numbered from 1, as in the CLI") {
  EditUi ui;
  REQUIRE(load_scenarios(&ui.app, R"({"scenarios": [{"preset": "gpt-3"}, {"model": {"params_total": 1e9},
      "training": {"tokens": 2e10, "accelerator": "h100", "count": 8, "mfu": 0.4}}]})") == "");
  ui.frames(2);
  CHECK(slot_label(ui.app.edit.slots[1]) == "Scenario 2");
}

TEST_CASE("keyboard navigation is on; tooltips stay a few em whatever the pointer") {
  EditUi ui;
  ui.app.panel = Panel::compare;
  ui.frames(1);
  CHECK((ImGui::GetIO().ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) != 0);
  // A pointer resting where the window opened, here on the GPU-hours bar of Llama 3.1 405B: no
  // tooltip nobody asked for. Nudged by one pixel, the bar's tooltip appears (so the spot is one).
  auto tooltips = [] {
    int n = 0;
    for (ImGuiWindow* w : GImGui->Windows) n += w->Active && (w->Flags & ImGuiWindowFlags_Tooltip);
    return n;
  };
  for (int i = 0; i < 4; ++i) test::frame(&ui.app, 1280, 800, 1, ImVec2(900, 303));
  CHECK(tooltips() == 0);
  for (int i = 0; i < 2; ++i) test::frame(&ui.app, 1280, 800, 1, ImVec2(901, 303));
  CHECK(tooltips() == 1);
  // Moving over every panel: each tooltip is at most 30 em wide (28 em wrap plus padding) and
  // shorter than 20 em (the start-up one was ~48 em tall for 4 lines).
  const float em = 16;
  int seen = 0;
  for (Panel p :
       {Panel::compare, Panel::assumptions, Panel::inference, Panel::uncertainty, Panel::validation}) {
    ui.app.panel = p;
    for (int y = 40; y < 800; y += 23)
      for (int k = 0; k < 2; ++k) {
        test::frame(&ui.app, 1280, 800, 1, ImVec2(float(200 + (y * 7) % 900 + k), float(y)));
        for (ImGuiWindow* w : GImGui->Windows)
          if (w->Active && (w->Flags & ImGuiWindowFlags_Tooltip) && w->Size.x > 0) {
            ++seen;
            CHECK(w->Size.x <= 30 * em);
            CHECK(w->Size.y <= 20 * em);
          }
      }
  }
  CHECK(seen > 10);  // the sweep did meet tooltips
}

TEST_CASE("the starts-from lists offer published runs; an estimated one only once a scenario uses it") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  int published = 0, offered = 0;
  const Run* estimated = nullptr;
  for (const Run& r : builtin_catalog().runs) {
    published += r.status != Status::estimated;
    offered += offered_run(app, r);
    if (r.status == Status::estimated && !estimated) estimated = &r;
  }
  CHECK(offered == published);
  CHECK(published >= 20);
  if (!estimated) return;  // a catalog without Epoch AI's runs
  CHECK_FALSE(offered_run(app, *estimated));
  set_slot_preset(&app, 1, estimated->id);
  REQUIRE(app.edit.slots[1].preset == estimated->id);
  CHECK(offered_run(app, *estimated));
}
