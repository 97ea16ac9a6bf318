#include "core/sampling.h"

#include <algorithm>
#include <cmath>

#include "core/rng.h"

namespace modelwatt {
namespace {

bool same_range(const Range& a, const Range& b) {
  auto eq = [](double x, double y) { return x == y || (!has(x) && !has(y)); };
  return eq(a.low, b.low) && eq(a.mode, b.mode) && eq(a.high, b.high) && a.loguniform == b.loguniform;
}

const NumberField& model_field(const char* key) { return *find_number_field(Section::model, key); }

}  // namespace

const Range* sampling_range(const Scenario& s, const NumberField& f, bool catalog_ranges) {
  const std::string path = field_path(f);
  if (auto it = s.ranges.find(path); it != s.ranges.end()) return &it->second;
  if (!catalog_ranges) return nullptr;
  auto it = s.provenance.find(path);
  if (it == s.provenance.end() || it->second.status == Status::user || !it->second.range.present()) return nullptr;
  const Range& r = it->second.range;
  const double v = field_value(s, f);
  if (!has(v) || v < r.low || v > r.high || r.low > r.high) return nullptr;
  if (r.loguniform && !(r.low > 0)) return nullptr;
  return &r;
}

Sampler::Sampler(const std::vector<Scenario>& scenarios, const UncertaintyOptions& options)
    : original_(scenarios), work_(scenarios), bindings_(scenarios.size()), tie_active_(scenarios.size(), 0) {
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const Scenario& sc = scenarios[s];
    work_[s].label.clear();  // estimate() copies the label: keep it empty so sampling never allocates
    const Range* total = sampling_range(sc, model_field("params_total"), options.catalog_ranges);
    const Range* active = sampling_range(sc, model_field("params_active"), options.catalog_ranges);
    // A dense model given as a range copies params_total's range to params_active: one draw for both.
    tie_active_[s] = total && sc.model.params_active == sc.model.params_total && (!active || same_range(*active, *total));
    for (std::size_t k = 0; k < n; ++k) {
      const NumberField& f = fields[k];
      if (tie_active_[s] && f.model_member == &ModelInputs::params_active) continue;
      const Range* r = sampling_range(sc, f, options.catalog_ranges);
      if (!r) continue;
      const std::string path = field_path(f);
      int d = 0;
      while (d < static_cast<int>(inputs_.size()) && !(inputs_[d].path == path && same_range(inputs_[d].range, *r))) ++d;
      if (d == static_cast<int>(inputs_.size())) {
        UncertainInput in;
        in.path = path;
        in.range = *r;
        in.field = &f;
        in.key = stream_key(options.seed, stream_id(path, *r));
        inputs_.push_back(in);
      }
      inputs_[d].scenarios.push_back(static_cast<int>(s));
      bindings_[s].push_back(Binding{field_value(work_[s], f), field_value(sc, f), d, f.rule == Rule::positive_integer});
    }
  }
}

void Sampler::draw(std::uint64_t i, double* values) const {
  for (std::size_t d = 0; d < inputs_.size(); ++d) values[d] = range_quantile(inputs_[d].range, uniform01(inputs_[d].key, i));
}

double Sampler::input_quantile(std::size_t d, double p) const { return range_quantile(inputs_[d].range, p); }

// Sets scenario s's uncertain fields: all of them from `values` (only < 0), or only input `only`
// from values[0] with the rest at their point values.
void Sampler::apply(std::size_t s, const double* values, long only) {
  Scenario& w = work_[s];
  for (const Binding& b : bindings_[s]) {
    double x;
    if (only < 0) x = values[b.input];
    else x = b.input == only ? values[0] : b.point;
    *b.slot = b.whole ? std::round(x) : x;  // accelerator counts stay whole
  }
  ModelInputs& m = w.model;
  if (tie_active_[s]) m.params_active = m.params_total;
  else if (has(m.params_active) && has(m.params_total) && m.params_active > m.params_total)
    m.params_active = m.params_total;  // independent ranges may cross; active never exceeds total
}

void Sampler::evaluate(const double* values, Result* results) {
  for (std::size_t s = 0; s < work_.size(); ++s) {
    apply(s, values, -1);
    results[s] = estimate(work_[s]);
  }
}

void Sampler::evaluate_one(std::size_t d, double value, Result* results) {
  for (std::size_t s = 0; s < work_.size(); ++s) {
    apply(s, &value, static_cast<long>(d));
    results[s] = estimate(work_[s]);
  }
}

void Sampler::evaluate_point(Result* results) const {
  for (std::size_t s = 0; s < original_.size(); ++s) results[s] = estimate(original_[s]);
}

std::string sample_budget_error(long long samples, long long scenarios) {
  if (samples <= kMaxSampleBudget / std::max(1LL, scenarios)) return "";
  return std::to_string(samples) + " samples × " + std::to_string(scenarios) +
         " scenarios is over the budget of 2000000 (samples × scenarios); use at most " +
         std::to_string(kMaxSampleBudget / std::max(1LL, scenarios)) + " samples";
}

}  // namespace modelwatt
