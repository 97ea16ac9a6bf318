#include "core/claim_warning.h"

#include <cmath>
#include <map>

#include "core/fields.h"
#include "core/i18n.h"

namespace modelwatt {
namespace {

const NumberField* field_at(const std::string& path) {
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i)
    if (field_path(fields[i]) == path) return &fields[i];
  return nullptr;
}

bool same_number(double x, double y) {
  return x == y || (!has(x) && !has(y));
}

bool same_range(const Range& a, const Range& b) {
  if (!a.present() || !b.present()) return a.present() == b.present();
  return same_number(a.low, b.low) && same_number(a.mode, b.mode) && same_number(a.high, b.high) &&
         a.loguniform == b.loguniform;
}

bool assumes(const Scenario& s, const std::string& path) {
  auto it = s.provenance.find(path);
  return it != s.provenance.end() && it->second.status == Status::assumed;
}

// The input that explains most of the ratio's spread, its rows' shares summed (the two sides'
// different ranges of one input are separate rows, but one assumption to the reader).
std::pair<std::string, double> top_input(const std::vector<TornadoRow>& drivers) {
  std::map<std::string, double> shares;
  for (const TornadoRow& d : drivers) shares[d.input] += d.share;
  std::pair<std::string, double> top{"", 0};
  for (const TornadoRow& d : drivers)  // in rank order, so ties keep the tornado's order
    if (shares[d.input] > top.second) top = {d.input, shares[d.input]};
  return top;
}

// "98 %"; never 100 % for a share below one (the other inputs do move the ratio a little).
int share_percent(double share) {
  int pct = static_cast<int>(std::lround(share * 100));
  if (share < 1 && pct == 100) pct = 99;
  return pct;
}

// Italian elides the article before a vowel sound: "l'80 %", "l'11 %", "l'1 %", but "il 98 %".
std::string italian_share(int pct) {
  const std::string n = std::to_string(pct);
  const bool vowel = n[0] == '8' || n == "1" || n == "11";
  return (vowel ? "L'" : "Il ") + n + " %";
}

// Who assumes the input, as the sentence names them: the assumed sides whose range makes the
// spread, else every assumed side. "{0}" of the subject phrase.
std::string who(const ClaimWarning& w, const ClaimResult& r, Lang lang) {
  bool a = w.assumed_a && w.range_a.present(), b = w.assumed_b && w.range_b.present();
  if (!a && !b) a = w.assumed_a, b = w.assumed_b;
  if (a && b) return tr("claimwarn.both", lang);
  const std::string& label = a ? r.label_a : r.label_b;
  return lang == Lang::it ? label : label + "'s";
}

}  // namespace

const Range* input_sampling_range(const Scenario& s, const std::string& path) {
  const NumberField* f = field_at(path);
  return f ? sampling_range(s, *f, true) : nullptr;
}

bool dominant_assumption(const Scenario& a, const Scenario& b, const ClaimResult& r, ClaimWarning* out) {
  const auto [path, share] = top_input(r.drivers);
  if (path.empty() || share < kDominantShare) return false;
  const NumberField* f = field_at(path);
  if (!f) return false;
  ClaimWarning w;
  w.input = path;
  w.share = std::min(1.0, share);
  w.assumed_a = assumes(a, path);
  w.assumed_b = assumes(b, path);
  if (!w.assumed_a && !w.assumed_b) return false;  // disclosed, measured or the user's own: not ours to flag
  w.value_a = field_value(a, *f);
  w.value_b = field_value(b, *f);
  if (const Range* ra = input_sampling_range(a, path)) w.range_a = *ra;
  if (const Range* rb = input_sampling_range(b, path)) w.range_b = *rb;
  // The same value and range on both sides: a fair comparison on that axis, however wide the range.
  if (same_number(w.value_a, w.value_b) && same_range(w.range_a, w.range_b)) return false;
  *out = w;
  return true;
}

std::string claim_warning_value(double value, const Range& range, Lang lang) {
  // Four significant digits: two different assumptions should not print the same.
  if (range.present()) return format_sig(range.low, lang, 4) + "–" + format_sig(range.high, lang, 4);
  return format_sig(value, lang, 4);
}

std::string claim_warning_sentence(const ClaimWarning& w, const ClaimResult& r, Lang lang) {
  const int pct = share_percent(w.share);
  const std::string share = lang == Lang::it ? italian_share(pct) : std::to_string(pct) + " %";
  const std::string key = "claimwarn.subject." + w.input;
  std::string subject;
  if (has_tr(key))
    subject = fill(tr(key, lang), {who(w, r, lang)});
  else
    subject = fill(tr("claimwarn.subject", lang), {who(w, r, lang), tr("field." + w.input, lang)});
  return fill(tr("claimwarn.sentence", lang),
              {share, subject, claim_warning_value(w.value_a, w.range_a, lang),
               claim_warning_value(w.value_b, w.range_b, lang)});
}

std::string aligned_notice(const std::string& to_label, const std::string& from_label,
                           const std::string& path, const std::string& now, const std::string& was,
                           Lang lang) {
  return fill(tr("claimwarn.aligned", lang), {to_label, tr("field." + path, lang), from_label, now, was});
}

namespace {

Json range_json(const Range& r) {
  if (!r.present()) return Json(nullptr);
  Json j = {{"low", r.low}, {"high", r.high}};
  if (has(r.mode)) j["mode"] = r.mode;
  if (r.loguniform) j["dist"] = "loguniform";
  return j;
}

}  // namespace

Json claim_warning_to_json(const ClaimWarning& w, const ClaimResult& r, Lang lang) {
  Json by = Json::array();
  if (w.assumed_a) by.push_back("a");
  if (w.assumed_b) by.push_back("b");
  auto num = [](double v) { return has(v) ? Json(v) : Json(nullptr); };
  return {{"input", w.input},
          {"share", w.share},
          {"assumed_by", by},
          {"values", {num(w.value_a), num(w.value_b)}},
          {"ranges", {range_json(w.range_a), range_json(w.range_b)}},
          {"sentence", claim_warning_sentence(w, r, lang)}};
}

Json aligned_value_json(const Scenario& from, const std::string& path) {
  const NumberField* f = field_at(path);
  if (!f) return Json(nullptr);
  if (const Range* r = input_sampling_range(from, path)) return range_json(*r);
  const double v = field_value(from, *f);
  return has(v) ? Json(v) : Json(nullptr);
}

Scenario aligned_scenario(const Scenario& from, const Scenario& to, const std::string& path) {
  Scenario s = to;
  const NumberField* f = field_at(path);
  if (!f) return s;
  *field_value(s, *f) = field_value(from, *f);
  if (const Range* r = input_sampling_range(from, path))
    s.ranges[path] = *r;
  else
    s.ranges.erase(path);
  // The user chose this value: badged "user", and the catalog's range around the old value is dropped.
  Provenance p;
  p.status = Status::user;
  s.provenance[path] = p;
  return s;
}

}  // namespace modelwatt
