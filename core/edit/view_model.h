// What a face renders for a comparison, as JSON in the UI language: every field with its label,
// hint, unit, the text its input shows (the value the engine uses, written back in the locale),
// badge, sources, message; the results of every scenario; the chart card (core/card.h) of the metric
// on screen. Faces (the HTML app, the embed card) only lay this out and send edits back.
#pragma once
#include <string>

#include "core/card.h"
#include "core/edit/comparison.h"
#include "core/json_read.h"

namespace modelwatt {

// The comparison as a validated card (no link round trip): the chart, summary, table and exports
// all come from it.
Card comparison_card(const Comparison& c);
// The URL state of the comparison ("v=1&s=…"), for the address bar and share links.
std::string comparison_query(const Comparison& c);
// The link an author shares: the same state with the author's language and an explicit theme
// ("light" or "dark", the one they see), so readers get what the author saw.
std::string comparison_share_query(const Comparison& c, const std::string& theme);

struct ViewOptions {
  int chart_width_px = 640;
  bool dark = false;
};

// {"lang", "theme", "metric", "view", "query", "slots": [...], "card": {...}, "results": {...}}
Json comparison_view(const Comparison& c, const ViewOptions& options);
// One scenario's editable fields, grouped ("model", "run", "energy", "carbon", "water", "cost",
// "serving", "serving_site").
Json slot_view(const Comparison& c, int slot);

}  // namespace modelwatt
