// estimate --samples/--seed (Monte Carlo intervals) and explain --sensitivity (tornado rows).
#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "core/estimate.h"
#include "core/export_text.h"
#include "core/result_json.h"
#include "core/scenario_parse.h"
#include "core/uncertainty_json.h"
#include "native/cli.h"

namespace modelwatt::cli {

static bool all_digits(const std::string& v) {
  if (v.empty()) return false;
  for (char c : v)
    if (c < '0' || c > '9') return false;
  return true;
}

bool parse_samples(const std::string& v, long* out, std::string* error) {
  errno = 0;
  const long n = all_digits(v) && v.size() <= 8 ? std::strtol(v.c_str(), nullptr, 10) : -1;
  if (n < 1 || n > kMaxSamples) {
    *error = "--samples: must be a whole number from 1 to 1000000 (got \"" + v + "\")";
    return false;
  }
  *out = n;
  return true;
}

bool parse_seed(const std::string& v, unsigned long long* out, std::string* error) {
  errno = 0;
  const unsigned long long s = all_digits(v) ? std::strtoull(v.c_str(), nullptr, 10) : 0;
  if (!all_digits(v) || errno == ERANGE) {
    *error = "--seed: must be a whole number from 0 to 18446744073709551615 (got \"" + v + "\")";
    return false;
  }
  *out = s;
  return true;
}

UncertaintyOptions uncertainty_options(const Args& a) {
  UncertaintyOptions o;
  o.samples = a.samples > 0 ? static_cast<int>(a.samples) : kDefaultSamples;
  o.seed = a.seed;
  return o;
}

// Text rendering: one line per output, "label: p50 (p5 … p95)".
static std::string intervals_text(const IntervalSet& set, Lang lang) {
  std::string out;
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  for (std::size_t k = 0; k < n; ++k) {
    std::string line;
    for (const ResultIntervals& r : set.results) {
      const Interval& iv = r.outputs[k];
      if (!iv.present()) continue;
      line += "  " + r.label + ": " + format_quantity(iv.p50, outs[k].unit, lang) + " (" +
              format_quantity(iv.p5, outs[k].unit, lang) + " … " + format_quantity(iv.p95, outs[k].unit, lang) + ")\n";
    }
    if (!line.empty()) out += std::string(output_section_name(outs[k].section)) + "." + outs[k].key + "\n" + line;
  }
  return out;
}

static std::string intervals_csv(const IntervalSet& set) {
  std::string out = "section,metric,unit";
  for (const ResultIntervals& r : set.results)
    for (const char* q : {" p5", " p50", " p95"}) out += "," + csv_quote(r.label + q);
  out += "\n";
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  auto num = [](double v) {
    if (!has(v)) return std::string();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return std::string(buf);
  };
  for (std::size_t k = 0; k < n; ++k) {
    bool any = false;
    for (const ResultIntervals& r : set.results) any = any || r.present(outs[k]);
    if (!any && outs[k].phases_only) continue;  // v1's rows stay as they were
    out += std::string(output_section_name(outs[k].section)) + "," + outs[k].key + "," + csv_quote(unit_label(outs[k].unit));
    for (const ResultIntervals& r : set.results) out += "," + num(r.outputs[k].p5) + "," + num(r.outputs[k].p50) + "," + num(r.outputs[k].p95);
    out += "\n";
  }
  return out;
}

int cmd_estimate_intervals(const Args& a) {
  std::vector<Scenario> scenarios;
  int code = kOk;
  if (!load_scenarios(a, "estimate", &scenarios, &code)) return code;
  std::vector<Result> results;
  for (const Scenario& s : scenarios) results.push_back(estimate(s));
  const UncertaintyOptions options = uncertainty_options(a);
  if (std::string why = sample_budget_error(options.samples, static_cast<long long>(scenarios.size()));
      !why.empty())
    return bad_input("--samples: " + why);
  const IntervalSet set = estimate_intervals(scenarios, options);
  if (!set.ok()) return bad_input(set.error.message());
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  std::string out;
  if (a.format == "table") {
    out = results_table(results, lang) + "\n" + (lang == Lang::it ? "Intervalli" : "Intervals") + " p50 (p5 … p95), " +
          std::to_string(set.samples) + " samples, seed " + std::to_string(set.seed) + "\n" + intervals_text(set, lang);
  } else if (a.format == "csv") {
    out = intervals_csv(set);
  } else {
    Json j = estimate_to_json(scenarios, results, builtin_catalog());
    add_intervals_to_json(set, &j);
    out = json_dump(j, 2) + "\n";
  }
  return write_stdout(out);
}

int cmd_sensitivity(const Args& a) {
  std::vector<Scenario> scenarios;
  int code = kOk;
  if (!load_scenarios(a, "explain", &scenarios, &code)) return code;
  Lang lang = Lang::en;
  parse_lang(a.lang, &lang);
  const UncertaintyOptions options = uncertainty_options(a);
  std::string out;
  if (a.format == "json") {
    Json list = Json::array();
    for (const Scenario& s : scenarios) list.push_back({{"label", s.label}, {"sensitivity", tornado_to_json(tornado(s, options))}});
    out = json_dump(Json{{"method", "one-at-a-time: each input at its p5 and p95, others at point values; share = swing^2 / sum of swing^2"},
                         {"results", list}}, 2) + "\n";
  } else {
    for (const Scenario& s : scenarios) out += "# " + s.label + "\n" + tornado_text(tornado(s, options), lang) + "\n";
  }
  return write_stdout(out);
}

}  // namespace modelwatt::cli
