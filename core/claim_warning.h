// The claim checker's warning about a dominant assumption (issue 10): most of the ratio's spread
// comes from one input that nobody published (status "assumed") and that the two sides set
// differently, so the verdict says more about the assumptions than about the models. Tried as a new
// user would, "DeepSeek-V3's per-query energy is a tenth of ChatGPT's" drew 98 % of its spread from
// the tokens per query, assumed 0–10,000 for one side and 0 for the other, with no warning.
//
//   ClaimResult r;  check_claim(a, b, claim, options, &r, &e);
//   ClaimWarning w;
//   if (dominant_assumption(a, b, r, &w)) show(claim_warning_sentence(w, r, lang));
//   Scenario b2 = aligned_scenario(a, b, w.input);   // B takes A's value (and range); re-check
//
// No warning when the dominant input has the same value and range on both sides (a fair comparison
// on that axis), or when neither side assumes it (disclosed, measured or the user's own values).
#pragma once
#include <string>

#include "core/claim.h"

namespace modelwatt {

// An input "dominates" the ratio when it explains at least half of its spread (TornadoRow::share,
// summed over the rows of the same path: the two sides' different ranges of one input are two rows).
inline constexpr double kDominantShare = 0.5;

struct ClaimWarning {
  std::string input;                          // "inference.input_tokens"
  double share = 0;                           // 0.5 … 1
  bool assumed_a = false, assumed_b = false;  // which side(s) assume it
  double value_a = kNone, value_b = kNone;    // the point values the two sides use
  Range range_a, range_b;                     // the ranges they sample (absent for a point)
};

// Fills *out and returns true when the top driver of `r` (a result of check_claim(a, b, ...)) is a
// dominant assumption the two sides do not share.
bool dominant_assumption(const Scenario& a, const Scenario& b, const ClaimResult& r, ClaimWarning* out);

// Which way aligning copies: onto the side that assumes the value. True when B takes A's value (B
// assumes it, or both do); false when only A assumes it, so a value B's authors published is never
// replaced by A's guess.
inline bool align_b_takes_a(const ClaimWarning& w) { return !(w.assumed_a && !w.assumed_b); }

// "98 % of the spread comes from DeepSeek-V3's assumed input tokens per query; the two sides do not
// use the same value (0–10,000 vs 0)." and its Italian, numbers in the UI language.
std::string claim_warning_sentence(const ClaimWarning& w, const ClaimResult& r, Lang lang);
// One side's value as the sentence shows it: "1,000", or a range "0–10,000".
std::string claim_warning_value(double value, const Range& range, Lang lang);

// What aligning changed: "GPT-4o query now uses the same “Input tokens per query” as DeepSeek-V3:
// 0–10,000 (was 0)." `now` and `was` as claim_warning_value() prints them.
std::string aligned_notice(const std::string& to_label, const std::string& from_label,
                           const std::string& path, const std::string& now, const std::string& was,
                           Lang lang);

// {"input", "share", "assumed_by": ["a", "b"] (either or both), "values": [A's, B's],
//  "ranges": [{"low", "mode"?, "high", "dist"?} or null, same for B], "sentence"}
Json claim_warning_to_json(const ClaimWarning& w, const ClaimResult& r, Lang lang);

// The range `s` samples for `path` (its own, else its catalog assumption's), or nullptr for a point.
const Range* input_sampling_range(const Scenario& s, const std::string& path);
// The value `to` gets when aligned on `from`: a number, or the range object of the scenario contract
// ({"low", "mode"?, "high", "dist"?}) when `from` samples that input. Null when the path is unknown.
Json aligned_value_json(const Scenario& from, const std::string& path);
// `to` with `path` set to `from`'s value and range, as the user's own value (so the catalog's range
// for the old value no longer applies and the claim is re-run on equal assumptions).
Scenario aligned_scenario(const Scenario& from, const Scenario& to, const std::string& path);

}  // namespace modelwatt
