// estimate and explain: scenario file -> results.
#include <cstdio>

#include "core/estimate.h"
#include "core/explain.h"
#include "core/export_text.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"
#include "native/cli.h"

namespace modelwatt::cli {

int cmd_estimate(const Args& a) {
  std::vector<Scenario> scenarios;
  int code = kOk;
  if (!load_scenarios(a, "estimate", &scenarios, &code)) return code;
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
  return write_stdout(out);
}

int cmd_explain(const Args& a) {
  std::vector<Scenario> scenarios;
  int code = kOk;
  if (!load_scenarios(a, "explain", &scenarios, &code)) return code;
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  std::string out;
  for (const Scenario& s : scenarios) out += explain_text(s, lang) + "\n";
  return write_stdout(out);
}

}  // namespace modelwatt::cli
