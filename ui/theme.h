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
ImU32 link_text_color();  // clickable numbers ("show your work")
// Black or white, whichever reads better on `background` (values inside bars, badges).
ImU32 text_on(ImU32 background);
// WCAG 2.x contrast ratio of two opaque colors (1 to 21); text needs ≥ 4.5 (kMinTextContrast).
double contrast_ratio(ImU32 a, ImU32 b);
// `top` drawn with its alpha over the opaque `bottom` (table row stripes over the window).
ImU32 blend_over(ImU32 top, ImU32 bottom);
inline constexpr double kMinTextContrast = 4.5;

}  // namespace modelwatt
