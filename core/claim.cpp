#include "core/claim.h"

#include <cmath>
#include <cstring>

#include "core/finite.h"
#include "core/i18n.h"
#include "core/suggest.h"

namespace modelwatt {
namespace {

const char* const kOps[] = {"<=", ">=", "~"};

bool fail(Error* e, const std::string& key, const std::string& reason) {
  *e = Error{"claim" + (key.empty() ? "" : "." + key), reason};
  return false;
}

std::string percent(double p) {
  if (!has(p)) return "n/a";
  int pct = static_cast<int>(std::lround(p * 100));
  if (p > 0 && pct == 0) pct = 1;  // never print a certainty the samples do not show
  if (p < 1 && pct == 100) pct = 99;
  return std::to_string(pct) + "%";
}

// One end of a ratio: "1/12" below one half, else "0.62×", "2.5×".
std::string ratio_word(double r, bool fractions, Lang lang) {
  if (fractions) return format_fraction(r);
  return format_sig(r, lang, 2) + "×";
}

// A sample of A, B or A / B that is not a finite number: "result too large" (issue 11), naming the
// sampled input farthest from 1 in orders of magnitude.
bool too_large(const Sampler& sampler, int s, const OutputField& f, Error* error) {
  *error = too_large_error("scenarios[" + std::to_string(s) + "]", extreme_range_input(sampler.inputs()), f);
  return false;
}

}  // namespace

const char* claim_op_symbol(ClaimOp op) {
  return kOps[static_cast<int>(op)];
}

const char* verdict_name(Verdict v) {
  return v == Verdict::supported ? "supported" : v == Verdict::not_supported ? "not_supported" : "undecided";
}

bool claim_from_json(const Json& j, Claim* out, Error* e) {
  if (!j.is_object()) return fail(e, "", "must be an object {\"metric\", \"op\", \"ratio\"}");
  const std::vector<std::string> keys = {"metric", "op", "ratio", "tolerance"};
  for (auto& [k, v] : j.items())
    if (k != "metric" && k != "op" && k != "ratio" && k != "tolerance")
      return fail(e, k, "unknown key" + did_you_mean(k, keys));
  Claim c;
  auto m = j.find("metric");
  if (m == j.end() || !m->is_string())
    return fail(e, "metric", "required: an output name such as \"training.gpu_hours\"");
  c.metric = m->get<std::string>();
  c.field = find_output_field(c.metric);
  if (!c.field) {
    std::vector<std::string> names;
    std::size_t n;
    const OutputField* fields = output_fields(&n);
    for (std::size_t i = 0; i < n; ++i)
      names.push_back(std::string(output_section_name(fields[i].section)) + "." + fields[i].key);
    return fail(e, "metric", "unknown metric \"" + c.metric + "\"" + did_you_mean(c.metric, names));
  }
  auto op = j.find("op");
  const std::string ops = op != j.end() && op->is_string() ? op->get<std::string>() : std::string("\x01");
  int k = 0;
  while (k < 3 && ops != kOps[k]) ++k;
  if (k == 3)
    return fail(e, "op",
                "must be \"<=\", \">=\" or \"~\" (got " +
                    (op == j.end() ? std::string("nothing") : json_dump(*op)) + ")");
  c.op = static_cast<ClaimOp>(k);
  auto r = j.find("ratio");
  if (r == j.end() || !r->is_number())
    return fail(e, "ratio",
                "must be a number > 0 (got " + (r == j.end() ? std::string("nothing") : json_dump(*r)) + ")");
  c.ratio = r->get<double>();
  if (!(c.ratio > 0) || std::isinf(c.ratio))
    return fail(e, "ratio", "must be > 0 (got " + json_dump(*r) + ")");
  if (auto t = j.find("tolerance"); t != j.end()) {
    if (c.op != ClaimOp::about) return fail(e, "tolerance", "only used with op \"~\"");
    if (!t->is_number() || !(t->get<double>() > 0 && t->get<double>() <= 1))
      return fail(e, "tolerance",
                  "must be a number in (0, 1], a relative tolerance (got " + json_dump(*t) + ")");
    c.tolerance = t->get<double>();
  }
  *out = c;
  return true;
}

bool check_claim(const Scenario& a, const Scenario& b, const Claim& claim, const UncertaintyOptions& options,
                 ClaimResult* out, Error* error) {
  const OutputField* f = claim.field ? claim.field : find_output_field(claim.metric);
  if (!f) return fail(error, "metric", "unknown metric \"" + claim.metric + "\"");
  Sampler sampler({a, b}, options);
  Result point[2];
  sampler.evaluate_point(point);
  const char* which[] = {"scenarios[0]", "scenarios[1]"};
  for (int s = 0; s < 2; ++s)
    if (!has(output_value(point[s], *f)))
      return fail(error, "metric",
                  claim.metric + " is null for " + which[s] + " (\"" + point[s].label +
                      "\"): its inputs are missing");
  if (output_value(point[1], *f) == 0)
    return fail(error, "metric", claim.metric + " is 0 for scenarios[1]: no ratio");
  ClaimResult r;
  r.label_a = point[0].label;
  r.label_b = point[1].label;
  r.seed = options.seed;
  r.samples = std::max(1, std::min(options.samples, kMaxSamples));
  auto ratio_of = [f](const Result* res) {
    const double x = output_value(res[0], *f), y = output_value(res[1], *f);
    return has(x) && has(y) && y != 0 ? x / y : kNone;
  };
  r.point_ratio = ratio_of(point);
  auto holds = [&](double q) {
    if (claim.op == ClaimOp::at_most) return q <= claim.ratio;
    if (claim.op == ClaimOp::at_least) return q >= claim.ratio;
    return std::fabs(q - claim.ratio) <= claim.tolerance * claim.ratio;
  };
  std::vector<double> ratios(static_cast<std::size_t>(r.samples));
  std::vector<double> draws(sampler.inputs().size());
  Result res[2];
  std::size_t defined = 0, held = 0;
  for (std::size_t i = 0; i < ratios.size(); ++i) {
    sampler.draw(i, draws.data());
    sampler.evaluate(draws.data(), res);
    ratios[i] = ratio_of(res);
    if (std::isinf(ratios[i]) || std::isinf(output_value(res[0], *f)) || std::isinf(output_value(res[1], *f)))
      return too_large(sampler, std::isinf(output_value(res[1], *f)) ? 1 : 0, *f, error);
    if (!has(ratios[i])) continue;
    ++defined;
    held += holds(ratios[i]) ? 1 : 0;
  }
  r.probability = defined ? static_cast<double>(held) / static_cast<double>(defined) : kNone;
  r.ratio = interval_of(ratios.data(), ratios.size());
  r.verdict = !has(r.probability)                ? Verdict::undecided
              : r.probability >= kSupportedAt    ? Verdict::supported
              : r.probability <= kNotSupportedAt ? Verdict::not_supported
                                                 : Verdict::undecided;
  r.drivers = tornado_rows(sampler, ratio_of);
  for (const TornadoRow& d : r.drivers)
    if (std::isinf(d.output_low) || std::isinf(d.output_high)) return too_large(sampler, 0, *f, error);
  *out = r;
  return true;
}

std::string claim_text(const Claim& c, Lang lang) {
  const std::string x = format_sig(c.ratio, lang, 3) + "×";
  if (c.op == ClaimOp::at_most) return fill(tr("claim.text.at_most", lang), {x});
  if (c.op == ClaimOp::at_least) return fill(tr("claim.text.at_least", lang), {x});
  return fill(tr("claim.text.about", lang), {x, format_sig(c.tolerance * 100, lang, 3)});
}

std::string ratio_interval_text(const Interval& r, Lang lang) {
  if (!r.present()) return "n/a";
  const bool fractions = r.p95 <= 0.5 && r.p5 > 0;  // "1/12" reads better than "0.083×"
  const std::string lo = ratio_word(r.p5, fractions, lang), hi = ratio_word(r.p95, fractions, lang);
  if (lo == hi) return r.p5 == r.p95 ? lo : fill(tr("claim.interval.about", lang), {lo});
  return fill(tr("claim.interval.between", lang), {lo, hi});
}

// "{A} used between 1/12 and 1/10 of the GPU-hours of {B}: the claim 'at most 0.1×' is supported
// (probability 97%)." Each output's verb and noun are strings (claim.verb.<key>, claim.noun.<key>;
// Italian nouns carry their partitive article, "delle ore-GPU"); an output without them is named.
std::string claim_sentence(const Claim& c, const ClaimResult& r, Lang lang) {
  const std::string key = c.field ? c.field->key : c.metric;
  const bool fractions = r.ratio.present() && r.ratio.p95 <= 0.5 && r.ratio.p5 > 0;
  const std::string ratio = ratio_interval_text(r.ratio, lang), how = fractions ? "fractions" : "times";
  const std::string phrase =
      has_tr("claim.verb." + key)
          ? fill(tr("claim.phrase." + how, lang),
                 {r.label_a, tr("claim.verb." + key, lang), ratio, tr("claim.noun." + key, lang), r.label_b})
          : fill(tr("claim.phrase.other." + how, lang), {r.label_a, ratio, c.metric, r.label_b});
  return fill(tr("claim.sentence", lang),
              {phrase, claim_text(c, lang), tr(std::string("claim.is.") + verdict_name(r.verdict), lang),
               percent(r.probability)});
}

Json claim_to_json(const Claim& c, const ClaimResult& r, Lang lang) {
  Json j;
  j["ratio"] = {{"p5", r.ratio.p5}, {"p50", r.ratio.p50}, {"p95", r.ratio.p95}};
  j["probability"] = r.probability;
  j["verdict"] = verdict_name(r.verdict);
  j["point_ratio"] = r.point_ratio;
  j["claim"] = {{"metric", c.metric}, {"op", claim_op_symbol(c.op)}, {"ratio", c.ratio}};
  if (c.op == ClaimOp::about) j["claim"]["tolerance"] = c.tolerance;
  j["labels"] = {r.label_a, r.label_b};
  j["sentence"] = claim_sentence(c, r, lang);
  j["thresholds"] = {{"supported", kSupportedAt}, {"not_supported", kNotSupportedAt}};
  j["samples"] = r.samples;
  j["seed"] = r.seed;
  Json drivers = Json::array();
  for (const TornadoRow& d : r.drivers)
    drivers.push_back({{"input", d.input},
                       {"input_low", d.input_low},
                       {"input_high", d.input_high},
                       {"ratio_low", d.output_low},
                       {"ratio_high", d.output_high},
                       {"share", d.share}});
  j["drivers"] = drivers;
  return j;
}

}  // namespace modelwatt
