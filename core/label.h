// Labels are text, all the way (issue 11): one rule for a scenario label from JSON, a link or the
// app, applied where scenarios are parsed, so every face (card, SVG, tables, CSV, JSON, links) shows
// the same characters and a link always round-trips.
//   - tab, newline and carriage return become a space (a label is one line);
//   - other control characters (C0, DEL, C1) are dropped;
//   - bidirectional controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) are dropped, so a label
//     cannot reorder the numbers shown after it ("11/1" for 1/11);
//   - U+FFFE and U+FFFF, which XML forbids (the SVG would not load), are dropped.
// Input must be valid UTF-8 (the JSON and URL layers guarantee it).
#pragma once
#include <string>

namespace modelwatt {

std::string clean_label(const std::string& label);

}  // namespace modelwatt
