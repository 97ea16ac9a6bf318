#include "core/card.h"

#include <algorithm>

#include "core/card_intervals.h"
#include "core/chart_metric.h"
#include "core/estimate.h"
#include "core/export_text.h"
#include "core/i18n.h"
#include "core/json/json_writer.h"
#include "core/metric_registry.h"
#include "core/paper_text.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"
#include "core/summary_text.h"

namespace modelwatt {
namespace {

void estimate_all(Card* card) {
  card->results.clear();
  for (const Scenario& s : card->scenarios) card->results.push_back(estimate(s));
}

// Inputs a metric depends on (core/metric_registry.h), so a card's footnotes cite what its bars use.
bool relevant(const std::string& path, const std::string& metric, bool per_query) {
  if (per_query) return path.rfind("inference.", 0) == 0 || path.rfind("model.", 0) == 0;
  const MetricDef* m = find_chart_metric(metric);
  return m && metric_uses_input(*m, path);
}

std::vector<std::string> scenario_source_ids(const Scenario& s, const ChartMetric& m,
                                             const Catalog& catalog) {
  const std::string& metric = m.name;
  std::vector<std::string> ids;
  auto add = [&](const std::string& id) {
    if (catalog.find_source(id) && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  const bool dotted = metric.find('.') != std::string::npos;
  for (auto& [path, p] : s.provenance)
    if (dotted || relevant(path, metric, m.per_query))
      for (const std::string& id : p.sources) add(id);
  const Run* run = catalog.find_run(s.preset);
  if (ids.empty() && run && !run->sources.empty()) add(run->sources[0]);  // at least the run's own report
  return ids;
}

void write_strings(JsonWriter& w, Lang lang) {
  w.begin_object();
  for (const char* k :
       {"open_app", "sources", "download", "paper", "metric_group", "language", "table_caption",
        "col.scenario", "col.value", "col.low", "col.high", "reference", "error", "made_with", "lang_failed"})
    w.key(k).value(tr(std::string("embed.") + k, lang));
  w.end_object();
}

// {"ok": false, ...}: a link that does not decode, or whose Monte Carlo failed.
void write_error(JsonWriter& w, const std::string& message, const std::string& id, Lang lang) {
  w.begin_object().key("ok").value(false).key("error").value(message).key("id").value(id);
  w.key("lang").value(lang_code(lang)).key("strings");
  write_strings(w, lang);
  w.end_object();
}

void write_table(JsonWriter& w, const Card& card, const Catalog& catalog,
                 const std::vector<const Source*>& sources, const CardIntervals& ci, Lang lang) {
  const ChartMetric m = resolve_metric(card.state.metric, card.results);
  const std::vector<BarInput> bars = metric_bars(m, card.results);
  const Unit unit = m.total ? m.total->unit : Unit::none;
  w.begin_object().key("ratio_head");
  w.value(fill(tr("embed.col.ratio", lang), {card.results.empty() ? "" : card.results[0].label}));
  w.key("rows").begin_array();
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double base = bars[0].value;
    const double ratio = has(bars[i].value) && has(base) && base != 0 ? bars[i].value / base : kNone;
    // The interval columns always hold the p5 and p95, equal to the value when nothing is uncertain.
    const Interval& q = ci.bars[i];
    w.begin_object().key("label").value(bars[i].label);
    w.key("value").value(format_quantity(bars[i].value, unit, lang));
    w.key("low").value(q.present() ? format_quantity(q.p5, unit, lang) : tr("embed.na", lang));
    w.key("high").value(q.present() ? format_quantity(q.p95, unit, lang) : tr("embed.na", lang));
    w.key("raw").value(bars[i].value);  // null when not a number, as json_num
    w.key("ratio").value(i == 0 ? tr("embed.reference", lang) : ratio_short(ratio, lang));
    w.key("cites").begin_array();
    for (const std::string& id : scenario_source_ids(card.scenarios[i], m, catalog)) {
      auto it = std::find(sources.begin(), sources.end(), catalog.find_source(id));
      if (it != sources.end()) w.value(static_cast<int>(it - sources.begin()) + 1);
    }
    w.end_array().end_object();
  }
  w.end_array().end_object();
}

void write_metrics(JsonWriter& w, Lang lang) {
  std::size_t n;
  const char* const* names = metric_names(&n);
  w.begin_array();
  for (std::size_t i = 0; i < n; ++i) {
    w.begin_object().key("name").value(names[i]);
    w.key("label").value(metric_short_label(names[i], lang)).end_object();
  }
  w.end_array();
}

void write_sources(JsonWriter& w, const std::vector<const Source*>& sources) {
  w.begin_array();
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const Source& s = *sources[i];
    w.begin_object().key("n").value(i + 1).key("title").value(s.title).key("authors").value(s.authors);
    w.key("year").value(s.year).key("url").value(s.url).end_object();
  }
  w.end_array();
}

std::string footer_text(const Card& card, const Catalog& catalog, Lang lang) {
  std::string f = std::string(tr("embed.sources", lang)) + ":";
  const std::vector<const Source*> sources = card_sources(card, catalog);
  for (std::size_t i = 0; i < sources.size(); ++i)
    f += " [" + std::to_string(i + 1) + "] " +
         (sources[i]->authors.empty() ? "" : sources[i]->authors + " ") + "(" +
         std::to_string(sources[i]->year) + ") " + sources[i]->title + ";";
  return f + " " + tr("embed.made_with", lang) + ", " + fill(tr("embed.catalog", lang), {catalog.version}) +
         ".";
}

std::string svg_with(const Card& card, const Catalog& catalog, const CardIntervals& ci, int width_px,
                     bool dark, bool standalone) {
  const Lang lang = card_lang(card);
  const ChartMetric m = resolve_metric(card.state.metric, card.results);
  SvgOptions o;
  o.width_px = width_px;
  o.lang = lang;
  o.dark = dark;
  o.transparent = card.state.transparent && !standalone;
  o.scale = card.state.view == "log" ? ChartScale::log : ChartScale::linear;
  o.standalone = standalone;
  o.title = card_title(card, lang);
  o.summary = summary_sentence(card.results, m, ci.ratio, lang);
  for (const Interval& q : ci.bars) {
    o.low.push_back(q.p5);
    o.high.push_back(q.p95);
  }
  if (standalone) o.footer = footer_text(card, catalog, lang);
  return render_svg_chart(card.results, m, o);
}

// Computed per face call rather than in card_from_query: Cards are also built where no interval
// is wanted (the app's share snippet, the fuzzer), and the card asks for its one metric only.
CardIntervals intervals_of(const Card& card) {
  return card_intervals(card.scenarios, card.results, resolve_metric(card.state.metric, card.results));
}

}  // namespace

Error card_link_error(Error e) {
  std::string& p = e.path;
  if (p.rfind("scenarios[", 0) == 0 && p.find(']') != std::string::npos)
    p = "s" + p.substr(10, p.find(']') - 10) + p.substr(p.find(']') + 1);
  else if (p.empty() || p[0] != 's' || p.size() < 2 || p[1] < '0' || p[1] > '9')
    p = p.empty() ? "s0" : "s0." + p;
  return e;
}

bool card_from_query(const std::string& query, const Catalog& catalog, Card* out, Error* error) {
  Card card;
  if (!decode_url_scenarios(query, catalog, &card.state, &card.scenarios, error)) return false;
  estimate_all(&card);
  *out = std::move(card);
  return true;
}

bool card_from_json(const std::string& text, const UrlState& view, const Catalog& catalog, Card* out,
                    Error* error) {
  Card card;
  card.state = view;
  Json root;
  std::string why;
  if (!parse_json(text, &root, &why)) return *error = Error{"", why}, false;
  if (!scenarios_from_json(root, catalog, &card.scenarios, error)) return false;
  card.state.scenarios = root;
  estimate_all(&card);
  *out = std::move(card);
  return true;
}

Lang card_lang(const Card& card) {
  return card.state.lang == "it" ? Lang::it : Lang::en;
}

std::string card_title(const Card& card, Lang lang) {
  const ChartMetric m = resolve_metric(card.state.metric, card.results);
  std::string names;
  for (std::size_t i = 0; i < card.results.size(); ++i)
    names += (i ? " " + std::string(tr("embed.vs", lang)) + " " : "") + card.results[i].label;
  return metric_title(m, lang) + ": " + names;
}

std::vector<const Source*> card_sources(const Card& card, const Catalog& catalog) {
  const ChartMetric m = resolve_metric(card.state.metric, card.results);
  std::vector<const Source*> out;
  for (const Scenario& s : card.scenarios)
    for (const std::string& id : scenario_source_ids(s, m, catalog)) {
      const Source* src = catalog.find_source(id);
      if (std::find(out.begin(), out.end(), src) == out.end()) out.push_back(src);
    }
  return out;
}

std::string card_svg(const Card& card, const Catalog& catalog, int width_px, bool dark, bool standalone,
                     Error* error) {
  const CardIntervals ci = intervals_of(card);
  if (!ci.error.reason.empty()) {
    if (error) *error = ci.error;
    return "";
  }
  return svg_with(card, catalog, ci, width_px, dark, standalone);
}

std::string card_query(const Card& card, bool for_app) {
  UrlState st = card.state;
  if (for_app) {
    st.embed_id.clear();
    st.transparent = false;
  }
  std::string q;
  Error ignored;
  return encode_url_state(st, &q, &ignored) ? q : "";
}

namespace {

// The card's content (core/card.h, card_json), the one list of its fields.
void write_card(JsonWriter& w, const Card& card, const Catalog& catalog, int width_px, bool dark,
                const std::string& app_query) {
  const Lang lang = card_lang(card);
  const CardIntervals ci = intervals_of(card);
  if (!ci.error.reason.empty()) {
    write_error(w, card_link_error(ci.error).message(), card.state.embed_id, lang);
    return;
  }
  const ChartMetric m = resolve_metric(card.state.metric, card.results);
  const std::vector<const Source*> sources = card_sources(card, catalog);
  w.begin_object().key("ok").value(true).key("lang").value(lang_code(lang));
  w.key("metric").value(card.state.metric).key("view").value(card.state.view);
  w.key("theme").value(card.state.theme).key("transparent").value(card.state.transparent);
  w.key("id").value(card.state.embed_id).key("title").value(card_title(card, lang));
  w.key("metric_title").value(metric_title(m, lang));
  w.key("summary").value(summary_sentence(card.results, m, ci.ratio, lang));
  w.key("svg").value(svg_with(card, catalog, ci, width_px, dark, false));
  write_metrics(w.key("metrics"), lang);
  write_table(w.key("table"), card, catalog, sources, ci, lang);
  write_sources(w.key("sources"), sources);
  write_strings(w.key("strings"), lang);
  w.key("app_query").value(app_query).end_object();
}

}  // namespace

// Read back from the card's text rather than built as a second list of the same fields: the card's
// module then writes its output without building a Json tree (smaller wasm), and the app, which
// calls this once a view, can afford a parse of ~8 KB.
Json card_view(const Card& card, const Catalog& catalog, int width_px, bool dark, const std::string& app_query) {
  std::string text;
  JsonWriter w(&text);
  write_card(w, card, catalog, width_px, dark, app_query);
  Json view;
  std::string why;
  parse_json(text, &view, &why);  // cannot fail: the writer's own output, far under the size limit
  return view;
}

Json card_view(const Card& card, const Catalog& catalog, int width_px, bool dark) {
  return card_view(card, catalog, width_px, dark, card_query(card, true));
}

std::string card_json(const std::string& query, const Catalog& catalog, int width_px, bool dark) {
  Card card;
  Error error;
  UrlState probe;
  Lang lang = Lang::en;
  const bool state_ok = decode_url_state(query, &probe, &error);  // embed_id validated when true
  if (probe.lang == "it") lang = Lang::it;  // the link's language, even when it is refused
  const std::string id = state_ok ? probe.embed_id : "";
  std::string out;
  JsonWriter w(&out);
  if (!card_from_query(query, catalog, &card, &error))
    write_error(w, error.message(), id, lang);
  else
    write_card(w, card, catalog, width_px, dark, app_link_query(query));
  return out;
}

std::string card_export_of(const Card& card, const Catalog& catalog, const std::string& kind, int width_px,
                           bool dark) {
  if (kind == "svg") {
    Error error;
    const std::string svg = card_svg(card, catalog, width_px, dark, true, &error);
    return svg.empty() ? "error: " + card_link_error(error).message() : svg;
  }
  if (kind == "csv") return results_csv(card.results);
  if (kind == "json") return json_dump(estimate_to_json(card.scenarios, card.results, catalog), 2);
  PaperOptions po;
  po.lang = card_lang(card);
  po.query = card_query(card, true);
  if (kind == "md") return paper_markdown(card.scenarios, card.results, catalog, po);
  if (kind == "tex") return paper_latex(card.scenarios, card.results, catalog, po);
  return "error: unknown export \"" + kind + "\"";
}

std::string card_export(const std::string& query, const Catalog& catalog, const std::string& kind,
                        int width_px, bool dark) {
  Card card;
  Error error;
  if (!card_from_query(query, catalog, &card, &error)) return "error: " + error.message();
  return card_export_of(card, catalog, kind, width_px, dark);
}

}  // namespace modelwatt
