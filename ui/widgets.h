// Small widgets every panel uses: clickable numbers ("show your work"), provenance badges,
// source tooltips, headings, toggle buttons. Sizes in em.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/app_state.h"

namespace modelwatt {

inline float em() { return ImGui::GetFontSize(); }
// A narrow viewport (phone): panels stack and targets grow.
bool narrow_layout();

void heading(const char* text);
void muted_wrapped(const char* text);
void error_wrapped(const std::string& text);
// A button drawn as selected when `on`; returns true when clicked.
bool toggle_button(const char* label, bool on);
// Places the next item on the same line when `width` still fits, else wraps (for button rows).
void same_line_if_fits(float width);

// A number the reader can click to see its formula (opens the explain popup on slot/key).
void number_link(AppState* app, int slot, const std::string& key, const std::string& text);
// A provenance badge (disclosed / derived / assumed / yours / default); hover or tap: the sources.
void provenance_badge(const AppState& app, const Provenance* p);
// Tooltip body listing sources by id: title, year, locator, url.
void source_lines(const Catalog& catalog, const std::vector<std::string>& ids, const std::string& locator = "");

}  // namespace modelwatt
