// Number fields' steppers (core/edit/stepper.h): the values "−" and "+" step to, by hand, and that a
// step is an ordinary committed edit in both languages.
#include "core/edit/actions.h"
#include "core/edit/stepper.h"
#include "core/edit/view_model.h"
#include "tests/unit/edit_test_util.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

namespace {

void check_steps(const char* path, double v, double down, double up) {
  INFO(path << " from " << v);
  const FieldSteps s = field_steps(path, v);
  if (has(down)) CHECK(s.down == doctest::Approx(down).epsilon(1e-12));
  else CHECK_FALSE(has(s.down));
  if (has(up)) CHECK(s.up == doctest::Approx(up).epsilon(1e-12));
  else CHECK_FALSE(has(s.up));
}

}  // namespace

TEST_CASE("steppers: bounded ratios by 0.01, counts by powers of two, the rest by the second digit") {
  check_steps("training.pue", 1.25, 1.24, 1.26);
  check_steps("training.pue", 1.0, kNone, 1.01);
  check_steps("training.mfu", 0.4, 0.39, 0.41);
  check_steps("training.mfu", 0.405, 0.40, 0.41);  // off the grid: snaps first
  check_steps("training.mfu", 1.0, 0.99, kNone);
  check_steps("training.mfu", 0.01, kNone, 0.02);
  check_steps("training.count", 256, 128, 512);
  check_steps("training.count", 300, 256, 512);
  check_steps("training.count", 1, kNone, 2);
  check_steps("training.power_w", 700, 690, 710);
  check_steps("training.power_w", 705, 700, 710);
  check_steps("training.power_w", 100, 90, 110);
  check_steps("training.gpu_hours", 2788000, 2700000, 2800000);
  check_steps("training.grid_gco2e_per_kwh", 0, kNone, 1);
  check_steps("inference.host_overhead", 0, kNone, 0.01);  // a share: from 0 by 0.01, not to +100 %
  check_steps("inference.host_overhead", 0.43, 0.42, 0.44);
  // Typed in billions / trillions: 13B steps by 1B, 2T tokens by 0.1T.
  check_steps("model.params_total", 13e9, 12e9, 14e9);
  check_steps("training.tokens", 2e12, 1.9e12, 2.1e12);
  check_steps("training.nonsense", 5, kNone, kNone);
  check_steps("training.pue", kNone, kNone, kNone);
  // At the top of the double range the step up overflows: infinity, never UB (UBSan runs these).
  const FieldSteps top = field_steps("training.tokens", 1.7e308);
  CHECK(std::isinf(top.up));
  CHECK(top.down == doctest::Approx(1.6e308));
}

TEST_CASE("steppers: the view offers the step as text in the UI language, and committing it sets the value") {
  for (Lang lang : {Lang::en, Lang::it}) {
    Comparison c;
    c.lang = lang;
    init_comparison(&c, builtin_catalog());
    Json set = {{"op", "set"}, {"slot", 0}, {"path", "training.pue"}, {"text", lang == Lang::it ? "1,25" : "1.25"}};
    REQUIRE(apply_action(&c, set).ok);
    const std::string up = test::field_of(c, 0, "training.pue")["step_up"].get<std::string>();
    CHECK(up == (lang == Lang::it ? "1,26" : "1.26"));
    set["text"] = up;
    REQUIRE(apply_action(&c, set).ok);
    CHECK(c.slots[0].scenario.training.pue == doctest::Approx(1.26));
  }
}
