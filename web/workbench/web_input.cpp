#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // GImGui->ActiveId: is a widget being dragged (else a swipe scrolls)
#include "web/workbench/web_platform.h"

namespace modelwatt::web {
namespace {

bool g_lost = false;
int g_park_pointer_in = 0;  // frames until the pointer leaves after a tap
float g_ratio = 1;
double g_touch_y = 0;
bool g_touch_scrolling = false;
std::string g_clipboard;

EM_JS(void, js_set_pointer, (double x, double y), { Browser.mouseX = x; Browser.mouseY = y; });
EM_JS(void, js_clipboard_write, (const char* text), {
  var t = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function() {});
});
EM_JS(void, js_context_event, (int lost), { if (window.modelwatt && window.modelwatt._context) window.modelwatt._context(lost); });
// Emscripten's glfwSetWindowSize requests fullscreen when the size equals screen.width/height
// (library_glfw.js), which headless Chromium's 1280×800 hits; size the canvas through Browser
// instead, whose resize listeners update GLFW's window and framebuffer sizes.
EM_JS(void, js_set_canvas_size, (int w, int h), { Browser.setCanvasSize(w, h); });
EM_JS(double, js_css_width, (), { return Module.canvas.clientWidth || window.innerWidth; });
EM_JS(double, js_css_height, (), { return Module.canvas.clientHeight || window.innerHeight; });

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // Browsers report pixels (deltaMode 0, ~100 per notch), lines (1) or pages (2); imgui wants notches.
  const double div = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel += static_cast<float>(-e->deltaY / div);
  io.MouseWheelH += static_cast<float>(-e->deltaX / div);
  wake();
  return EM_TRUE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  if (e->numTouches < 1) return EM_FALSE;
  const EmscriptenTouchPoint& t = e->touches[0];
  const double x = t.targetX * g_ratio, y = t.targetY * g_ratio;
  // GLFW sees the touch as a left button but cannot place it: we do.
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    js_set_pointer(x, y);
    g_touch_y = y;
    g_touch_scrolling = false;
  } else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
    // A swipe that did not grab a widget scrolls (imgui 1.86 has no touch scrolling).
    if (GImGui && GImGui->ActiveId == 0) {
      const float step = 5 * ImGui::GetFontSize();  // imgui scrolls 5 lines per wheel notch
      ImGui::GetIO().MouseWheel += static_cast<float>((y - g_touch_y) / step);
      g_touch_scrolling = true;
    } else {
      js_set_pointer(x, y);
    }
    g_touch_y = y;
  } else {
    g_park_pointer_in = 2;  // let the release register as a click first
  }
  wake();
  return EM_TRUE;  // preventDefault: no synthetic mouse events (double clicks), no page zoom
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) { wake(); return EM_FALSE; }

EM_BOOL on_visibility(int, const EmscriptenVisibilityChangeEvent* e, void*) {
  if (!e->hidden) wake();  // hidden: the loop is already paused or rAF stops by itself
  return EM_FALSE;
}

EM_BOOL on_context_lost(int, const void*, void*) {
  g_lost = true;
  js_context_event(1);
  return EM_TRUE;  // preventDefault: lets the browser restore the context
}

EM_BOOL on_context_restored(int, const void*, void*) {
  // Every GL object died with the context: rebuild the renderer's programs, buffers and font texture.
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  g_lost = false;
  js_context_event(0);
  wake();
  return EM_TRUE;
}

const char* get_clipboard(void*) { return g_clipboard.c_str(); }
void set_clipboard(void*, const char* text) {
  g_clipboard = text;
  js_clipboard_write(text);
}

}  // namespace

bool context_lost() { return g_lost; }

void install_input(GLFWwindow*) {
  const char* canvas = "#canvas";
  emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, on_wheel);
  emscripten_set_touchstart_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, on_visibility);
  emscripten_set_webglcontextlost_callback(canvas, nullptr, EM_FALSE,
                                           reinterpret_cast<em_webgl_context_callback>(on_context_lost));
  emscripten_set_webglcontextrestored_callback(canvas, nullptr, EM_FALSE,
                                               reinterpret_cast<em_webgl_context_callback>(on_context_restored));
}

void install_clipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
}

float sync_canvas_size(GLFWwindow* window) {
  g_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (g_ratio <= 0) g_ratio = 1;
  const int w = static_cast<int>(js_css_width() * g_ratio + 0.5), h = static_cast<int>(js_css_height() * g_ratio + 0.5);
  int cw, ch;
  glfwGetWindowSize(window, &cw, &ch);
  // The backing store at device pixels; CSS keeps the canvas at 100vw × 100vh.
  if (w > 0 && h > 0 && (w != cw || h != ch)) js_set_canvas_size(w, h);
  return g_ratio;
}

void after_frame() {
  if (g_park_pointer_in > 0 && --g_park_pointer_in == 0) {
    js_set_pointer(-1e7, -1e7);
    wake();
  }
}

}  // namespace modelwatt::web
