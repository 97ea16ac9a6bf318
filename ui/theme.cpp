#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace modelwatt {
namespace {

bool g_dark = false;

void colors_light(ImGuiStyle& s) {
  ImGui::StyleColorsLight(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1);
  c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.99f);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1);
  c[ImGuiCol_TextDisabled] = ImVec4(0.37f, 0.39f, 0.42f, 1);  // field hints: imgui's 0.60 grey was 2.7:1
  c[ImGuiCol_Border] = ImVec4(0.80f, 0.81f, 0.83f, 1);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.91f, 0.93f, 1);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.87f, 0.95f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.70f, 0.79f, 0.93f, 1);
  c[ImGuiCol_Header] = ImVec4(0.86f, 0.90f, 0.96f, 1);
  // Light tints: text and links stay readable on a hovered or pressed row (imgui's are saturated blue).
  c[ImGuiCol_HeaderHovered] = ImVec4(0.82f, 0.87f, 0.95f, 1);
  c[ImGuiCol_HeaderActive] = ImVec4(0.76f, 0.83f, 0.94f, 1);
  c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.94f, 0.95f, 1);
  // A field being hovered or typed in stays light (imgui's translucent blue took hints to 2.9:1).
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.89f, 0.91f, 0.95f, 1);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.86f, 0.89f, 0.95f, 1);
}

void colors_dark(ImGuiStyle& s) {
  ImGui::StyleColorsDark(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.11f, 1);
  c[ImGuiCol_ChildBg] = ImVec4(0.12f, 0.13f, 0.15f, 1);
  c[ImGuiCol_PopupBg] = ImVec4(0.13f, 0.14f, 0.16f, 0.99f);
  c[ImGuiCol_Text] = ImVec4(0.92f, 0.93f, 0.94f, 1);
  c[ImGuiCol_TextDisabled] = ImVec4(0.66f, 0.68f, 0.70f, 1);
  c[ImGuiCol_Border] = ImVec4(0.26f, 0.28f, 0.31f, 1);
  c[ImGuiCol_Button] = ImVec4(0.20f, 0.22f, 0.25f, 1);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.33f, 0.45f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.28f, 0.40f, 0.58f, 1);
  c[ImGuiCol_Header] = ImVec4(0.20f, 0.26f, 0.36f, 1);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.22f, 0.29f, 0.40f, 1);
  c[ImGuiCol_HeaderActive] = ImVec4(0.23f, 0.31f, 0.43f, 1);
  c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.18f, 0.21f, 1);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.19f, 0.21f, 0.24f, 1);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.20f, 0.22f, 0.26f, 1);
}

}  // namespace

void apply_theme(bool dark, float em) {
  g_dark = dark;
  ImGuiStyle s;
  if (dark) colors_dark(s);
  else colors_light(s);
  // Sizes in em: ImGui's defaults assume a 13 px font; scale them to ours, then widen targets for
  // touch (a 390 px phone needs ~2.6 em tall buttons).
  s.ScaleAllSizes(em / 13.0f);
  s.WindowPadding = ImVec2(0.9f * em, 0.8f * em);
  s.FramePadding = ImVec2(0.6f * em, 0.42f * em);
  s.ItemSpacing = ImVec2(0.55f * em, 0.5f * em);
  s.ItemInnerSpacing = ImVec2(0.4f * em, 0.35f * em);
  s.ScrollbarSize = 0.9f * em;
  s.GrabMinSize = 1.2f * em;
  s.FrameRounding = 0.3f * em;
  s.GrabRounding = 0.3f * em;
  s.ChildRounding = 0.4f * em;
  s.PopupRounding = 0.4f * em;
  s.WindowRounding = 0;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.TouchExtraPadding = ImVec2(0.15f * em, 0.15f * em);
  ImGui::GetStyle() = s;
}

ImU32 scenario_color(int slot, bool light_shade) {
  // Colorblind-safe (Okabe–Ito) hues; the light shade marks the embodied part of a stacked bar.
  static const ImVec4 kBase[] = {{0.00f, 0.45f, 0.70f, 1}, {0.90f, 0.62f, 0.00f, 1},
                                 {0.00f, 0.62f, 0.45f, 1}, {0.80f, 0.47f, 0.65f, 1}};
  ImVec4 c = kBase[slot & 3];
  if (light_shade) {
    const float t = 0.5f;
    const float to = g_dark ? 0.15f : 1.0f;
    c = ImVec4(c.x + (to - c.x) * t, c.y + (to - c.y) * t, c.z + (to - c.z) * t, 1);
  }
  return ImGui::ColorConvertFloat4ToU32(c);
}

ImU32 reference_color() { return g_dark ? IM_COL32(170, 170, 180, 255) : IM_COL32(110, 110, 120, 255); }

// Dark enough for white text at ≥ 4.5:1 (the old amber and grey were 3.6 and 4.4).
ImU32 badge_color(int status) {
  switch (status) {
    case 1: return IM_COL32(25, 110, 62, 255);    // disclosed
    case 2: return IM_COL32(35, 90, 165, 255);    // derived
    case 3: return IM_COL32(150, 90, 10, 255);    // assumed
    case 4: return IM_COL32(140, 60, 170, 255);   // yours
    case 5: return IM_COL32(20, 100, 115, 255);   // estimated (Epoch AI)
    default: return IM_COL32(100, 100, 100, 255);
  }
}

ImU32 error_color() { return g_dark ? IM_COL32(255, 120, 110, 255) : IM_COL32(190, 30, 30, 255); }
ImU32 muted_text_color() { return g_dark ? IM_COL32(160, 165, 172, 255) : IM_COL32(95, 100, 108, 255); }
ImU32 link_text_color() { return g_dark ? IM_COL32(150, 200, 255, 255) : IM_COL32(13, 84, 158, 255); }

namespace {

double channel(unsigned v) {
  const double c = v / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(ImU32 c) {
  return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
         0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}

}  // namespace

double contrast_ratio(ImU32 a, ImU32 b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 text_on(ImU32 background) {
  const ImU32 black = IM_COL32(0, 0, 0, 255);
  return contrast_ratio(IM_COL32_WHITE, background) >= contrast_ratio(black, background) ? IM_COL32_WHITE : black;
}

ImU32 blend_over(ImU32 top, ImU32 bottom) {
  const ImVec4 t = ImGui::ColorConvertU32ToFloat4(top), b = ImGui::ColorConvertU32ToFloat4(bottom);
  return ImGui::ColorConvertFloat4ToU32(
      ImVec4(t.x * t.w + b.x * (1 - t.w), t.y * t.w + b.y * (1 - t.w), t.z * t.w + b.z * (1 - t.w), 1));
}

}  // namespace modelwatt
