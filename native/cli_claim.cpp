// claim FILE: {"scenarios": [A, B], "claim": {"metric", "op", "ratio", "tolerance"?}} -> verdict.
#include <cstdio>

#include "core/claim.h"
#include "core/scenario_parse.h"
#include "native/cli.h"

namespace modelwatt::cli {

int cmd_claim(const Args& a) {
  if (a.positional.size() != 1) return bad_input("claim: needs one FILE or - (stdin)");
  std::string text, why;
  if (!read_input(a.positional[0], &text)) return kBadInput;
  Json root;
  if (!parse_json(text, &root, &why)) return bad_input(why);
  if (!root.is_object() || !root.contains("scenarios"))
    return bad_input("claim: the file must be {\"scenarios\": [A, B], \"claim\": {\"metric\", \"op\", \"ratio\"}}");
  std::vector<Scenario> scenarios;
  Error e;
  if (!scenarios_from_json(root, builtin_catalog(), &scenarios, &e, {"claim"})) return bad_input(e.message());
  if (scenarios.size() != 2)
    return bad_input("scenarios: a claim compares exactly 2 scenarios (got " + std::to_string(scenarios.size()) + ")");
  auto it = root.find("claim");
  if (it == root.end()) return bad_input("claim: required: {\"metric\": \"training.gpu_hours\", \"op\": \"<=\", \"ratio\": 0.1}");
  Claim claim;
  if (!claim_from_json(*it, &claim, &e)) return bad_input(e.message());
  ClaimResult r;
  if (!check_claim(scenarios[0], scenarios[1], claim, uncertainty_options(a), &r, &e)) return bad_input(e.message());
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  const std::string out = a.format == "json" ? json_dump(claim_to_json(claim, r, lang), 2) + "\n" : claim_sentence(claim, r, lang) + "\n";
  return write_stdout(out);
}

}  // namespace modelwatt::cli
