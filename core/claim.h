// The claim checker: "metric of A op ratio × metric of B", e.g. "DeepSeek-V3 used at most 0.1× the
// GPU-hours of Llama 3.1 405B", judged against the Monte Carlo distribution of A / B.
//
// For the faces ("Check a claim" panel, embed card):
//
//   Claim c;  Error e;
//   claim_from_json(j, &c, &e);                       // or fill Claim yourself (set `field` too)
//   ClaimResult r;
//   check_claim(a, b, c, {samples, seed}, &r, &e);    // ratio interval, probability, verdict, drivers
//   claim_sentence(c, r, Lang::it);                   // the sentence a reader understands
//
// Verdict thresholds: supported when P(claim holds) >= 0.9, not_supported when P <= 0.1, undecided
// in between. "~" holds in a sample when |A/B - ratio| <= tolerance × ratio (default tolerance 10%).
// Inputs shared by A and B (same path, same range) are drawn together, so a shared assumption such
// as the same PUE cancels out of the ratio instead of blurring it.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "core/format.h"
#include "core/json_read.h"
#include "core/sensitivity.h"
#include "core/uncertainty.h"

namespace modelwatt {

enum class ClaimOp { at_most, at_least, about };  // "<=", ">=", "~"
enum class Verdict { supported, not_supported, undecided };
const char* claim_op_symbol(ClaimOp op);
const char* verdict_name(Verdict v);  // "supported", "not_supported", "undecided"

inline constexpr double kSupportedAt = 0.9;     // P >= this: supported
inline constexpr double kNotSupportedAt = 0.1;  // P <= this: not supported
inline constexpr double kDefaultTolerance = 0.1;

struct Claim {
  std::string metric;                  // "training.gpu_hours": any output of result.h
  const OutputField* field = nullptr;  // find_output_field(metric)
  ClaimOp op = ClaimOp::at_most;
  double ratio = kNone;                // > 0
  double tolerance = kDefaultTolerance;  // "~" only: relative, (0, 1]
};

struct ClaimResult {
  std::string label_a, label_b;
  double point_ratio = kNone;   // A / B at the point estimates
  Interval ratio;               // A / B over the samples
  double probability = kNone;   // share of samples where the claim holds
  Verdict verdict = Verdict::undecided;
  std::vector<TornadoRow> drivers;  // inputs ranked by how much they move A / B
  int samples = 0;
  std::uint64_t seed = 0;
};

// {"metric", "op", "ratio", "tolerance"?}; errors are "claim.<key>: reason".
bool claim_from_json(const Json& j, Claim* out, Error* error);

// Judges the claim. Fails (error path "claim.metric") when the metric is null for A or B, or B's is 0.
bool check_claim(const Scenario& a, const Scenario& b, const Claim& claim, const UncertaintyOptions& options,
                 ClaimResult* out, Error* error);

// "DeepSeek-V3 used between 1/12 and 1/10 of the GPU-hours of Llama 3.1 405B: the claim 'at most
// 0.1×' is supported (probability 97%)." In English or Italian.
std::string claim_sentence(const Claim& claim, const ClaimResult& r, Lang lang);
// "at most 0.1×", "circa 0,5× (±10%)"
std::string claim_text(const Claim& claim, Lang lang);
// "between 1/12 and 1/10", "tra 2,1× e 2,5×", "1/11" when the interval is a point.
std::string ratio_interval_text(const Interval& r, Lang lang);

// {"ratio": {"p5","p50","p95"}, "probability", "verdict", "point_ratio", "claim", "sentence", "drivers", ...}
Json claim_to_json(const Claim& claim, const ClaimResult& r, Lang lang);

}  // namespace modelwatt
