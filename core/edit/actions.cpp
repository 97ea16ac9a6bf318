#include "core/edit/actions.h"

#include "core/url_state.h"

namespace modelwatt {
namespace {

EditOutcome result_of(bool ok, const std::string& path, const char* why) {
  return {ok, path, ok ? "" : why};
}

EditOutcome view_action(Comparison* c, const std::string& op, const std::string& value) {
  if (op == "metric") return result_of(set_metric(c, value), "metric", "unknown metric");
  if (op == "view") return result_of(set_view(c, value), "view", "must be bars, log or table");
  if (op == "theme") return result_of(set_theme(c, value), "theme", "must be auto, light or dark");
  Lang lang;
  if (!parse_lang(value, &lang)) return {false, "lang", "must be en or it"};
  set_lang(c, lang);
  return {true, "lang", ""};
}

}  // namespace

std::string load_link(Comparison* c, const std::string& query) {
  UrlState st;
  Error e;
  const bool decoded = decode_url_state(query, &st, &e);
  // The link's language applies even when the link or its scenarios are refused: its reader gets the
  // error in it (and the web page fetched that language's strings for this link, not the browser's).
  Lang lang;
  if (!st.lang.empty() && parse_lang(st.lang, &lang)) {
    c->lang = lang;
    c->lang_explicit = true;
  }
  if (!decoded) return e.message();
  Comparison next = *c;
  std::string err = load_comparison_json(&next, st.scenarios);
  // A link's reader knows the fields as "s0.training.pue" (as `modelwatt share --decode` and the card
  // say), not the contract's "scenarios[0].training.pue".
  if (err.rfind("scenarios[", 0) == 0 && err.find(']') != std::string::npos)
    err = "s" + err.substr(10, err.find(']') - 10) + err.substr(err.find(']') + 1);
  if (!err.empty()) return err;
  set_metric(&next, st.metric);
  set_view(&next, st.view);
  set_theme(&next, st.theme);
  *c = std::move(next);
  return "";
}

EditOutcome apply_action(Comparison* c, const Json& a) {
  if (!a.is_object()) return {false, "", "an action is a JSON object"};
  const std::string op = json_string(a, "op");
  const int slot = json_int(a, "slot", -1);
  const std::string path = json_string(a, "path");
  if (op == "set") return set_field_text(c, slot, path, json_string(a, "text"));
  if (op == "reset") return reset_field(c, slot, path), EditOutcome{true, path, ""};
  if (op == "reset_slot") return reset_slot(c, slot), EditOutcome{true, "", ""};
  if (op == "ref") return set_reference(c, slot, path, json_string(a, "id"));
  if (op == "label") return set_label(c, slot, json_string(a, "text"));
  if (op == "compute") {
    auto use = a.find("use");
    return set_use_disclosed_compute(c, slot, use != a.end() && use->is_boolean() && use->get<bool>());
  }
  if (op == "add_inference") return add_inference(c, slot);
  if (op == "remove_inference") return remove_inference(c, slot), EditOutcome{true, "inference", ""};
  if (op == "align") return align_field(c, json_int(a, "from", -1), json_int(a, "to", -1), path);
  if (op == "start") return set_start(c, slot, json_string(a, "id"));
  if (op == "add") return result_of(add_slot(c, json_string(a, "id")), "", "cannot add a scenario");
  if (op == "remove") return result_of(remove_slot(c, slot), "", "cannot remove the last scenario");
  if (op == "move") return result_of(move_slot(c, slot, json_int(a, "to", -1)), "", "no such position");
  if (op == "metric" || op == "view" || op == "theme" || op == "lang")
    return view_action(c, op, json_string(a, "value"));
  if (op == "link") {
    const std::string err = load_link(c, json_string(a, "query"));
    return {err.empty(), "", err};
  }
  if (op == "load") {
    auto it = a.find("scenarios");
    if (it == a.end()) return {false, "scenarios", "missing"};
    const std::string err = load_comparison_json(c, *it);
    return {err.empty(), "", err};
  }
  return {false, "op", "unknown action \"" + op + "\""};
}

}  // namespace modelwatt
