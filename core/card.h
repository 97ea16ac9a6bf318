// The embeddable card's content, computed in the core so the card (wasm), `modelwatt render` and the
// app's exports agree: title, chart SVG, summary sentence, data table, numbered sources, exports.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "core/json_read.h"
#include "core/result.h"
#include "core/scenario.h"
#include "core/svg_chart.h"
#include "core/url_state.h"

namespace modelwatt {

struct Card {
  UrlState state;
  std::vector<Scenario> scenarios;
  std::vector<Result> results;
};

// Query string -> validated, estimated card. Errors as decode_url_scenarios.
bool card_from_query(const std::string& query, const Catalog& catalog, Card* out, Error* error);
// A scenario file's JSON plus a state whose scenarios are replaced by it (CLI render/share).
bool card_from_json(const std::string& text, const UrlState& view, const Catalog& catalog, Card* out, Error* error);

Lang card_lang(const Card& card);  // the state's language, English when not given
// "GPU-hours, training: DeepSeek-V3 vs Llama 3.1 405B"
std::string card_title(const Card& card, Lang lang);
// Sources of every input the scenarios used, in order of first use (numbered from 1 in the card).
std::vector<const Source*> card_sources(const Card& card, const Catalog& catalog);
// The chart SVG: inline (the card draws title and summary in HTML) or standalone (exports, render).
// Bars carry p5–p95 whiskers and the summary its ratio interval (core/card_intervals.h, fixed seed).
// With `error`: "" and *error set when a Monte Carlo sample is not a finite number (issue 11).
std::string card_svg(const Card& card, const Catalog& catalog, int width_px, bool dark, bool standalone,
                     Error* error = nullptr);
// An error of the core ("scenarios[1].training.pue", "training.pue") as a link names it ("s1.training.pue").
Error card_link_error(Error e);
// The canonical query of the card's state (id and bg dropped when `for_app`).
std::string card_query(const Card& card, bool for_app);

// Everything the card page shows, as JSON: {"ok", "lang", "title", "summary", "svg", "metrics",
// "table", "sources", "strings", "app_query"}; {"ok": false, "error", "id", "strings"} on bad input.
// "id" is the link's embed id only once validated ("" otherwise): the card echoes nothing else.
// Table rows: {"label", "value", "low", "high" (the p5 and p95), "raw", "ratio", "cites"}.
std::string card_json(const std::string& query, const Catalog& catalog, int width_px, bool dark);
// The same content for a card built from validated state (the app's comparison), as a JSON object.
// "app_query" is the card's state re-encoded (card_query); card_json passes the link it was given
// (app_link_query) instead, so the card's module carries no encoder.
Json card_view(const Card& card, const Catalog& catalog, int width_px, bool dark);
Json card_view(const Card& card, const Catalog& catalog, int width_px, bool dark, const std::string& app_query);
// One export of the card's state: "svg" (standalone), "csv", "json" (contract), "md", "tex".
std::string card_export(const std::string& query, const Catalog& catalog, const std::string& kind, int width_px,
                        bool dark);
std::string card_export_of(const Card& card, const Catalog& catalog, const std::string& kind, int width_px, bool dark);

}  // namespace modelwatt
