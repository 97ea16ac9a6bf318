// Light and dark themes, sized in em (the font size), plus the palette the charts use.
#pragma once
#include "imgui.h"

namespace modelwatt {

// Resets the style, applies colors for `dark` and scales every size from 1 em = em_px.
void apply_theme(bool dark, float em_px);
ImU32 scenario_color(int slot, bool light_shade = false);  // stable per slot
ImU32 reference_color();
ImU32 badge_color(int status);  // core Status as int
ImU32 error_color();
ImU32 muted_text_color();
bool theme_is_dark();

}  // namespace modelwatt
