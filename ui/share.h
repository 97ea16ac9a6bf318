// Share / export (issue 4): copy the link or the embed snippet, download the chart (PNG, SVG), the
// results (CSV, JSON of the contract) and the paper paragraph (Markdown, LaTeX). All content comes
// from the core (card_export, embed_snippet); the platform only saves bytes (ExportHooks).
#pragma once
#include <string>

#include "ui/app_state.h"

namespace modelwatt {

// What the platform does with an export. Web: a Blob + <a download> (PNG drawn from the SVG on a
// <canvas>); desktop: a file in the current directory. Each returns false with a reason on failure
// and may set *shown (the path written) for the status line.
struct ExportHooks {
  bool (*save)(const std::string& name, const std::string& mime, const std::string& data, std::string* shown,
               std::string* error) = nullptr;
  bool (*save_png)(const std::string& name, const std::string& svg, std::string* shown, std::string* error) = nullptr;
  std::string base_url;  // the app's folder ("https://host/modelwatt/"); "" = relative links
};
void set_export_hooks(const ExportHooks& hooks);

// Kinds: "link", "embed" (copied), "png", "svg", "csv", "json", "md", "tex" (saved).
// The text behind a kind (the link, the snippet, the file's content; "" when unavailable).
std::string share_text(const AppState& app, const std::string& kind);
// Does what the kind's button does and records the outcome in app->share (status line).
bool share_action(AppState* app, const std::string& kind);

void share_button(AppState* app);  // the header's "Share / export" button
void share_notice(AppState* app);  // a bad link's error under the header, with Dismiss
void share_popup(AppState* app);   // the popup, drawn every frame; opens when app->share.open is set

}  // namespace modelwatt
