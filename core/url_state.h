// The URL-state codec: a whole comparison as URL query parameters, shared verbatim by the web app
// (index.html?…), the embed card (embed.html?…) and the CLI (`modelwatt share`).
//
// Format, version 1 (parameters in this order when encoded; any order accepted when decoded):
//   v=1                               format version (required; other versions are an error)
//   s=deepseek-v3,llama-3.1-405b      one entry per scenario, in order: a catalog run id (preset),
//                                     or "_" for a scenario without a preset
//   s1.label=My%20run                 scenario 1's label (text, never markup)
//   s1.training.pue=1.3               any contract field of scenario N, by its dotted path; numbers
//                                     for the numeric fields (fields.h), text for ids
//   s0.training.gpu_hours=            empty value on a numeric field = null (removes a preset's value)
//   s2.training.accelerator.tdp_w=700 custom accelerator objects flatten the same way
//   metric=gpu_hours                  compute | gpu_hours | energy | co2e | water | cost, or a dotted
//                                     output name ("inference.energy_wh_per_query")
//   view=bars                         bars | log | table
//   lang=it                           en | it (absent: the reader's language)
//   theme=dark                        auto | light | dark
//   bg=transparent                    transparent card background (embeds)
//   id=mw-1                           embed id echoed in the card's height messages
// Values are percent-encoded UTF-8 ('+' decodes to a space, as browsers' forms do). Numbers are
// written shortest-round-trip without '+' ("1.48e13"). Unknown top-level parameters (utm_source,
// fbclid…) are ignored and listed, so shared links survive trackers; unknown scenario keys reach
// the core's validation and get its "unknown key (did you mean …)" error.
// Decoding produces the contract's {"scenarios": [...]} JSON, so validation stays in the core.
// Round trip: encode(decode(q)) == q for an encoded q; decode(encode(json)) gives the same scenarios.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "core/json_read.h"
#include "core/utf8.h"  // is_valid_utf8
#include "core/scenario.h"

namespace modelwatt {

inline constexpr int kUrlStateVersion = 1;
inline constexpr std::size_t kMaxQueryBytes = 8192;  // what every browser, server and chat app keeps
inline constexpr std::size_t kMaxUrlScenarios = 8;
inline constexpr std::size_t kMaxUrlParams = 256;

struct UrlState {
  Json scenarios = Json::object();  // {"scenarios": [...]} in the contract's format
  std::string metric = "gpu_hours";
  std::string view = "bars";
  std::string lang;  // "", "en", "it"; "" = the reader's language
  std::string theme = "auto";
  bool transparent = false;
  std::string embed_id;
  std::vector<std::string> ignored;  // unknown top-level parameter names
};

// Query string (with or without a leading '?', or a whole URL) -> state. Checks syntax, limits,
// version and the view parameters; scenario values are checked by decode_url_scenarios. A refused
// link leaves *out as it was except its `lang`, set when the link names a valid one (its error is
// then shown in that language).
bool decode_url_state(const std::string& query, UrlState* out, Error* error);
// Decode, then validate the scenarios with the core (errors name "s1.training.pue"-style paths).
bool decode_url_scenarios(const std::string& query, const Catalog& catalog, UrlState* state,
                          std::vector<Scenario>* scenarios, Error* error);
// State -> canonical query string (no leading '?'). Fails on JSON that a link cannot carry
// (arrays, nesting deeper than the contract, too many scenarios, too long).
bool encode_url_state(const UrlState& state, std::string* query, Error* error);
// A decoded link's query as the app opens it: the same parameters, as written, without the card's
// embed id and background (id, bg). Textual, so a card need not carry the encoder (a few KB of wasm).
std::string app_link_query(const std::string& query);

// Percent-encoding of one component (RFC 3986 unreserved characters kept) and its inverse;
// decode fails on bad escapes and on bytes that are not UTF-8.
std::string url_encode(const std::string& s);
bool url_decode(const std::string& s, std::string* out);

// The card's metric switcher: short names and their output fields.
const char* const* metric_names(std::size_t* count);  // compute, gpu_hours, energy, co2e, water, cost
bool is_known_metric(const std::string& metric);

}  // namespace modelwatt
