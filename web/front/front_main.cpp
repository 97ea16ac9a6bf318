// The one wasm module behind both web faces (the app, index.html, and the embed card, embed.html):
// a small C API over the core's editing model and card. Every function returns JSON or text that
// stays valid until the next call (the page copies it at once). JS never reimplements a rule the
// core has: it sends actions (core/edit/actions.h) and renders the view model it gets back.
#include <emscripten/emscripten.h>

#include <chrono>
#include <string>

#include "core/card.h"
#include "core/catalog.h"
#include "core/catalog_search.h"
#include "core/catalog_shard.h"
#include "core/claim.h"
#include "core/claim_warning.h"
#include "core/edit/actions.h"
#include "core/edit/default_runs.h"
#include "core/edit/view_model.h"
#include "core/embed_snippet.h"
#include "core/explain.h"
#include "core/i18n.h"
#include "core/json/json_writer.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"
#include "core/url_state.h"
#include "core/validation.h"

// The card's link (mw_card.wasm) keeps only the card's functions: without the keep-alive attribute
// the app's functions are dropped by link-time optimisation.
#ifdef MW_CARD_ONLY
#define MW_APP_API
#else
#define MW_APP_API EMSCRIPTEN_KEEPALIVE
#endif

namespace {

using namespace modelwatt;

Comparison g_comparison;
std::string g_out;
// The catalog both faces work on: the embedded kernel (the default comparison's entries), then the
// full catalog.json (mw_load_catalog), Epoch AI's run file (mw_load_runs) and the shards a link
// named (mw_catalog_add), re-merged in that order whenever one arrives. Same ids and values
// throughout, so the comparison simply re-reads its slots against the new catalog.
Catalog g_live;
bool g_live_ready = false;
Catalog g_base;                     // builtin_catalog(), or the full catalog once fetched
std::string g_runs_json;            // Epoch runs, once fetched
std::vector<std::string> g_shards;  // shards added so far

Catalog& live() {
  if (!g_live_ready) {
#ifdef MW_CARD_ONLY
    // The card never rebuilds, so it keeps no base (no Catalog copy), and it shows no footprints,
    // inference references or equivalences.
    read_builtin_catalog(&g_live, CatalogParts::entries);
#else
    g_base = builtin_catalog();
    g_live = g_base;
#endif
    g_live_ready = true;
  }
  return g_live;
}

// Base + runs + shards; false (the live catalog untouched) when one of them is refused.
bool rebuild_live(Catalog base, Error* e) {
  if (!g_runs_json.empty() && !append_catalog_runs(&base, g_runs_json, e)) return false;
  for (const std::string& shard : g_shards)
    if (!merge_catalog_shard(&base, shard, e)) return false;
  g_live = std::move(base);
  return true;
}

bool g_search_stale = true;  // the catalog changed since the picker's index was built
const SearchIndex& search_index() {
  static SearchIndex index;  // 0.3 ms to build, 0.06 ms a query
  if (g_search_stale) index = build_search_index(live());
  g_search_stale = false;
  return index;
}
double g_core_ms = 0;

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

const char* out(const Json& j) {
  g_out = json_dump(j);
  return g_out.c_str();
}

Json view(int width, int dark) {
  ViewOptions o;
  o.chart_width_px = width > 200 && width < 4000 ? width : 640;
  o.dark = dark != 0;
  return comparison_view(g_comparison, o);
}

}  // namespace

extern "C" {

// Starts the app from its link (`query`, may be empty) in `lang` ("en"/"it": the reader's language,
// unless the link names one). Returns {"link_error", "view"}.
MW_APP_API const char* mw_init(const char* query, const char* lang, int width, int dark) {
  Lang l = Lang::en;
  parse_lang(lang ? lang : "en", &l);
  g_comparison.lang = l;
  init_comparison(&g_comparison, live());
  std::string q = query ? query : "";
  std::string link_error;
  if (!q.empty()) link_error = load_link(&g_comparison, q);
  return out({{"link_error", link_error}, {"view", view(width, dark)}});
}

// Applies one action; returns {"ok", "path", "message", "core_ms", "view"}.
MW_APP_API const char* mw_act(const char* action, int width, int dark) {
  Json a;
  std::string why;
  if (!parse_json(action ? action : "", &a, &why))
    return out({{"ok", false}, {"path", ""}, {"message", why}});
  const double t0 = now_ms();
  const EditOutcome o = apply_action(&g_comparison, a);
  g_core_ms = now_ms() - t0;  // the edit: parse, validate, estimate (budget 1 ms)
  const double t1 = now_ms();
  Json v = view(width, dark);  // includes the chart's p5-p95 intervals (budget 15 ms)
  return out({{"ok", o.ok},
              {"path", o.path},
              {"message", o.message},
              {"core_ms", g_core_ms},
              {"view_ms", now_ms() - t1},
              {"view", std::move(v)}});
}

MW_APP_API const char* mw_view(int width, int dark) {
  return out(view(width, dark));
}

// The contract's results JSON for the comparison on screen (what `modelwatt estimate` prints).
MW_APP_API const char* mw_results() {
  const Card card = comparison_card(g_comparison);
  return out(estimate_to_json(card.scenarios, card.results, live()));
}

// An export of the comparison: "svg", "csv", "json", "md", "tex", "scenario" (the scenario file).
MW_APP_API const char* mw_export(const char* kind, int width, int dark) {
  const std::string k = kind ? kind : "";
  if (k == "scenario") {
    g_out = json_dump(comparison_scenarios_json(g_comparison), 2);
    return g_out.c_str();
  }
  g_out = card_export_of(comparison_card(g_comparison), live(), k, width, dark != 0);
  return g_out.c_str();
}

// The iframe snippet for the comparison, keeping the author's language and theme.
MW_APP_API const char* mw_embed_snippet(const char* base, const char* theme) {
  Card card = comparison_card(g_comparison);
  card.state.lang = lang_code(g_comparison.lang);
  const std::string t = theme ? theme : "";
  if (t == "light" || t == "dark") card.state.theme = t;
  g_out = embed_snippet(card, base ? base : "");
  return g_out.c_str();
}

// The model picker's search, the same as `modelwatt catalog --search` (core/catalog_search.h):
// {"text", "language", "open_weights", "year_min"} -> runs, best match first (at most 12).
MW_APP_API const char* mw_search(const char* request) {
  const SearchIndex& index = search_index();
  Json r;
  std::string why;
  if (!parse_json(request ? request : "", &r, &why)) return out(Json::array());
  SearchFilter f;
  f.kinds = {SearchKind::run};
  f.language_models_only = r.value("language", false);
  f.open_weights_only = r.value("open_weights", false);
  f.year_min = json_int(r, "year_min", 0);
  f.limit = 12;
  Json hits = Json::array();
  for (const SearchHit& h : search_catalog(index, json_string(r, "text"), f))
    hits.push_back({{"id", h.id}, {"name", h.name}, {"organization", h.organization}, {"year", h.year}});
  return out(hits);
}

// The share link's query: the author's language and an explicit theme.
MW_APP_API const char* mw_share_query(const char* theme) {
  g_out = comparison_share_query(g_comparison, theme ? theme : "");
  return g_out.c_str();
}

// "Show your work" for one scenario: inputs and every step, in the UI language.
MW_APP_API const char* mw_explain(int slot) {
  if (slot < 0 || slot >= static_cast<int>(g_comparison.slots.size())) return "";
  g_out = explain_text(g_comparison.slots[slot].scenario, g_comparison.lang);
  return g_out.c_str();
}

// Checks "metric of A op ratio × metric of B" for two scenarios on screen:
// {"a", "b", "metric", "op", "ratio"} -> {"ok", "verdict", "sentence", "probability", "interval", "drivers",
// "warnings": [{"input", "share", "sentence", "align": action}], "error"}.
MW_APP_API const char* mw_claim(const char* request) {
  Json r;
  std::string why;
  if (!parse_json(request ? request : "", &r, &why)) return out({{"ok", false}, {"error", why}});
  const int a = json_int(r, "a", 0), b = json_int(r, "b", 1), n = static_cast<int>(g_comparison.slots.size());
  if (a < 0 || b < 0 || a >= n || b >= n) return out({{"ok", false}, {"error", "claim: no such scenario"}});
  Claim claim;
  Error e;
  Json spec = {{"metric", json_string(r, "metric", "training.gpu_hours")},
               {"op", json_string(r, "op", "<=")},
               {"ratio", r.contains("ratio") ? r["ratio"] : Json(0.1)}};
  if (!claim_from_json(spec, &claim, &e)) return out({{"ok", false}, {"error", e.message()}});
  ClaimResult res;
  UncertaintyOptions opt;
  if (!check_claim(g_comparison.slots[a].scenario, g_comparison.slots[b].scenario, claim, opt, &res, &e))
    return out({{"ok", false}, {"error", e.message()}});
  const Lang l = g_comparison.lang;
  Json drivers = Json::array();
  for (std::size_t i = 0; i < res.drivers.size() && i < 5; ++i) {
    const std::string key = "field." + res.drivers[i].input;
    drivers.push_back({{"label", has_tr(key) ? std::string(tr(key, l)) : res.drivers[i].input},
                       {"share", json_num(res.drivers[i].share)}});
  }
  // A dominant assumption the two sides set differently (core/claim_warning.h), with the action that
  // copies the value onto the side that assumes it: the panel's "Use the same value on both sides".
  Json warnings = Json::array();
  ClaimWarning w;
  if (dominant_assumption(g_comparison.slots[a].scenario, g_comparison.slots[b].scenario, res, &w))
    warnings.push_back({{"input", w.input},
                        {"share", json_num(w.share)},
                        {"sentence", claim_warning_sentence(w, res, l)},
                        {"align",
                         {{"op", "align"},
                          {"path", w.input},
                          {"from", align_b_takes_a(w) ? a : b},
                          {"to", align_b_takes_a(w) ? b : a}}}});
  return out({{"ok", true},
              {"verdict", verdict_name(res.verdict)},
              {"verdict_text", tr(std::string("claim.verdict.") + verdict_name(res.verdict), l)},
              {"sentence", claim_sentence(claim, res, l)},
              {"probability", json_num(res.probability)},
              {"interval", ratio_interval_text(res.ratio, l)},
              {"drivers", drivers},
              {"warnings", warnings}});
}

// The Validation panel: published footprints re-derived from their published inputs.
MW_APP_API const char* mw_validation() {
  Json rows = Json::array();
  for (const ValidationRow& v : run_validation(live())) rows.push_back(validation_row_json(v));
  return out(rows);
}

// Every source in the catalog (the Sources panel), with Epoch AI credited where it is used.
MW_APP_API const char* mw_sources() {
  Json list = Json::array();
  for (const Source& s : live().sources)
    list.push_back(
        {{"id", s.id}, {"title", s.title}, {"authors", s.authors}, {"year", s.year}, {"url", s.url}});
  return out({{"version", live().version}, {"date", live().date}, {"sources", list}});
}

MW_APP_API double mw_core_ms() {
  return g_core_ms;
}

// The full catalog (catalog.json, with the notes and locators the embedded copy leaves out), fetched
// by the app when a panel shows them. Same ids and values, so the comparison simply re-reads its
// slots against it. Returns "" or the parse error.
MW_APP_API const char* mw_load_catalog(const char* json, int width, int dark) {
  Catalog full;
  std::string why;
  if (!parse_catalog(json ? json : "", &full, &why) || full.version != builtin_catalog().version)
    return out({{"ok", false}, {"error", why.empty() ? "catalog version differs" : why}});
  live();
  Error e;
  if (!rebuild_live(full, &e)) return out({{"ok", false}, {"error", e.message()}});
  g_base = std::move(full);
  rebind_catalog(&g_comparison, live());
  g_search_stale = true;
  return out({{"ok", true}, {"view", view(width, dark)}});
}

// Epoch AI's estimated runs (epoch_runs.json, ~40 KB gzip), fetched when the model picker is first
// used; the picker's search and the comparison then know them. A run a link named already came as a
// shard: the file's copy replaces it (the same values).
MW_APP_API const char* mw_load_runs(const char* json, int width, int dark) {
  if (!g_runs_json.empty()) return out({{"ok", true}, {"view", view(width, dark)}});
  live();
  g_runs_json = json ? json : "";
  Error e;
  if (!rebuild_live(g_base, &e)) {
    g_runs_json.clear();
    return out({{"ok", false}, {"error", e.message()}});
  }
  rebind_catalog(&g_comparison, live());
  g_search_stale = true;
  return out({{"ok", true}, {"view", view(width, dark)}});
}

}  // extern "C" (the app's functions)

namespace {

#ifdef MW_CARD_ONLY
constexpr const char* kFace = "card";  // the card's strings file: strings/card.<lang>.json
#else
constexpr const char* kFace = "app";
#endif

// A list of strings as a JSON array, written without a Json tree (the card's link has no other use
// for building one).
const char* out_list(const std::vector<std::string>& list) {
  g_out.clear();
  JsonWriter w(&g_out);
  w.begin_array();
  for (const std::string& s : list) w.value(s);
  w.end_array();
  return g_out.c_str();
}

// What a link's state needs that the module lacks, as paths of files next to the page (without
// ".json"): the catalog entries it names ("catalog/run/gpt-3") and the strings of its language
// ("strings/app.it"; the link's `lang`, else `reader_lang`). The page fetches each before drawing.
// A link that does not decode needs only the strings (drawing it shows the core's error).
const char* catalog_missing(const std::string& query, const std::string& reader_lang) {
  UrlState state;
  Error e;
  std::vector<std::string> paths;
  const bool decoded = decode_url_state(query, &state, &e);
  if (decoded)
    for (const CatalogRef& r : missing_catalog_refs(state.scenarios, live()))
      paths.push_back("catalog/" + r.path());
  Lang lang = Lang::en;
  if (!parse_lang(state.lang, &lang)) parse_lang(reader_lang, &lang);  // lang kept when refused
  if (!strings_loaded(lang)) paths.push_back(std::string("strings/") + kFace + "." + lang_code(lang));
  return out_list(paths);
}

// Adds one fetched shard (core/catalog_shard.h) to the live catalog, and remembers it for the next
// rebuild (when the full catalog or the runs file arrives); "" or the reason it was refused.
const char* catalog_add(const std::string& json) {
  Error e;
  if (!merge_catalog_shard(&live(), json, &e)) {
    g_out = e.message();
    return g_out.c_str();
  }
#ifndef MW_CARD_ONLY  // the card has no comparison to rebind and never rebuilds its catalog
  g_shards.push_back(json);
  if (!g_comparison.slots.empty()) rebind_catalog(&g_comparison, live());
  g_search_stale = true;
#endif
  return "";
}

}  // namespace

extern "C" {

// The link a card without one shows (core/edit/default_runs.h).
EMSCRIPTEN_KEEPALIVE const char* mw_default_link() {
  return kDefaultLink;
}
EMSCRIPTEN_KEEPALIVE const char* mw_catalog_missing(const char* query, const char* reader_lang) {
  return catalog_missing(query ? query : "", reader_lang ? reader_lang : "");
}
EMSCRIPTEN_KEEPALIVE const char* mw_catalog_add(const char* json) {
  return catalog_add(json ? json : "");
}
// Adds a fetched strings file (core/i18n.h, load_strings); "" or the reason it was refused.
EMSCRIPTEN_KEEPALIVE const char* mw_strings_add(const char* json) {
  g_out = load_strings(json ? json : "");
  return g_out.c_str();
}
// The keys the core asked for and its strings lacked (tests: none, in every state they draw).
EMSCRIPTEN_KEEPALIVE const char* mw_strings_missing() {
  return out_list(missing_strings());
}

// The embed card: its content for a link's state, and its exports (see core/card.h; the exports are
// in the app's link only: the card loads that module when its download menu opens).
EMSCRIPTEN_KEEPALIVE const char* mw_card(const char* query, int width_px, int dark) {
  g_out = card_json(query ? query : "", live(), width_px, dark != 0);
  return g_out.c_str();
}
MW_APP_API const char* mw_card_export(const char* query, const char* kind, int width_px, int dark) {
  g_out = card_export(query ? query : "", live(), kind ? kind : "", width_px, dark != 0);
  return g_out.c_str();
}

}  // extern "C"
