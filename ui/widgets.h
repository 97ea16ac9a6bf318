// Small widgets every panel uses: clickable numbers ("show your work"), provenance badges,
// source tooltips, headings, toggle buttons. Sizes in em.
#pragma once
#include <string>
#include <vector>

#include "core/json_read.h"
#include "imgui.h"
#include "ui/app_state.h"

namespace modelwatt {

inline float em() { return ImGui::GetFontSize(); }
// A narrow viewport (phone): panels stack and targets grow.
bool narrow_layout();

void heading(const char* text);
// Wrapped at the window's edge, or inside a tooltip at the tooltip's fixed width (begin_tooltip).
void muted_wrapped(const char* text);
void error_wrapped(const std::string& text);

// Every tooltip: a fixed wrap width in em. imgui 1.86 quirk: a wrap position of 0 (the window's
// edge) inside an auto-sized tooltip wraps at the tooltip's own width, unknown on its first frame
// and then the widest word's, so a few lines of text became a box many times too tall that never
// grew back (the start-up tooltip covering half the window under Xvfb).
void begin_tooltip();
void end_tooltip();
// Hover tooltips only once the pointer has moved since start: a pointer that merely rests where the
// window opened (screen centre) must not cover the answer with a tooltip nobody asked for.
bool tooltips_allowed();
void note_pointer_motion();  // once per frame, from ui_frame
// A button drawn as selected when `on`; returns true when clicked.
bool toggle_button(const char* label, bool on);
// Places the next item on the same line when `width` still fits, else wraps (for button rows).
void same_line_if_fits(float width);

// A number the reader can click to see its formula (opens the explain popup on slot/key).
void number_link(AppState* app, int slot, const std::string& key, const std::string& text);
// A provenance badge (disclosed / derived / assumed / yours / default); hover or tap: the sources.
void provenance_badge(const AppState& app, const Provenance* p);
// The same for a field of the core's view model (its "status", "badge", "note" and "sources").
void provenance_badge(const AppState& app, const Json& field);
// Tooltip body listing sources by id: title, year, locator, url.
void source_lines(const Catalog& catalog, const std::vector<std::string>& ids, const std::string& locator = "");

}  // namespace modelwatt
