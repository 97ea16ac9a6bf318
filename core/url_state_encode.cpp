// Scenario JSON -> canonical URL query (format in url_state.h). Keys come out in contract order
// (fields.h), so the same comparison always gives the same link.
#include <algorithm>

#include "core/fields.h"
#include "core/url_state.h"
#include "core/url_state_impl.h"

namespace modelwatt {
namespace {

struct Writer {
  std::vector<std::string> parts;
  Error* error;

  bool fail(const std::string& path, const std::string& reason) {
    *error = Error{path, reason};
    return false;
  }
  void add(const std::string& key, const std::string& value) { parts.push_back(key + "=" + value); }
};

// Preferred key order of an object at `segs` (scenario-relative); keys not listed keep their order.
std::vector<std::string> preferred_keys(const std::vector<std::string>& segs) {
  if (segs.empty()) return {"label", "model", "training", "inference"};
  if (segs.size() == 1) {
    std::vector<std::string> keys = {"accelerator", "precision", "region", "datacenter"};
    std::size_t n;
    const NumberField* fields = number_fields(&n);
    for (std::size_t i = 0; i < n; ++i)
      if (section_name(fields[i].section) == segs[0]) keys.push_back(fields[i].key);
    return keys;
  }
  if (segs.back() == "accelerator") return {"id", "name", "tdp_w", "peak_tflops"};
  return {"bf16", "fp16", "fp8", "tf32", "fp32"};
}

std::vector<std::string> ordered_keys(const Json& obj, const std::vector<std::string>& segs) {
  // The preferred keys present, in the preferred order, then the others in the object's order.
  const std::vector<std::string> pref = preferred_keys(segs);
  std::vector<std::string> keys;
  for (const std::string& k : pref)
    if (obj.contains(k)) keys.push_back(k);
  for (auto& [k, v] : obj.items())
    if (std::find(pref.begin(), pref.end(), k) == pref.end()) keys.push_back(k);
  return keys;
}

bool flatten(Writer* w, const Json& value, const std::string& key, const std::string& path,
             std::vector<std::string>* segs) {
  if (value.is_object()) {
    if (segs->size() >= 4) return w->fail(path, "nested too deep for a link");
    for (const std::string& k : ordered_keys(value, *segs)) {
      if (segs->empty() && k == "preset") continue;  // carried by s=
      segs->push_back(k);
      const bool ok = flatten(w, value[k], key + "." + url_encode(k), path + "." + k, segs);
      segs->pop_back();
      if (!ok) return false;
    }
    return true;
  }
  if (value.is_null())
    w->add(key, "");
  else if (value.is_number())
    w->add(key, url_detail::compact_number(value.get<double>()));
  else if (value.is_string())
    w->add(key, url_encode(value.get<std::string>()));
  else
    return w->fail(path, std::string("a ") + value.type_name() + " cannot be put in a link");
  return true;
}

bool preset_entry(Writer* w, const Json& scenario, const std::string& path, std::string* entry) {
  auto it = scenario.find("preset");
  if (it == scenario.end()) {
    *entry = "_";
    return true;
  }
  if (!it->is_string()) return w->fail(path + ".preset", "must be a run id");
  *entry = it->get<std::string>();
  const bool plain =
      !entry->empty() && *entry != "_" &&
      entry->find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_") ==
          std::string::npos;
  return plain ? true : w->fail(path + ".preset", "\"" + *entry + "\" is not a run id");
}

void write_view(Writer* w, const UrlState& st) {
  w->add("metric", url_encode(st.metric));
  if (st.view != "bars") w->add("view", url_encode(st.view));
  if (!st.lang.empty()) w->add("lang", url_encode(st.lang));
  if (st.theme != "auto") w->add("theme", url_encode(st.theme));
  if (st.transparent) w->add("bg", "transparent");
  if (!st.embed_id.empty()) w->add("id", url_encode(st.embed_id));
}

}  // namespace

bool encode_url_state(const UrlState& st, std::string* query, Error* error) {
  Writer w{{}, error};
  const Json* list = &st.scenarios;
  Json single;
  if (st.scenarios.is_object() && !st.scenarios.contains("scenarios")) {  // one scenario object
    single = Json::array({st.scenarios});
    list = &single;
  } else if (st.scenarios.is_object()) {
    list = &st.scenarios["scenarios"];
  }
  if (!list->is_array() || list->empty()) return w.fail("scenarios", "must be a non-empty list");
  if (list->size() > kMaxUrlScenarios)
    return w.fail("scenarios", "more than " + std::to_string(kMaxUrlScenarios) + " scenarios fit in a link");
  std::string presets;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = "scenarios[" + std::to_string(i) + "]";
    if (!(*list)[i].is_object()) return w.fail(path, "must be a scenario object");
    std::string entry;
    if (!preset_entry(&w, (*list)[i], path, &entry)) return false;
    presets += (i ? "," : "") + entry;
  }
  w.add("v", std::to_string(kUrlStateVersion));
  w.add("s", presets);
  for (std::size_t i = 0; i < list->size(); ++i) {
    std::vector<std::string> segs;
    const std::string n = std::to_string(i);
    if (!flatten(&w, (*list)[i], "s" + n, "scenarios[" + n + "]", &segs)) return false;
  }
  write_view(&w, st);
  if (w.parts.size() > kMaxUrlParams)
    return w.fail("", "the link would have " + std::to_string(w.parts.size()) +
                          " parameters, over the limit of " + std::to_string(kMaxUrlParams));
  std::string q;
  for (std::size_t i = 0; i < w.parts.size(); ++i) q += (i ? "&" : "") + w.parts[i];
  if (q.size() > kMaxQueryBytes)
    return w.fail("", "the link would be " + std::to_string(q.size()) + " bytes, over the " +
                          std::to_string(kMaxQueryBytes) + "-byte limit");
  *query = std::move(q);
  return true;
}

}  // namespace modelwatt
