#include "ui/theme.h"

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
  c[ImGuiCol_Border] = ImVec4(0.80f, 0.81f, 0.83f, 1);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.91f, 0.93f, 1);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.87f, 0.95f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.70f, 0.79f, 0.93f, 1);
  c[ImGuiCol_Header] = ImVec4(0.86f, 0.90f, 0.96f, 1);
  c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.94f, 0.95f, 1);
}

void colors_dark(ImGuiStyle& s) {
  ImGui::StyleColorsDark(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.11f, 1);
  c[ImGuiCol_ChildBg] = ImVec4(0.12f, 0.13f, 0.15f, 1);
  c[ImGuiCol_PopupBg] = ImVec4(0.13f, 0.14f, 0.16f, 0.99f);
  c[ImGuiCol_Text] = ImVec4(0.92f, 0.93f, 0.94f, 1);
  c[ImGuiCol_Border] = ImVec4(0.26f, 0.28f, 0.31f, 1);
  c[ImGuiCol_Button] = ImVec4(0.20f, 0.22f, 0.25f, 1);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.33f, 0.45f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.28f, 0.40f, 0.58f, 1);
  c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.18f, 0.21f, 1);
}

}  // namespace

bool theme_is_dark() { return g_dark; }

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

ImU32 badge_color(int status) {
  switch (status) {
    case 1: return IM_COL32(30, 130, 76, 255);    // disclosed
    case 2: return IM_COL32(40, 100, 180, 255);   // derived
    case 3: return IM_COL32(190, 120, 20, 255);   // assumed
    case 4: return IM_COL32(140, 60, 170, 255);   // yours
    default: return IM_COL32(120, 120, 120, 255);
  }
}

ImU32 error_color() { return g_dark ? IM_COL32(255, 120, 110, 255) : IM_COL32(190, 30, 30, 255); }
ImU32 muted_text_color() { return g_dark ? IM_COL32(160, 165, 172, 255) : IM_COL32(95, 100, 108, 255); }

}  // namespace modelwatt
