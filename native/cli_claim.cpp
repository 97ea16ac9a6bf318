// claim FILE: {"scenarios": [A, B], "claim": {"metric", "op", "ratio", "tolerance"?}} -> verdict, and a
// warning when one assumption the two sides set differently dominates the ratio (core/claim_warning.h).
// --align re-runs the claim with the side that assumes that input taking the other side's value (B
// takes A's when both assume it) and reports both verdicts.
#include <cstdio>

#include "core/claim_warning.h"
#include "core/scenario_parse.h"
#include "native/cli.h"

namespace modelwatt::cli {
namespace {

struct Checked {
  ClaimResult result;
  bool warned = false;
  ClaimWarning warning;
};

bool run(const Scenario& a, const Scenario& b, const Claim& claim, const Args& args, Checked* out, Error* e) {
  if (!check_claim(a, b, claim, uncertainty_options(args), &out->result, e)) return false;
  out->warned = dominant_assumption(a, b, out->result, &out->warning);
  return true;
}

Json checked_json(const Claim& claim, const Checked& c, Lang lang) {
  Json j = claim_to_json(claim, c.result, lang);
  j["warnings"] = Json::array();
  if (c.warned) j["warnings"].push_back(claim_warning_to_json(c.warning, c.result, lang));
  return j;
}

std::string checked_text(const Claim& claim, const Checked& c, Lang lang) {
  std::string s = claim_sentence(claim, c.result, lang) + "\n";
  if (!c.warned) return s;
  std::string w = claim_warning_sentence(c.warning, c.result, lang);
  if (lang == Lang::it && !w.empty() && (w[0] == 'I' || w[0] == 'L'))
    w[0] = static_cast<char>(w[0] - 'A' + 'a');  // "il 98 %" after a colon
  return s + (lang == Lang::it ? "Attenzione: " : "Warning: ") + w + "\n";
}

}  // namespace

int cmd_claim(const Args& a) {
  if (a.positional.size() != 1) return bad_input("claim: needs one FILE or - (stdin)");
  std::string text, why;
  if (!read_input(a.positional[0], &text)) return kBadInput;
  Json root;
  if (!parse_json(text, &root, &why)) return bad_input(why);
  if (!root.is_object() || !root.contains("scenarios"))
    return bad_input(
        "claim: the file must be {\"scenarios\": [A, B], \"claim\": {\"metric\", \"op\", \"ratio\"}}");
  std::vector<Scenario> scenarios;
  Error e;
  if (!scenarios_from_json(root, builtin_catalog(), &scenarios, &e, {"claim"})) return bad_input(e.message());
  if (scenarios.size() != 2)
    return bad_input("scenarios: a claim compares exactly 2 scenarios (got " +
                     std::to_string(scenarios.size()) + ")");
  auto it = root.find("claim");
  if (it == root.end())
    return bad_input("claim: required: {\"metric\": \"training.gpu_hours\", \"op\": \"<=\", \"ratio\": 0.1}");
  Claim claim;
  if (!claim_from_json(*it, &claim, &e)) return bad_input(e.message());
  Checked first;
  if (!run(scenarios[0], scenarios[1], claim, a, &first, &e)) return bad_input(e.message());
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  const bool json = a.format == "json";
  Json j = checked_json(claim, first, lang);
  std::string out = checked_text(claim, first, lang);
  if (a.align && !first.warned) {
    j["aligned"] = nullptr;
    out += lang == Lang::it ? "Niente da allineare: nessuna ipotesi dominante è diversa tra i due scenari.\n"
                            : "Nothing to align: no dominant assumption differs between the two sides.\n";
  } else if (a.align) {
    const ClaimWarning& w = first.warning;
    // The value goes onto the side that assumes it (core/claim_warning.h, align_b_takes_a).
    const bool b_takes = align_b_takes_a(w);
    const Scenario& from = scenarios[b_takes ? 0 : 1];
    const Scenario aligned = aligned_scenario(from, scenarios[b_takes ? 1 : 0], w.input);
    Checked second;
    if (!run(b_takes ? scenarios[0] : aligned, b_takes ? aligned : scenarios[1], claim, a, &second, &e))
      return bad_input(e.message());
    const std::string now = claim_warning_value(b_takes ? w.value_a : w.value_b, b_takes ? w.range_a : w.range_b, lang);
    const std::string was = claim_warning_value(b_takes ? w.value_b : w.value_a, b_takes ? w.range_b : w.range_a, lang);
    const std::string notice = aligned_notice(b_takes ? first.result.label_b : first.result.label_a,
                                              b_takes ? first.result.label_a : first.result.label_b, w.input, now, was,
                                              lang);
    j["aligned"] = checked_json(claim, second, lang);
    j["aligned"]["input"] = w.input;
    j["aligned"]["value"] = aligned_value_json(from, w.input);
    j["aligned"]["notice"] = notice;
    out += notice + "\n" + checked_text(claim, second, lang);
  }
  return write_stdout(json ? json_dump(j, 2) + "\n" : out);
}

}  // namespace modelwatt::cli
