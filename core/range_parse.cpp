#include "core/range_parse.h"

#include <cmath>

#include "core/json/print_number.h"
#include "core/suggest.h"

namespace modelwatt {
namespace {

bool bad(std::string* key_out, std::string* why_out, const std::string& key, const std::string& why) {
  *key_out = key;
  *why_out = why;
  return false;
}

// low <= mode <= high, the mode only with a triangular range, loguniform bounds > 0.
bool check_shape(const Range& r, const std::string& dist, std::string* key, std::string* why) {
  auto g = [](double v) { return print_general(v, 6); };  // "%.6g"
  if (r.high < r.low)
    return bad(key, why, "high", "must be >= low (got " + g(r.high) + " < " + g(r.low) + ")");
  if (has(r.mode) && (r.mode < r.low || r.mode > r.high)) {
    return bad(
        key, why, "mode",
        "must be between low and high (got " + g(r.mode) + " outside [" + g(r.low) + ", " + g(r.high) + "])");
  }
  if (has(r.mode) && dist != "" && dist != "triangular")
    return bad(key, why, "mode", "not used by a " + dist + " range; remove it");
  if (!has(r.mode) && dist == "triangular") return bad(key, why, "mode", "required for a triangular range");
  if (r.loguniform && !(r.low > 0))
    return bad(key, why, "low", "must be > 0 for a loguniform range (got " + g(r.low) + ")");
  return true;
}

}  // namespace

bool parse_range(const Json& v, const NumberField& f, Range* out, double* point, std::string* key,
                 std::string* why) {
  for (auto& [k, x] : v.items())
    if (k != "low" && k != "mode" && k != "high" && k != "dist")
      return bad(key, why, k, "unknown key" + did_you_mean(k, {"low", "mode", "high", "dist"}));
  std::string dist;
  if (auto d = v.find("dist"); d != v.end()) {
    dist = d->is_string() ? d->get<std::string>() : "";
    if (dist != "uniform" && dist != "triangular" && dist != "loguniform")
      return bad(key, why, "dist",
                 "must be \"uniform\", \"triangular\" or \"loguniform\" (got " + json_describe(*d) + ")");
  }
  Range r;
  r.loguniform = dist == "loguniform";
  const std::pair<const char*, double*> bounds[] = {{"low", &r.low}, {"mode", &r.mode}, {"high", &r.high}};
  for (const auto& [name, slot] : bounds) {
    auto it = v.find(name);
    if (it == v.end()) {
      if (std::string(name) != "mode") return bad(key, why, name, "required in a range");
      continue;
    }
    if (!it->is_number()) return bad(key, why, name, "must be a number (got " + json_describe(*it) + ")");
    *slot = it->get<double>() + 0.0;
    std::string reason = check_rule(f.rule, *slot);
    if (!reason.empty()) return bad(key, why, name, reason);
  }
  if (!check_shape(r, dist, key, why)) return false;
  double p = has(r.mode) ? r.mode : r.loguniform ? std::sqrt(r.low * r.high) : r.low + (r.high - r.low) / 2;
  if (f.rule == Rule::positive_integer) p = std::round(p);
  *out = r;
  *point = p;
  return true;
}

}  // namespace modelwatt
