// Driving the shared UI without a window (ImPlot-CI style): an ImGui context, a built font atlas,
// and one frame at a given size, pixel ratio and mouse state. Shared by the tests/ui/ files.
#pragma once
#include "imgui.h"
#include "ui/ui.h"

namespace modelwatt::test {

struct Headless {
  Headless() {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
  }
  ~Headless() { ImGui::DestroyContext(); }
};

// Holds `key` (an ImGuiKey) down for the next frame only; -1 releases every key.
inline void hold_key(int key) {
  ImGuiIO& io = ImGui::GetIO();
  for (bool& down : io.KeysDown) down = false;
  if (key >= 0) io.KeysDown[100 + key] = true;  // frame()'s key map
}

// One frame; returns ui_frame()'s "I need another frame" answer.
inline bool frame(AppState* app, float w, float h, float ratio, ImVec2 mouse = ImVec2(-1e7f, -1e7f),
                  bool down = false) {
  if (ui_needs_setup(*app, ratio)) ui_setup(app, ratio);
  ImGuiIO& io = ImGui::GetIO();
  // What a platform backend does: imgui 1.86 reads keys through io.KeyMap, and keyboard navigation
  // (on in the app) asserts that Space and the other navigation keys are mapped.
  if (io.KeyMap[ImGuiKey_Space] < 0)
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 100 + k;
  unsigned char* px;
  int tw, th;
  io.Fonts->GetTexDataAsRGBA32(&px, &tw, &th);  // what a renderer uploads; marks the atlas built
  io.DisplaySize = ImVec2(w * ratio, h * ratio);
  io.DeltaTime = 1.0f / 60;
  io.MousePos = mouse;
  io.MouseDown[0] = down;
  ImGui::NewFrame();
  const bool more = ui_frame(app);
  ImGui::Render();
  return more;
}

}  // namespace modelwatt::test
