#include "core/estimate.h"

#include "core/estimate_impl.h"

namespace modelwatt {
namespace {

struct NoTrace {
  void operator()(const char*, double, Unit, const char*, std::initializer_list<Term>) const {}
};

struct RecordingTrace {
  std::vector<Step>* steps;
  void operator()(const char* key, double value, Unit unit, const char* formula, std::initializer_list<Term> terms) {
    steps->push_back(Step{key, value, unit, formula, std::vector<Term>(terms)});
  }
};

}  // namespace

Result estimate(const Scenario& s) {
  NoTrace t;
  return detail::estimate_with(s, t);
}

Result estimate_traced(const Scenario& s, std::vector<Step>* steps) {
  RecordingTrace t{steps};
  return detail::estimate_with(s, t);
}

}  // namespace modelwatt
