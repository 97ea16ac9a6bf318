// Share / export (issue 4) headless: the popup in both languages, its actions through recording
// platform hooks, URL state round trips through the app state, and bad links.
#include <doctest/doctest.h>

#include <array>
#include <map>

#include "core/card.h"
#include "core/catalog.h"
#include "core/embed_snippet.h"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui: the popup stack
#include "ui/field_row.h"
#include "ui/share.h"
#include "tests/ui/headless.h"
#include "ui/ui.h"
#include "ui/url_sync.h"

using namespace modelwatt;

namespace {

struct Saved {
  std::string mime, data;
};
std::map<std::string, Saved> g_saved;

bool record(const std::string& name, const std::string& mime, const std::string& data, std::string* shown, std::string*) {
  g_saved[name] = {mime, data};
  *shown = "/tmp/" + name;
  return true;
}

bool record_png(const std::string& name, const std::string& svg, std::string*, std::string*) {
  g_saved[name] = {"image/png", svg};
  return true;
}

void new_context() {
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
}

void frame(AppState* app, float w, float h, float ratio) { test::frame(app, w, h, ratio); }

}  // namespace

TEST_CASE("the share popup renders in both languages, phone to desktop, with every action's outcome") {
  new_context();
  ExportHooks hooks;
  hooks.save = record;
  hooks.save_png = record_png;
  hooks.base_url = "https://example.org/modelwatt/";
  set_export_hooks(hooks);
  AppState app;
  init_app_state(&app, builtin_catalog());
  for (Lang lang : {Lang::en, Lang::it})
    for (const auto& s : {std::array<float, 3>{390, 844, 3}, std::array<float, 3>{1280, 800, 1}}) {
      app.lang = lang;
      app.share.open = true;
      for (const char* kind : {"link", "svg", "csv", "md"}) {
        CHECK(share_action(&app, kind));
        for (int i = 0; i < 3; ++i) frame(&app, s[0], s[1], s[2]);
        CHECK(GImGui->OpenPopupStack.Size == 1);  // the popup stays open, status line drawn
        CHECK(ImGui::GetDrawData()->TotalVtxCount > 500);
      }
    }
  // Same outcome as the buttons: the link and the snippet on the clipboard, files through the hook.
  CHECK(share_action(&app, "link"));
  CHECK(std::string(ImGui::GetClipboardText()) == "https://example.org/modelwatt/index.html?v=1&s=llama-3.1-405b,deepseek-v3&metric=gpu_hours");
  CHECK(share_action(&app, "embed"));
  CHECK(std::string(ImGui::GetClipboardText()).rfind("<iframe src=\"https://example.org/modelwatt/embed.html?v=1&amp;s=", 0) == 0);
  for (const char* kind : {"png", "svg", "csv", "json", "md", "tex"}) CHECK(share_action(&app, kind));
  CHECK(g_saved.at("modelwatt-gpu_hours.svg").data.rfind("<svg", 0) == 0);
  CHECK(g_saved.at("modelwatt-gpu_hours.png").data.rfind("<svg", 0) == 0);  // the platform rasterises it
  CHECK(g_saved.at("modelwatt-results.csv").data.rfind("section,metric,unit,Llama 3.1 405B,DeepSeek-V3", 0) == 0);
  CHECK(g_saved.at("modelwatt-results.json").mime == "application/json");
  CHECK(g_saved.at("modelwatt-results.json").data.find("\"results\"") != std::string::npos);
  CHECK(g_saved.at("modelwatt-paper.md").data.find("DeepSeek-V3") != std::string::npos);
  CHECK(g_saved.at("modelwatt-paper.tex").data.find("\\cite") != std::string::npos);
  CHECK(app.share.status_key == "share.saved");
  CHECK(app.share.status_arg == "/tmp/modelwatt-paper.tex");
  // Italian exports speak Italian (the language on screen).
  CHECK(g_saved.at("modelwatt-paper.md").data.find("addestramento") != std::string::npos);
  // A platform without a rasteriser: PNG refused with a reason, the button shown disabled.
  hooks.save_png = nullptr;
  set_export_hooks(hooks);
  CHECK_FALSE(share_action(&app, "png"));
  CHECK(app.share.status_key == "share.failed");
  app.share.open = true;
  for (int i = 0; i < 3; ++i) frame(&app, 390, 844, 3);
  ImGui::DestroyContext();
}

TEST_CASE("the embed snippet is the one `modelwatt share --embed` prints") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  ExportHooks hooks;
  set_export_hooks(hooks);
  Card card;
  Error e;
  REQUIRE(card_from_json(R"({"scenarios":[{"preset":"llama-3.1-405b"},{"preset":"deepseek-v3"}]})", UrlState{},
                         builtin_catalog(), &card, &e));
  CHECK(share_text(app, "embed") == embed_snippet(card, ""));
}

TEST_CASE("URL state round trip through the app state") {
  AppState a;
  init_app_state(&a, builtin_catalog());
  add_slot(&a);
  REQUIRE(set_field(&a, 0, "training", "pue", 1.3));
  REQUIRE(set_field(&a, 1, "training", "mfu", 0.35));
  REQUIRE(set_field(&a, 1, "training", "gpu_hours", Json(nullptr)));
  set_label(&a, 2, "<img src=x onerror=alert(1)>");
  set_slot_preset(&a, 2, "");  // a custom copy: every value travels in the link
  a.share.metric = "energy";
  a.scale = ChartScale::log;
  a.theme = ThemeChoice::dark;
  a.lang = Lang::it;
  a.share.lang_pinned = true;
  std::string q;
  Error e;
  REQUIRE(app_query(a, &q, &e));
  CHECK(q.find("s0.training.pue=1.3") != std::string::npos);
  CHECK(q.find("s1.training.gpu_hours=&") != std::string::npos);
  CHECK(q.find("metric=energy&view=log&lang=it&theme=dark") != std::string::npos);
  AppState b;
  init_app_state(&b, builtin_catalog());
  CHECK(apply_query(&b, "https://example.org/index.html?" + q + "&utm_source=x") == "");
  CHECK(results_json(b) == results_json(a));
  CHECK(b.share.metric == "energy");
  CHECK(b.scale == ChartScale::log);
  CHECK(b.theme == ThemeChoice::dark);
  CHECK(b.lang == Lang::it);
  std::string q2;
  REQUIRE(app_query(b, &q2, &e));
  CHECK(q2 == q);
}

TEST_CASE("a bad link keeps the default comparison and the core's message; tracking-only links are no links") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  const std::string before = results_json(app);
  CHECK(open_link(&app, "?v=1&s=deepseek-v3&s0.training.pue=0.8") == "s0.training.pue: must be >= 1 (got 0.8)");
  CHECK(app.share.link_error == "s0.training.pue: must be >= 1 (got 0.8)");
  CHECK(open_link(&app, "v=2&s=gpt-3").find("unsupported version") != std::string::npos);
  CHECK(open_link(&app, "v=1&s=a,b,c,d,e").find("s") == 0);
  CHECK(open_link(&app, "v=1&s=gpt-3,gpt-3,gpt-3,gpt-3,gpt-3").find("at most 4") != std::string::npos);
  CHECK(results_json(app) == before);
  CHECK(app.lang == Lang::en);
  CHECK(open_link(&app, "v=1&s=gpt-3&metric=gpu_hour&lang=it").find("metric: unknown metric") == 0);
  CHECK(app.lang == Lang::it);  // a refused link still speaks its language
  CHECK(results_json(app) == before);
  CHECK(open_link(&app, "utm_source=news&fbclid=1") == "");
  CHECK(open_link(&app, "nowebgl") == "");
  CHECK(app.share.link_error.empty());
  CHECK(results_json(app) == before);
  // The bad link's notice renders (both languages) and Dismiss clears it.
  new_context();
  app.share.link_error = "v: unsupported version \"2\"";
  for (Lang lang : {Lang::en, Lang::it}) {
    app.lang = lang;
    for (int i = 0; i < 2; ++i) frame(&app, 390, 844, 3);
  }
  ImGui::DestroyContext();
}

TEST_CASE("the URL follows the state: once per change, never per frame") {
  AppState app;
  init_app_state(&app, builtin_catalog());
  CHECK(open_link(&app, "") == "");  // primes: nothing to write for the opening state
  std::string q;
  CHECK_FALSE(url_state_changed(&app, &q));
  REQUIRE(set_field(&app, 0, "training", "pue", 1.4));
  CHECK(url_state_changed(&app, &q));
  CHECK(q.find("s0.training.pue=1.4") != std::string::npos);
  CHECK_FALSE(url_state_changed(&app, &q));
  REQUIRE(set_field(&app, 0, "training", "pue", 1.4));  // recomputed (new version), same state
  CHECK_FALSE(url_state_changed(&app, &q));
  CHECK(q.find("lang=") == std::string::npos);  // no lang: a link opens in each reader's language
  app.lang = Lang::it;  // a deliberate switch is kept
  CHECK(url_state_changed(&app, &q));
  CHECK(q.find("lang=it") != std::string::npos);
  app.share.metric = "co2e";
  CHECK(url_state_changed(&app, &q));
  CHECK(q.find("metric=co2e") != std::string::npos);
}

TEST_CASE("assumption fields show readable, exact numbers") {
  new_context();
  AppState app;
  init_app_state(&app, builtin_catalog());
  app.panel = Panel::assumptions;
  for (int i = 0; i < 3; ++i) frame(&app, 1280, 800, 1);
  // The text each input shows, from the core's view model: parameters in billions, tokens in
  // trillions (units beside the field), exact enough to read back as the same double.
  REQUIRE(app.edit.slots[1].preset == "deepseek-v3");
  auto shown = [&](const char* path) { return json_string(*find_view_field(cached_slot_view(&app, 1), path), "text"); };
  CHECK(shown("model.params_total") == "671");
  CHECK(shown("training.tokens") == "14.8");
  CHECK(shown("training.gpu_hours") == "2.788M");
  app.lang = Lang::it;
  for (int i = 0; i < 3; ++i) frame(&app, 1280, 800, 1);
  CHECK(shown("training.tokens") == "14,8");
  ImGui::DestroyContext();
}
