// The desktop app: GLFW + OpenGL 3 around the shared ImGui UI (ui/). Sleeps in glfwWaitEvents
// while idle (zero frames), so an open window costs no CPU.
//   modelwatt-gui [--lang en|it] [--theme light|dark] [--panel NAME] [--size WxH]
//                 [--frames N] [--screenshot out.ppm]   (the last two for tests under Xvfb)
//                 [--base URL] [key=value ...]   the web app's link state: s=deepseek-v3,gpt-3 metric=energy
#include <GLFW/glfw3.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>  // getcwd: exports are written to the current directory and shown with their path

#include "core/catalog.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "native/gui_options.h"
#include "ui/frame_pacer.h"
#include "ui/share.h"
#include "ui/url_sync.h"
#include "ui/ui.h"

namespace {

modelwatt::FramePacer g_pacer;

void wake_on_event(GLFWwindow*) { g_pacer.wake(); }

// Reads the back buffer after a frame (tests under Xvfb; no PNG library needed).
bool write_ppm(const char* path, int w, int h) {
  std::string px(static_cast<std::size_t>(w) * h * 3, '\0');
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, &px[0]);
  FILE* f = std::fopen(path, "wb");
  if (!f) return false;
  std::fprintf(f, "P6\n%d %d\n255\n", w, h);
  for (int y = h - 1; y >= 0; --y) std::fwrite(&px[static_cast<std::size_t>(y) * w * 3], 1, w * 3, f);
  return std::fclose(f) == 0;
}

// Share / export on the desktop: files land in the current directory; the popup shows the path.
bool save_file(const std::string& name, const std::string&, const std::string& data, std::string* shown,
               std::string* error) {
  FILE* f = std::fopen(name.c_str(), "wb");
  const bool ok = f && std::fwrite(data.data(), 1, data.size(), f) == data.size();
  if (f && std::fclose(f) != 0) return *error = std::strerror(errno), false;
  if (!ok) return *error = std::strerror(errno), false;
  char cwd[4096];
  *shown = getcwd(cwd, sizeof cwd) ? std::string(cwd) + "/" + name : name;
  return true;
}

float pixel_ratio(GLFWwindow* window) {
  float sx = 1, sy = 1;
  glfwGetWindowContentScale(window, &sx, &sy);
  return sx > 0 ? sx : 1;
}

}  // namespace

int main(int argc, char** argv) {
  modelwatt::GuiOptions opt;
  if (!modelwatt::parse_gui_options(argc, argv, &opt)) return 2;
  if (!glfwInit()) {
    std::fprintf(stderr, "error: cannot initialise GLFW (no display?)\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "ModelWatt", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "error: cannot open an OpenGL 3 window\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // no imgui.ini next to the user's files
  modelwatt::AppState app;
  modelwatt::init_app_state(&app, modelwatt::builtin_catalog());
  modelwatt::apply_gui_options(opt, &app);
  modelwatt::ExportHooks hooks;
  hooks.save = save_file;  // no PNG: no rasteriser on the desktop without new dependencies
  hooks.base_url = opt.base_url;
  modelwatt::set_export_hooks(hooks);
  // key=value arguments: the same link state as the web app; a bad one is reported and the app
  // opens on the default comparison, with the error under the header.
  const std::string link_error = modelwatt::open_link(&app, modelwatt::gui_link_query(opt));
  if (!link_error.empty()) std::fprintf(stderr, "error: %s\n", link_error.c_str());
  float ratio = pixel_ratio(window);
  modelwatt::ui_setup(&app, ratio);
  // Our callbacks first: the backend chains to them, so every input also wakes the pacer.
  glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { wake_on_event(w); });
  glfwSetWindowSizeCallback(window, [](GLFWwindow* w, int, int) { wake_on_event(w); });
  glfwSetWindowRefreshCallback(window, wake_on_event);
  glfwSetWindowContentScaleCallback(window, [](GLFWwindow* w, float, float) { wake_on_event(w); });
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { wake_on_event(w); });
  glfwSetScrollCallback(window, [](GLFWwindow* w, double, double) { wake_on_event(w); });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int, int, int, int) { wake_on_event(w); });
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned) { wake_on_event(w); });
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");

  int frames = 0;
  while (!glfwWindowShouldClose(window)) {
    if (g_pacer.wants_frame() || opt.frames > 0) {
      glfwPollEvents();
    } else {
      glfwWaitEvents();  // idle: the process sleeps until the next event
      g_pacer.wake();
    }
    if (modelwatt::ui_needs_setup(app, pixel_ratio(window))) {
      ratio = pixel_ratio(window);
      modelwatt::ui_setup(&app, ratio);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0) io.DeltaTime = 1e-4f;  // imgui asserts on a clock that did not advance
    ImGui::NewFrame();
    const bool more = modelwatt::ui_frame(&app);
    ImGui::Render();
    int w, h;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frames;
    if (opt.frames > 0 && frames >= opt.frames) {
      if (!opt.screenshot.empty() && !write_ppm(opt.screenshot.c_str(), w, h)) std::fprintf(stderr, "error: cannot write %s\n", opt.screenshot.c_str());
      break;
    }
    glfwSwapBuffers(window);
    g_pacer.frame_done(more);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}
