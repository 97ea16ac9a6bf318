// The web app: the shared ImGui UI (ui/) on Emscripten's built-in GLFW + WebGL2. Frugal: the main
// loop pauses itself when no frame is owed (zero frames idle) and input resumes it; hidden tabs get
// no requestAnimationFrame at all. Test hooks live in app.js and call the mw_* exports below.
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include <string>

#include "core/catalog.h"
#include "core/i18n.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "ui/frame_pacer.h"
#include "ui/share.h"
#include "ui/ui.h"
#include "ui/url_sync.h"
#include "web/workbench/web_platform.h"

namespace {

GLFWwindow* g_window = nullptr;
modelwatt::AppState g_app;
modelwatt::FramePacer g_pacer;
bool g_paused = false;
int g_frames = 0;

EM_JS(int, js_no_webgl2, (), { return Module.noWebGL2 ? 1 : 0; });
EM_JS(int, js_lang_is_it, (), {
  var l = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  return String(l).toLowerCase().slice(0, 2) === "it" ? 1 : 0;  // no backslashes: EM_JS metadata in 3.1.6 breaks on them
});
EM_JS(int, js_prefers_dark, (), { return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0; });
EM_JS(void, js_frame_rendered, (int frames), { if (window.modelwatt && window.modelwatt._frame) window.modelwatt._frame(frames); });
// URL state (issue 4): the page rewrites its address with history.replaceState and shows a bad
// link's error; downloads go through a Blob + <a download> in app.js.
EM_JS(void, js_replace_state, (const char* query), { window.modelwatt._replaceState(UTF8ToString(query)); });
EM_JS(void, js_link_error, (const char* message), { window.modelwatt._linkError(UTF8ToString(message)); });
EM_JS(void, js_download, (const char* name, const char* mime, const char* data), {
  window.modelwatt._download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(data));
});
EM_JS(void, js_download_png, (const char* name, const char* svg), {
  window.modelwatt._downloadPng(UTF8ToString(name), UTF8ToString(svg));
});

bool save_download(const std::string& name, const std::string& mime, const std::string& data, std::string*, std::string*) {
  js_download(name.c_str(), mime.c_str(), data.c_str());
  return true;
}

bool save_png(const std::string& name, const std::string& svg, std::string*, std::string*) {
  js_download_png(name.c_str(), svg.c_str());
  return true;
}

// Only when the linkable state changed (a few comparisons otherwise), never a history entry per frame.
void sync_url() {
  std::string query;
  if (modelwatt::url_state_changed(&g_app, &query)) js_replace_state(query.c_str());
}

void render_frame() {
  const float ratio = modelwatt::web::sync_canvas_size(g_window);
  if (modelwatt::ui_needs_setup(g_app, ratio)) {
    modelwatt::ui_setup(&g_app, ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // imgui 1.86 asserts "Need a positive DeltaTime!" when the clock did not advance (headless
  // Chromium); after a long pause the delta is huge, which no animation needs either.
  if (io.DeltaTime <= 0) io.DeltaTime = 1e-4f;
  if (io.DeltaTime > 0.25f) io.DeltaTime = 0.25f;
  ImGui::NewFrame();
  const bool more = modelwatt::ui_frame(&g_app);
  sync_url();
  ImGui::Render();
  int w, h;
  glfwGetFramebufferSize(g_window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g_pacer.frame_done(more);
  js_frame_rendered(++g_frames);
  modelwatt::web::after_frame();
}

void main_loop() {
  if (!g_pacer.wants_frame() || modelwatt::web::context_lost()) {
    emscripten_pause_main_loop();  // idle: no requestAnimationFrame until wake()
    g_paused = true;
    return;
  }
  render_frame();
}

// Our GLFW callbacks go in first; imgui_impl_glfw chains to them, so every input wakes the loop.
void install_wake_callbacks(GLFWwindow* w) {
  glfwSetCursorPosCallback(w, [](GLFWwindow*, double, double) { modelwatt::web::wake(); });
  glfwSetMouseButtonCallback(w, [](GLFWwindow*, int, int, int) { modelwatt::web::wake(); });
  glfwSetKeyCallback(w, [](GLFWwindow*, int, int, int, int) { modelwatt::web::wake(); });
  glfwSetCharCallback(w, [](GLFWwindow*, unsigned) { modelwatt::web::wake(); });
}

}  // namespace

namespace modelwatt::web {
void wake() {
  g_pacer.wake();
  if (g_paused && g_window && !context_lost()) {
    g_paused = false;
    emscripten_resume_main_loop();
  }
}
}  // namespace modelwatt::web

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* mw_results_json() {
  static std::string out;
  out = modelwatt::results_json(g_app);
  return out.c_str();
}

// Returns "" on success, else the core's message (field path and reason).
EMSCRIPTEN_KEEPALIVE const char* mw_load(const char* json) {
  static std::string err;
  err = modelwatt::load_scenarios(&g_app, json ? json : "");
  modelwatt::web::wake();
  return err.c_str();
}

EMSCRIPTEN_KEEPALIVE void mw_wake() { modelwatt::web::wake(); }

// Share / export test hooks: the text behind a kind ("link", "embed", "svg", "csv", ...), and the
// same action its button performs (copy or download). 1 = done.
EMSCRIPTEN_KEEPALIVE const char* mw_share_text(const char* kind) {
  static std::string out;
  out = modelwatt::share_text(g_app, kind ? kind : "");
  return out.c_str();
}
EMSCRIPTEN_KEEPALIVE int mw_share_action(const char* kind) {
  const bool ok = modelwatt::share_action(&g_app, kind ? kind : "");
  modelwatt::web::wake();
  return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE double mw_core_ms() { return g_app.last_core_ms; }
// Uncertainty (issue 5 budget): the last Monte Carlo / sensitivity run in ms, how many interval runs
// so far (none while idle), and a probe timing 4 scenarios' intervals: metrics 0 = the Compare
// charts', 1 = the inference chart's one, 2 = every output.
EMSCRIPTEN_KEEPALIVE double mw_uncertainty_ms() { return g_app.uncertainty.last_ms; }
EMSCRIPTEN_KEEPALIVE int mw_uncertainty_computes() { return g_app.uncertainty.intervals.computes; }
EMSCRIPTEN_KEEPALIVE double mw_intervals_probe_ms(int samples, int which) {
  static const std::vector<const modelwatt::OutputField*> one = {
      modelwatt::find_output_field("inference.energy_wh_per_query")};
  return modelwatt::time_intervals(g_app, samples, which == 0 ? modelwatt::chart_metrics() : which == 1 ? one
                                                                                              : std::vector<const modelwatt::OutputField*>{});
}
EMSCRIPTEN_KEEPALIVE void mw_set_system_dark(int dark) {
  g_app.system_dark = dark != 0;
  modelwatt::web::wake();
}

}  // extern "C"

// app.js passes the page's query as argv[1] and the app's folder URL as argv[2] (Module.arguments),
// the same key=value state the desktop app takes on its command line.
int main(int argc, char** argv) {
  modelwatt::init_app_state(&g_app, modelwatt::builtin_catalog());
  g_app.lang = js_lang_is_it() ? modelwatt::Lang::it : modelwatt::Lang::en;
  g_app.system_dark = js_prefers_dark() != 0;
  modelwatt::ExportHooks hooks;
  hooks.save = save_download;
  hooks.save_png = save_png;
  if (argc > 2) hooks.base_url = argv[2];
  modelwatt::set_export_hooks(hooks);
  const std::string link_error = modelwatt::open_link(&g_app, argc > 1 ? argv[1] : "");
  if (!link_error.empty()) js_link_error(modelwatt::fill(modelwatt::tr("share.link_error", g_app.lang), {link_error}).c_str());
  if (js_no_webgl2() || !glfwInit()) return 0;  // the page shows the HTML fallback table
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_window = glfwCreateWindow(1280, 800, "ModelWatt", nullptr, nullptr);
  if (!g_window) return 0;
  glfwMakeContextCurrent(g_window);
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;                  // -sFILESYSTEM=0: nothing to save to
  io.ConfigInputTextCursorBlink = false;     // a blinking caret would cost frames while idle
  modelwatt::ui_setup(&g_app, modelwatt::web::sync_canvas_size(g_window));
  install_wake_callbacks(g_window);
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  // Replace the backend's scroll handler: its deltas are raw browser pixels (~100× a notch).
  glfwSetScrollCallback(g_window, [](GLFWwindow*, double, double) {});
  ImGui_ImplOpenGL3_Init("#version 300 es");
  modelwatt::web::install_input(g_window);
  modelwatt::web::install_clipboard();
  emscripten_set_main_loop(main_loop, 0, 0);
  return 0;
}
