// The app's state <-> the URL-state codec (core/url_state.h), so the web app's address bar, the
// desktop app's command line, the Share popup and the embed card all carry one query. No ImGui.
#pragma once
#include <string>

#include "core/url_state.h"
#include "ui/app_state.h"

namespace modelwatt {

// The slots, chart metric, scale (view), theme and, when pinned, language as the codec's struct.
UrlState app_url_state(const AppState& app);
// Canonical query of the app's state (no '?'); false with the codec's reason when it cannot be linked.
bool app_query(const AppState& app, std::string* query, Error* error);
// Opens a link's state: scenarios, metric, view, lang, theme. On a bad link returns the core's
// message ("s1.training.pue: must be >= 1 (got 0.8)") and changes nothing.
std::string apply_query(AppState* app, const std::string& query);
// At start: opens `query` when it is a link (is_link_query); a bad one keeps the default
// comparison and records the core's message in app->share.link_error (shown under the header).
// Then marks the state as synced, so the address is rewritten only after the user changes something.
// Returns the error message ("" = opened, or nothing to open).
std::string open_link(AppState* app, const std::string& query);
// Once per change of the linkable state: true with the new query (for history.replaceState).
// Cheap when nothing changed (a few comparisons), so platforms may call it after every frame.
bool url_state_changed(AppState* app, std::string* query);
// True when a query carries ModelWatt state (v=, s=, sN.…, metric=…), so an address with only
// tracking parameters (utm_source) or ?nowebgl opens the default comparison without an error.
bool is_link_query(const std::string& query);

}  // namespace modelwatt
