// The UI font: DejaVu Sans subset at build time (ui/CMakeLists.txt) and embedded, so à è × ≈ ₂
// render offline on every face. ProggyClean (imgui's default) is ASCII-only.
#pragma once
#include "imgui.h"

namespace modelwatt {

// Rebuilds the atlas with the body font at em_px and a heading font at 1.3 em.
void load_fonts(float em_px);
ImFont* heading_font();

}  // namespace modelwatt
