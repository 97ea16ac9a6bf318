// Browser glue for the ImGui app, working around Emscripten 3.1.6's built-in GLFW (toolchain
// notes): no HiDPI, raw wheel deltas ~100× too large, touch events without positions, a no-op
// clipboard; plus frugal scheduling (paused main loop when idle) and WebGL context loss.
#pragma once

struct GLFWwindow;

namespace modelwatt::web {

// Called on any input or state change: grants frames and resumes the paused main loop.
void wake();
// Installs wheel, touch, resize, visibility and context-loss listeners on #canvas / window.
void install_input(GLFWwindow* window);
// Replaces imgui_impl_glfw's clipboard hooks with navigator.clipboard (write) + a local copy (read).
void install_clipboard();
// devicePixelRatio and the canvas' CSS size; sizes the backing store to CSS × DPR.
float sync_canvas_size(GLFWwindow* window);
// True while the WebGL context is lost (frames must not touch GL).
bool context_lost();
// Touch: after a tap ends, park the pointer off-canvas so hover and tooltips do not stick.
void after_frame();

}  // namespace modelwatt::web
