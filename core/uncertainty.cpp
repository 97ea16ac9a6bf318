#include "core/uncertainty.h"

#include <algorithm>
#include <cmath>

#include "core/finite.h"
#include "core/result_json.h"

namespace modelwatt {
namespace {


// The type-7 quantile of rank h = (m - 1) p: order statistics lo = floor(h) and lo + 1, interpolated.
// Both must lie in v[from, to), and v[from, to) must hold exactly those ranks (a prior partition).
double select_rank(double* v, std::size_t from, std::size_t to, double h) {
  const std::size_t lo = static_cast<std::size_t>(h);
  std::nth_element(v + from, v + lo, v + to);
  const double a = v[lo];
  if (lo + 1 >= to) return a;
  const double b = *std::min_element(v + lo + 1, v + to);
  return a + (h - static_cast<double>(lo)) * (b - a);
}

// The six order statistics of p5, p50, p95 (type 7) in three linear passes instead of sorting: a
// histogram of 1024 equal-width buckets over [lo, hi] (bucketing is monotone, so the k-th value lies
// in the bucket where the running count passes k), then only the few buckets holding a wanted rank
// are gathered and selected exactly. Returns false when the width cannot be bucketed.
bool select_by_histogram(const double* v, std::size_t m, double lo, double hi, Interval* out) {
  constexpr int kBuckets = 1024;
  // Only a finite, non-zero width can be bucketed; an infinite sample (issue 11) or a width that
  // overflows would make the bucket index undefined, so those go to the exact sort.
  if (!std::isfinite(lo) || !std::isfinite(hi) || !std::isfinite(hi - lo)) return false;
  const double scale = kBuckets / (hi - lo);
  if (!(scale < HUGE_VAL)) return false;
  auto bucket = [&](double x) {
    const double at = (x - lo) * scale;  // in [0, kBuckets] for x in [lo, hi]
    const int b = at > 0 ? static_cast<int>(std::min(at, static_cast<double>(kBuckets - 1))) : 0;
    return b;
  };
  std::uint32_t count[kBuckets] = {};
  for (std::size_t i = 0; i < m; ++i) ++count[bucket(v[i])];
  const double last = static_cast<double>(m - 1);
  const double h[3] = {last * 0.05, last * 0.5, last * 0.95};
  std::size_t rank[6];
  for (int q = 0; q < 3; ++q) {
    rank[2 * q] = static_cast<std::size_t>(h[q]);
    rank[2 * q + 1] = std::min(rank[2 * q] + 1, m - 1);
  }
  // Bucket and offset of each rank; each wanted bucket gets a region of the scratch array.
  std::int16_t region[kBuckets];
  std::fill(region, region + kBuckets, -1);
  int bucket_of[6], nregions = 0;
  std::size_t before[6], start[7] = {0};
  std::size_t cum = 0;
  for (int b = 0, r = 0; b < kBuckets && r < 6; ++b) {
    while (r < 6 && rank[r] < cum + count[b]) {
      bucket_of[r] = b;
      before[r] = cum;
      if (region[b] < 0) {
        region[b] = static_cast<std::int16_t>(nregions);
        start[nregions + 1] = start[nregions] + count[b];
        ++nregions;
      }
      ++r;
    }
    cum += count[b];
  }
  std::vector<double> scratch(start[nregions]);
  std::size_t fill[6];
  for (int g = 0; g < nregions; ++g) fill[g] = start[g];
  for (std::size_t i = 0; i < m; ++i) {
    const int g = region[bucket(v[i])];
    if (g >= 0) scratch[fill[g]++] = v[i];
  }
  double value[6];
  for (int r = 0; r < 6; ++r) {
    const int g = region[bucket_of[r]];
    double* base = scratch.data() + start[g];
    const std::size_t k = rank[r] - before[r];
    std::nth_element(base, base + k, scratch.data() + start[g + 1]);
    value[r] = base[k];
  }
  double* slot[3] = {&out->p5, &out->p50, &out->p95};
  for (int q = 0; q < 3; ++q)
    *slot[q] = value[2 * q] + (h[q] - static_cast<double>(rank[2 * q])) * (value[2 * q + 1] - value[2 * q]);
  return true;
}

// p5/p50/p95 of v[0..n) whose non-null values span [lo, hi], `nulls` of them null.
Interval interval_known(double* v, std::size_t n, std::size_t nulls, double lo, double hi) {
  const std::size_t m = n - nulls;
  if (m == 0 || 2 * m < n) return Interval{};
  if (lo == hi) return Interval{lo, lo, lo};
  if (nulls) std::remove_if(v, v + n, [](double x) { return !has(x); });
  Interval r;
  if (m < 64 || !select_by_histogram(v, m, lo, hi, &r)) {
    // Few samples, or a width too narrow to bucket (subnormal): select over the whole range. (No
    // std::sort: select_rank needs none, and introsort is ~1 KB of every web module.)
    const double last = static_cast<double>(m - 1);
    r = Interval{select_rank(v, 0, m, last * 0.05), select_rank(v, 0, m, last * 0.5), select_rank(v, 0, m, last * 0.95)};
  }
  return r;
}

// One sampled output (scenario s, output k): its samples' range and nulls are tracked while it is
// filled, so a constant column (the common case) costs no pass at all.
struct Column {
  std::size_t s, k;
  const double* source;  // the output inside the Result the sampler writes
  double lo = HUGE_VAL, hi = -HUGE_VAL;
  std::size_t nulls = 0;
  bool infinite = false;  // some sample is +-inf: the set reports "result too large"
  void add(double* col, std::size_t i, double x) {
    col[i] = x;
    if (!has(x)) ++nulls;
    if (std::isinf(x)) infinite = true;
    lo = x < lo ? x : lo;
    hi = x > hi ? x : hi;
  }
  Interval interval(double* col, std::size_t n) const { return interval_known(col, n, nulls, lo, hi); }
};

ResultIntervals empty_like(const Result& r, std::size_t k_count) {
  ResultIntervals ri;
  ri.label = r.label;
  ri.training = r.training.present;
  ri.inference = r.inference.present;
  ri.lifecycle = r.lifecycle.present;
  ri.phases = r.inference.phases;
  ri.outputs.assign(k_count, Interval{});
  return ri;
}

Interval point_interval(double v) { return has(v) ? Interval{v, v, v} : Interval{}; }

// The error of a set whose scenario s had an infinite sample of output k; intervals are dropped.
void fail_too_large(IntervalSet* set, std::size_t s, std::size_t scenario_count, const OutputField& f) {
  const std::string prefix = scenario_count > 1 ? "scenarios[" + std::to_string(s) + "]" : "";
  set->error = too_large_error(prefix, extreme_range_input(set->inputs), f);
  for (ResultIntervals& r : set->results) std::fill(r.outputs.begin(), r.outputs.end(), Interval{});
  for (ResultIntervals& r : set->comparison) std::fill(r.outputs.begin(), r.outputs.end(), Interval{});
}

}  // namespace

const Interval& ResultIntervals::of(const OutputField& f) const {
  std::size_t n;
  const OutputField* fields = output_fields(&n);
  return outputs[static_cast<std::size_t>(&f - fields)];
}

const Interval* ResultIntervals::find(const std::string& dotted) const {
  const OutputField* f = find_output_field(dotted);
  return f ? &of(*f) : nullptr;
}

bool ResultIntervals::section_present(OutputSection s) const {
  return s == OutputSection::training ? training : s == OutputSection::inference ? inference : lifecycle;
}

bool ResultIntervals::present(const OutputField& f) const { return section_present(f.section) && (!f.phases_only || phases); }

double quantile_of(double* v, std::size_t n, double p) {
  if (n == 0) return kNone;
  return select_rank(v, 0, n, static_cast<double>(n - 1) * p);
}

Interval interval_of(double* v, std::size_t n) {
  std::size_t nulls = 0;
  double lo = HUGE_VAL, hi = -HUGE_VAL;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = v[i];
    if (!has(x)) ++nulls;
    lo = x < lo ? x : lo;
    hi = x > hi ? x : hi;
  }
  return interval_known(v, n, nulls, lo, hi);
}

IntervalSet estimate_intervals(const std::vector<Scenario>& scenarios, const UncertaintyOptions& options) {
  IntervalSet set;
  const std::size_t S = scenarios.size();
  if (S == 0) return set;
  std::size_t K;
  const OutputField* fields = output_fields(&K);
  Sampler sampler(scenarios, options);
  set.inputs = sampler.inputs();
  set.seed = options.seed;
  set.samples = std::max(1, std::min(options.samples, kMaxSamples));
  std::vector<Result> points(S), res(S);
  sampler.evaluate_point(points.data());
  for (const Result& r : points) set.results.push_back(empty_like(r, K));
  std::vector<Result> ratios = S >= 2 ? compare_to_first(points) : std::vector<Result>{};
  for (const Result& q : ratios) set.comparison.push_back(empty_like(q, K));
  if (static_cast<long long>(set.samples) * static_cast<long long>(S) > kMaxSampleBudget) {
    set.error = Error{"samples", "samples × scenarios is over the budget of 2000000"};  // intervals stay null
    return set;
  }
  std::vector<char> wanted(K, options.metrics.empty());
  for (const OutputField* f : options.metrics)
    if (f) wanted[static_cast<std::size_t>(f - fields)] = 1;

  // Only outputs defined at the point estimate are sampled; nothing random means intervals = points.
  std::vector<Column> cols;
  for (std::size_t s = 0; s < S; ++s)
    for (std::size_t k = 0; k < K; ++k) {
      const double v = output_value(points[s], fields[k]);
      if (!has(v) || !wanted[k]) continue;
      if (set.inputs.empty()) set.results[s].outputs[k] = point_interval(v);
      else cols.push_back(Column{s, k, output_slot(res[s], fields[k])});
    }
  if (set.inputs.empty()) {
    for (std::size_t s = 0; s < ratios.size(); ++s)
      for (std::size_t k = 0; k < K; ++k)
        if (wanted[k]) set.comparison[s].outputs[k] = point_interval(output_value(ratios[s], fields[k]));
    return set;
  }
  const std::size_t n = static_cast<std::size_t>(set.samples);
  std::vector<double> store(cols.size() * n), draws(set.inputs.size());
  for (std::size_t i = 0; i < n; ++i) {
    sampler.draw(i, draws.data());
    sampler.evaluate(draws.data(), res.data());  // res[s] stays put, so the columns' pointers hold
    for (std::size_t j = 0; j < cols.size(); ++j) cols[j].add(&store[j * n], i, *cols[j].source);
  }
  for (const Column& c : cols)
    if (c.infinite) {
      fail_too_large(&set, c.s, S, fields[c.k]);
      return set;
    }
  // Ratios to the first scenario, sample by sample, before the quantiles reorder the stored columns.
  std::vector<std::size_t> first_col(K, cols.size());
  for (std::size_t j = 0; j < cols.size(); ++j)
    if (cols[j].s == 0) first_col[cols[j].k] = j;
  std::vector<double> tmp(n);
  for (std::size_t j = 0; j < cols.size() && S >= 2; ++j) {
    const Column& c = cols[j];
    const std::size_t f = first_col[c.k];
    if (f == cols.size()) continue;  // first scenario lacks this output: ratio null
    if (c.s == 0) {  // ratio to itself: 1 where defined
      set.comparison[0].outputs[c.k] = point_interval(output_value(ratios[0], fields[c.k]));
      continue;
    }
    const double* a = &store[j * n];
    const double* b = &store[f * n];
    Column q{c.s, c.k, nullptr};
    for (std::size_t i = 0; i < n; ++i) q.add(tmp.data(), i, (has(a[i]) && has(b[i]) && b[i] != 0) ? a[i] / b[i] : kNone);
    if (q.infinite) {
      fail_too_large(&set, c.s, S, fields[c.k]);
      return set;
    }
    set.comparison[c.s].outputs[c.k] = q.interval(tmp.data(), n);
  }
  for (std::size_t j = 0; j < cols.size(); ++j) set.results[cols[j].s].outputs[cols[j].k] = cols[j].interval(&store[j * n], n);
  return set;
}

}  // namespace modelwatt
