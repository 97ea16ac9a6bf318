#include "core/finite.h"

#include <cmath>

#include "core/estimate.h"
#include "core/fields.h"
#include "core/sampling.h"

namespace modelwatt {
namespace {

std::string join(const std::string& prefix, const std::string& rel) {
  return prefix.empty() ? rel : rel.empty() ? prefix : prefix + "." + rel;
}

double orders_from_one(double x) {
  return has(x) && x != 0 && std::isfinite(x) ? std::fabs(std::log10(std::fabs(x))) : -1;
}

}  // namespace

const OutputField* first_non_finite(const Result& r) {
  std::size_t n;
  const OutputField* fields = output_fields(&n);
  for (std::size_t k = 0; k < n; ++k)
    if (std::isinf(output_value(r, fields[k]))) return &fields[k];
  return nullptr;
}

std::string extreme_input(const Scenario& s) {
  std::string best;
  double worst = -1;
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const double d = orders_from_one(field_value(s, fields[i]));
    if (d > worst) worst = d, best = field_path(fields[i]);
  }
  const std::pair<const HardwareInputs*, const char*> hw[] = {{&s.training.hw, "training.accelerator"},
                                                              {&s.inference.hw, "inference.accelerator"}};
  for (const auto& [h, path] : hw) {
    if (h->accelerator_id != "custom") continue;
    if (orders_from_one(h->peak_tflops) > worst)
      worst = orders_from_one(h->peak_tflops),
      best = std::string(path) + ".peak_tflops." + precision_name(h->precision);
    if (orders_from_one(h->tdp_w) > worst)
      worst = orders_from_one(h->tdp_w), best = std::string(path) + ".tdp_w";
  }
  return best;
}

std::string extreme_range_input(const std::vector<UncertainInput>& inputs) {
  std::string best;
  double worst = -1;
  for (const UncertainInput& in : inputs)
    for (double b : {in.range.low, in.range.high})
      if (orders_from_one(b) > worst) worst = orders_from_one(b), best = in.path;
  return best;
}

Error too_large_error(const std::string& prefix, const std::string& input, const OutputField& output) {
  return Error{join(prefix, input), std::string(kTooLarge) + " (" + output_section_name(output.section) +
                                        "." + output.key + " is not a finite number)"};
}

bool check_finite_scenario(Scenario* s, const std::string& prefix, Error* error) {
  if (const OutputField* f = first_non_finite(estimate(*s))) {
    *error = too_large_error(prefix, extreme_input(*s), *f);
    return false;
  }
  // Each range bound in turn, in place (no copy of the scenario); every value is restored.
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const Range* r = sampling_range(*s, fields[i], true);
    if (!r) continue;
    const Range range = *r;
    double* slot = field_value(*s, fields[i]);
    const double point = *slot, active = s->model.params_active;
    // A dense model's params_active follows params_total, as in the sampler.
    const bool tied = slot == &s->model.params_total && active == point;
    const OutputField* bad = nullptr;
    const char* bound = "low";
    for (double x : {range.low, range.high}) {
      *slot = x;
      if (tied) s->model.params_active = x;
      if ((bad = first_non_finite(estimate(*s)))) break;
      bound = "high";
    }
    *slot = point;
    s->model.params_active = active;
    if (bad) {
      const bool user_range = s->ranges.count(field_path(fields[i])) > 0;
      *error =
          too_large_error(prefix, field_path(fields[i]) + (user_range ? std::string(".") + bound : ""), *bad);
      return false;
    }
  }
  return true;
}

}  // namespace modelwatt
