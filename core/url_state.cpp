// URL state <-> the contract's scenario JSON. The format is documented in url_state.h.
#include "core/url_state.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/fields.h"
#include "core/format.h"
#include "core/metric_registry.h"
#include "core/result.h"
#include "core/scenario_parse.h"
#include "core/suggest.h"
#include "core/url_state_impl.h"

namespace modelwatt {
namespace {

using url_detail::compact_number;
using url_detail::parse_number;

const char* const kViews[] = {"bars", "log", "table"};
const char* const kThemes[] = {"auto", "light", "dark"};
constexpr std::size_t kMaxPathSegments = 4;
const char kIdChars[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_";  // sN.training.accelerator.peak_tflops.fp8

struct Param {
  std::string key, value;
};

bool one_of(const std::string& v, const char* const* list, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (v == list[i]) return true;
  return false;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

bool fail(Error* error, const std::string& path, const std::string& reason) {
  *error = Error{path, reason};
  return false;
}

// "https://host/index.html?a=1#x" or "?a=1" or "a=1" -> "a=1".
std::string strip_to_query(const std::string& text) {
  std::string q = text;
  if (auto hash = q.find('#'); hash != std::string::npos) q.erase(hash);
  if (auto mark = q.find('?'); mark != std::string::npos) q.erase(0, mark + 1);
  return q;
}

bool split_query(const std::string& query, std::vector<Param>* params, Error* error) {
  if (query.size() > kMaxQueryBytes)
    return fail(error, "",
                "link is " + std::to_string(query.size()) + " bytes, over the " +
                    std::to_string(kMaxQueryBytes) + "-byte limit");
  StringSet seen;
  for (const std::string& part : split(query, '&')) {
    if (part.empty()) continue;
    if (params->size() >= kMaxUrlParams)
      return fail(error, "", "more than " + std::to_string(kMaxUrlParams) + " parameters");
    const std::size_t eq = part.find('=');
    Param p;
    if (!url_decode(part.substr(0, eq), &p.key))
      return fail(error, part.substr(0, std::min<std::size_t>(eq, 40)), "bad percent-encoding or not UTF-8");
    if (eq != std::string::npos && !url_decode(part.substr(eq + 1), &p.value))
      return fail(error, p.key, "bad percent-encoding or not UTF-8");
    // A label may hold a tab or newline (the core's label rule makes them spaces, core/label.h), so
    // every label accepted from a file also decodes from its link; nothing else may.
    const bool label = p.key.size() > 6 && p.key.compare(p.key.size() - 6, 6, ".label") == 0;
    for (unsigned char c : p.key)
      if (c < 0x20 || c == 0x7F) return fail(error, "", "a parameter name contains a control character");
    for (unsigned char c : p.value)
      if ((c < 0x20 || c == 0x7F) && !(label && (c == '\t' || c == '\n' || c == '\r')))
        return fail(error, p.key, "contains a control character");
    if (!seen.insert(p.key).second) return fail(error, p.key, "given twice");
    params->push_back(std::move(p));
  }
  return true;
}

bool section_of(const std::string& name, Section* out) {
  if (name == "model")
    *out = Section::model;
  else if (name == "training")
    *out = Section::training;
  else if (name == "inference")
    *out = Section::inference;
  else
    return false;
  return true;
}

// Whether the value at a scenario-relative path is a number (else text) in the contract.
bool is_numeric_path(const std::vector<std::string>& segs) {
  Section sec;
  if (segs.size() < 2 || !section_of(segs[0], &sec)) return false;
  if (segs.size() == 2) return find_number_field(sec, segs[1]) != nullptr;
  // A range on a numeric input (docs/scenario-extensions.md): field.low / .mode / .high are numbers.
  if (segs.size() == 3 && find_number_field(sec, segs[1]) != nullptr)
    return segs[2] == "low" || segs[2] == "mode" || segs[2] == "high";
  if (segs[1] != "accelerator") return false;
  return (segs.size() == 3 && segs[2] == "tdp_w") || (segs.size() == 4 && segs[2] == "peak_tflops");
}

// Sets scenario[segs...] = value, typed by the contract; "" on a numeric field is null.
bool set_value(Json* scenario, const std::vector<std::string>& segs, const Param& p, Error* error) {
  Json* node = scenario;
  for (std::size_t i = 0; i + 1 < segs.size(); ++i) {
    Json& child = (*node)[segs[i]];
    if (child.is_null()) child = Json::object();
    if (!child.is_object()) return fail(error, p.key, "conflicts with another parameter setting " + segs[i]);
    node = &child;
  }
  Json& leaf = (*node)[segs.back()];
  if (!leaf.is_null()) return fail(error, p.key, "conflicts with another parameter of the same path");
  if (!is_numeric_path(segs)) {
    leaf = p.value;
    return true;
  }
  if (p.value.empty()) return true;  // stays null: removes a preset's value
  double x;
  if (!parse_number(p.value, &x)) {
    const std::string shown = excerpt(p.value);
    return fail(error, p.key, "must be a number (got \"" + shown + "\")");
  }
  if (!std::isfinite(x)) return fail(error, p.key, "must be a finite number (got " + p.value + ")");
  if (std::floor(x) == x && std::fabs(x) < 9e15)
    leaf = static_cast<long long>(x);
  else
    leaf = x;
  return true;
}

bool read_presets(const std::string& value, Json* list, Error* error) {
  const std::vector<std::string> ids = split(value, ',');
  if (value.empty()) return fail(error, "s", "empty: list at least one preset id or _");
  if (ids.size() > kMaxUrlScenarios)
    return fail(error, "s", "more than " + std::to_string(kMaxUrlScenarios) + " scenarios");
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i].empty())
      return fail(error, "s",
                  "entry " + std::to_string(i + 1) + " is empty; use _ for a scenario without a preset");
    if (ids[i] != "_" && ids[i].find_first_not_of(kIdChars) != std::string::npos)
      return fail(error, "s", "entry " + std::to_string(i + 1) + " is not a run id (letters, digits, . - _)");
    Json s = Json::object();
    if (ids[i] != "_") s["preset"] = ids[i];
    list->push_back(std::move(s));
  }
  return true;
}

// "s12.training.pue" -> index 12 and {"training", "pue"}; false when not of that shape.
bool scenario_param(const std::string& key, std::size_t* index, std::vector<std::string>* segs) {
  if (key.size() < 3 || key[0] != 's' || key[1] < '0' || key[1] > '9') return false;
  const std::size_t dot = key.find('.');
  if (dot == std::string::npos) return false;
  const std::string num = key.substr(1, dot - 1);
  if (num.empty() || num.size() > 3 || num.find_first_not_of("0123456789") != std::string::npos) return false;
  if (num.size() > 1 && num[0] == '0') return false;
  // Digits by hand, not std::stoul: its out_of_range path (unreachable for 1-3 digits) links
  // fprintf and with it musl's printf_core into every web module.
  *index = 0;
  for (char c : num) *index = *index * 10 + static_cast<std::size_t>(c - '0');
  *segs = split(key.substr(dot + 1), '.');
  return true;
}

bool read_scenario_param(const Param& p, Json* list, Error* error) {
  std::size_t index;
  std::vector<std::string> segs;
  if (!scenario_param(p.key, &index, &segs)) return true;  // not one: ignored elsewhere
  if (index >= list->size())
    return fail(error, p.key,
                "no scenario " + std::to_string(index) + " (s= lists " + std::to_string(list->size()) +
                    ", numbered from 0)");
  if (segs.size() > kMaxPathSegments) return fail(error, p.key, "nested too deep");
  for (const std::string& seg : segs)
    if (seg.empty()) return fail(error, p.key, "empty name between dots");
  if (segs[0] == "preset") return fail(error, p.key, "give presets in s=, not as a parameter");
  return set_value(&(*list)[index], segs, p, error);
}

bool read_view(const Param& p, UrlState* st, Error* error) {
  auto pick = [&](const char* const* list, std::size_t n, std::string* out) {
    std::vector<std::string> names(list, list + n);
    if (!one_of(p.value, list, n))
      return fail(error, p.key, "unknown value \"" + p.value + "\"" + did_you_mean(p.value, names));
    *out = p.value;
    return true;
  };
  if (p.key == "metric") {
    if (!is_known_metric(p.value)) {
      std::vector<std::string> names;
      for (const MetricDef& m : metric_defs()) names.push_back(m.name);
      return fail(error, p.key, "unknown metric \"" + p.value + "\"" + did_you_mean(p.value, names));
    }
    st->metric = p.value;
    return true;
  }
  if (p.key == "view") return pick(kViews, std::size(kViews), &st->view);
  if (p.key == "theme") return pick(kThemes, std::size(kThemes), &st->theme);
  if (p.key == "lang") {
    Lang l;
    if (!parse_lang(p.value, &l))
      return fail(error, p.key, "unknown language \"" + p.value + "\"; use en or it");
    st->lang = lang_code(l);
    return true;
  }
  if (p.key == "bg") {
    if (p.value != "transparent" && p.value != "opaque")
      return fail(error, p.key, "must be transparent or opaque (got \"" + p.value + "\")");
    st->transparent = p.value == "transparent";
    return true;
  }
  // id: echoed into postMessage keys and DOM ids by host pages, so keep it to a safe alphabet
  if (p.value.empty() || p.value.size() > 64 ||
      p.value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") !=
          std::string::npos)
    return fail(error, p.key, "must be 1-64 letters, digits, - or _");
  st->embed_id = p.value;
  return true;
}

}  // namespace

const char* const* metric_names(std::size_t* count) {
  static const std::vector<const char*> names = [] {
    std::vector<const char*> v;
    for (const MetricDef& m : metric_defs()) v.push_back(m.name);
    return v;
  }();
  *count = names.size();
  return names.data();
}

bool is_known_metric(const std::string& metric) {
  return find_chart_metric(metric) != nullptr || find_output_field(metric) != nullptr;
}

bool decode_url_state(const std::string& text, UrlState* out, Error* error) {
  std::vector<Param> params;
  if (!split_query(strip_to_query(text), &params, error)) return false;
  // The link's language first, kept even when the link is refused: its reader gets the error in it.
  for (const Param& p : params) {
    Lang lang;
    if (p.key == "lang" && parse_lang(p.value, &lang)) out->lang = lang_code(lang);
  }
  UrlState st;
  const Param* version = nullptr;
  const Param* presets = nullptr;
  for (const Param& p : params) {
    if (p.key == "v") version = &p;
    if (p.key == "s") presets = &p;
  }
  if (!version) return fail(error, "v", "missing: a ModelWatt link starts with v=1");
  if (version->value != std::to_string(kUrlStateVersion))
    return fail(error, "v",
                "unsupported version \"" + version->value + "\" (this ModelWatt reads version " +
                    std::to_string(kUrlStateVersion) + ")");
  if (!presets) return fail(error, "s", "missing: list the scenarios, e.g. s=deepseek-v3,llama-3.1-405b");
  Json list = Json::array();
  if (!read_presets(presets->value, &list, error)) return false;
  static const StringSet kView = {"metric", "view", "lang", "theme", "bg", "id"};
  for (const Param& p : params) {
    std::size_t index;
    std::vector<std::string> segs;
    if (p.key == "v" || p.key == "s") continue;
    if (kView.count(p.key)) {
      if (!read_view(p, &st, error)) return false;
    } else if (scenario_param(p.key, &index, &segs)) {
      if (!read_scenario_param(p, &list, error)) return false;
    } else if (p.key.size() >= 2 && (p.key[0] == 's' || p.key[0] == 'S') && p.key[1] >= '0' &&
               p.key[1] <= '9') {
      // Looks like a scenario parameter but is not one ("s00.", "s0x.", "S0."): never silently dropped.
      return fail(error, clip_utf8(p.key, 60),
                  "not a scenario parameter (write s0.training.pue: s, then the scenario's number)");
    } else {
      st.ignored.push_back(p.key);
    }
  }
  st.scenarios = Json{{"scenarios", std::move(list)}};
  *out = std::move(st);
  return true;
}

std::string app_link_query(const std::string& query) {
  std::string out;
  for (const std::string& part : split(strip_to_query(query), '&')) {
    const std::size_t eq = part.find('=');
    std::string key, value;
    if (part.empty() || !url_decode(part.substr(0, eq), &key) || key == "id" || key == "bg") continue;
    if (eq != std::string::npos && !url_decode(part.substr(eq + 1), &value)) continue;
    // Re-encoded as the encoder writes them (a browser's URLSearchParams writes "," as %2C, " " as +).
    std::string v;
    if (key == "s")
      for (const std::string& id : split(value, ',')) v += (v.empty() ? "" : ",") + url_encode(id);
    else
      v = url_encode(value);
    out += (out.empty() ? "" : "&") + url_encode(key) + (eq == std::string::npos ? "" : "=" + v);
  }
  return out;
}

// The core names errors "scenarios[1].training.pue"; a link's reader knows them as "s1.training.pue".
static std::string url_path(const std::string& path) {
  if (path.rfind("scenarios[", 0) != 0) return path;
  const std::size_t close = path.find(']');
  if (close == std::string::npos) return path;
  std::string p = "s" + path.substr(10, close - 10) + path.substr(close + 1);
  if (p.back() == '.') p.pop_back();  // a whole-scenario error ("scenarios[0].")
  return p;
}

bool decode_url_scenarios(const std::string& query, const Catalog& catalog, UrlState* state,
                          std::vector<Scenario>* scenarios, Error* error) {
  if (!decode_url_state(query, state, error)) return false;
  if (!scenarios_from_json(state->scenarios, catalog, scenarios, error)) {
    error->path = url_path(error->path);
    return false;
  }
  return true;
}

}  // namespace modelwatt
