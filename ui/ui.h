// The shared Dear ImGui calculator: the one entry point native/gui_main.cpp and web/app/main.cpp
// call. The platform layer owns the window, GL context and input; this draws one frame.
#pragma once
#include "ui/app_state.h"

namespace modelwatt {

// Loads the UI font rasterized at 1 em = base_px × pixel_ratio (crisp at devicePixelRatio 1/2/3:
// the atlas is built at device pixels, never scaled up) and applies the theme. Call again when
// the pixel ratio changes; the platform must then recreate its font texture.
void ui_setup(AppState* app, float pixel_ratio);
// Draws one frame (between ImGui::NewFrame and ImGui::Render). Returns true while the UI wants
// further frames even without input (a popup opening, a layout settling).
bool ui_frame(AppState* app);
// True when ui_setup must run again (theme changed, pixel ratio changed).
bool ui_needs_setup(const AppState& app, float pixel_ratio);

}  // namespace modelwatt
