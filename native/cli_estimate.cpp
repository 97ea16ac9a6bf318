// estimate and explain: scenario file -> results.
#include <cstdio>

#include "core/estimate.h"
#include "core/explain.h"
#include "core/export_text.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"
#include "native/cli.h"

namespace modelwatt::cli {

static bool load(const Args& a, const char* cmd, std::vector<Scenario>* scenarios, int* exit_code) {
  if (a.positional.size() != 1) {
    *exit_code = bad_input(std::string(cmd) + ": needs one FILE or - (stdin)");
    return false;
  }
  std::string text;
  if (!read_input(a.positional[0], &text)) {
    *exit_code = kBadInput;
    return false;
  }
  Error e;
  if (!parse_scenarios(text, builtin_catalog(), scenarios, &e)) {
    *exit_code = bad_input(e.message());
    return false;
  }
  return true;
}

int cmd_estimate(const Args& a) {
  std::vector<Scenario> scenarios;
  int code = kOk;
  if (!load(a, "estimate", &scenarios, &code)) return code;
  std::vector<Result> results;
  for (const Scenario& s : scenarios) results.push_back(estimate(s));
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  std::string out;
  if (a.format == "table")
    out = results_table(results, lang);
  else if (a.format == "csv")
    out = results_csv(results);
  else
    out = json_dump(estimate_to_json(scenarios, results, builtin_catalog()), 2) + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kOk;
}

int cmd_explain(const Args& a) {
  std::vector<Scenario> scenarios;
  int code = kOk;
  if (!load(a, "explain", &scenarios, &code)) return code;
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  std::string out;
  for (const Scenario& s : scenarios) out += explain_text(s, lang) + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kOk;
}

}  // namespace modelwatt::cli
