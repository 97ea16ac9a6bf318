// The editing model's invariants (core/edit/comparison.h), each against hand-computed values or the
// published figures in the catalog.
#include <doctest/doctest.h>

#include "core/card.h"
#include "core/edit/actions.h"
#include "core/edit/comparison.h"
#include "core/edit/view_model.h"
#include "core/fields.h"
#include "core/paper_text.h"
#include "core/url_state.h"
#include "tests/unit/edit_test_util.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;
using modelwatt::test::field_of;

namespace {

Comparison fresh(Lang lang = Lang::en) {
  Comparison c;
  c.lang = lang;
  init_comparison(&c, builtin_catalog());
  return c;
}

Status status_of(const EditSlot& s, const std::string& path) { return field_status(s, path); }


}  // namespace

TEST_CASE("your own model: 13B dense, 2T tokens, 256 H100 at 40 % MFU in Italy") {
  Comparison c = fresh();
  REQUIRE(set_start(&c, 0, "").ok);
  CHECK(c.slots[0].scenario.label == "Your own model");
  CHECK(status_of(c.slots[0], "training.mfu") == Status::assumed);
  REQUIRE(set_field_text(&c, 0, "model.params_total", "13B").ok);
  REQUIRE(set_field_text(&c, 0, "training.tokens", "2T").ok);
  REQUIRE(set_field_text(&c, 0, "training.count", "256").ok);
  REQUIRE(set_field_text(&c, 0, "training.mfu", "40%").ok);
  REQUIRE(set_reference(&c, 0, "training.region", "it").ok);
  const Result& r = c.slots[0].result;
  // 6 × 13e9 × 2e12 = 1.56e23 FLOP; ÷ (989.5e12 × 0.4) ÷ 3600 = 109,482.9 H100-hours (BF16 dense peak)
  CHECK(r.training.flops == doctest::Approx(1.56e23));
  CHECK(r.training.gpu_hours == doctest::Approx(109482.9).epsilon(1e-5));
  CHECK(r.training.wall_days == doctest::Approx(109482.9 / 256 / 24).epsilon(1e-5));
  // 700 W TDP: 76,638 kWh IT; industry-average PUE 1.56 (Uptime) -> 119,555 kWh; Italy 330.7 g/kWh
  CHECK(r.training.energy_it_kwh == doctest::Approx(76638.0).epsilon(1e-4));
  CHECK(r.training.energy_kwh == doctest::Approx(76638.0 * 1.56).epsilon(1e-4));
  CHECK(r.training.co2e_kg == doctest::Approx(76638.0 * 1.56 * 330.7 / 1000).epsilon(1e-4));
  CHECK(status_of(c.slots[0], "model.params_total") == Status::user);
  CHECK(status_of(c.slots[0], "training.grid_gco2e_per_kwh") == Status::user);  // follows the user's region
  CHECK(status_of(c.slots[0], "training.pue") == Status::assumed);
  // The field shows what the engine uses.
  CHECK(field_of(c, 0, "training.mfu")["value"] == 0.4);
  CHECK(field_of(c, 0, "model.params_total")["text"] == "13");
  CHECK(field_of(c, 0, "model.params_total")["unit"] == "billion parameters");
}

TEST_CASE("Italian input: 4.096 GPUs are 4096, 1,25 is a PUE, a refused text changes nothing") {
  Comparison c = fresh(Lang::it);
  set_start(&c, 0, "");
  // Parameters are typed in billions and tokens in trillions (a phone's decimal keyboard has no "B").
  REQUIRE(set_field_text(&c, 0, "model.params_total", "13").ok);
  CHECK(c.slots[0].scenario.model.params_total == 13e9);
  REQUIRE(set_field_text(&c, 0, "training.tokens", "14,8").ok);
  CHECK(c.slots[0].scenario.training.tokens == 14.8e12);
  CHECK(field_of(c, 0, "training.tokens")["text"] == "14,8");
  CHECK(field_of(c, 0, "training.tokens")["unit"] == "mila miliardi di token");
  REQUIRE(set_field_text(&c, 0, "training.count", "4.096").ok);
  CHECK(c.slots[0].scenario.training.count == 4096);
  CHECK(field_of(c, 0, "training.count")["text"] == "4096");
  REQUIRE(set_field_text(&c, 0, "training.pue", "1,25").ok);
  CHECK(c.slots[0].scenario.training.pue == 1.25);
  CHECK(field_of(c, 0, "training.pue")["text"] == "1,25");
  const EditOutcome low = set_field_text(&c, 0, "training.pue", "0,8");
  CHECK_FALSE(low.ok);
  CHECK(low.message == "Deve essere almeno 1 (letto come 0,8).");
  CHECK(c.slots[0].scenario.training.pue == 1.25);
  CHECK(field_of(c, 0, "training.pue")["message"] == low.message);
  const EditOutcome amb = set_field_text(&c, 0, "training.pue", "1.250");
  CHECK_FALSE(amb.ok);
  CHECK(c.slots[0].scenario.training.pue == 1.25);
  // The next accepted value clears the message.
  REQUIRE(set_field_text(&c, 0, "training.pue", "1,3").ok);
  CHECK_FALSE(field_of(c, 0, "training.pue").contains("message"));
}

TEST_CASE("switching accelerator: the old entry's power and embodied follow, the user's stay") {
  Comparison c = fresh();
  REQUIRE(set_start(&c, 0, "llama-2-13b").ok);
  CHECK(c.slots[0].scenario.training.power_w == 400);  // Meta's card: A100 at 400 W
  REQUIRE(set_reference(&c, 0, "training.accelerator", "h100").ok);
  CHECK(c.slots[0].scenario.training.hw.tdp_w == 700);
  CHECK_FALSE(has(c.slots[0].scenario.training.power_w));  // the engine uses the H100's 700 W TDP
  CHECK(c.slots[0].result.training.energy_it_kwh == doctest::Approx(368640 * 700 / 1000.0));
  CHECK(c.slots[0].scenario.training.embodied_kgco2e_per_accelerator == 164);  // H100 HGX PCF / 8
  CHECK(c.slots[0].notices.size() == 2);  // power and embodied, each once
  // A power the user typed is theirs: a later switch keeps it.
  REQUIRE(set_field_text(&c, 0, "training.power_w", "500").ok);
  REQUIRE(set_reference(&c, 0, "training.accelerator", "b200").ok);
  CHECK(c.slots[0].scenario.training.power_w == 500);
  CHECK(status_of(c.slots[0], "training.power_w") == Status::user);
}

TEST_CASE("derive instead of the published GPU-hours, in one step") {
  Comparison c = fresh();
  CHECK(c.slots[0].preset == "llama-3.1-405b");  // the baseline comes first
  REQUIRE(set_start(&c, 0, "deepseek-v3").ok);
  const EditSlot& s = c.slots[0];  // DeepSeek-V3: 2.788M H800-hours disclosed
  CHECK(has_disclosed_compute(c, s));
  CHECK(uses_disclosed_compute(s));
  REQUIRE(set_use_disclosed_compute(&c, 0, false).ok);
  CHECK_FALSE(uses_disclosed_compute(c.slots[0]));
  // Starts from the implied MFU, so GPU-hours stay at the published 2.788M.
  CHECK(c.slots[0].result.training.gpu_hours == doctest::Approx(2788000).epsilon(1e-6));
  REQUIRE(set_field_text(&c, 0, "training.mfu", "0.3").ok);
  // 6 × 37e9 × 14.8e12 = 3.2856e24 FLOP ÷ (1979e12 FP8 × 0.3) ÷ 3600 = 1,537,216 H800-hours
  CHECK(c.slots[0].result.training.gpu_hours == doctest::Approx(3.2856e24 / (1979e12 * 0.3) / 3600).epsilon(1e-6));
  REQUIRE(set_use_disclosed_compute(&c, 0, true).ok);
  CHECK(c.slots[0].result.training.gpu_hours == 2788000);
}

TEST_CASE("a total below the published active count makes the model dense, with a notice") {
  Comparison c = fresh();
  REQUIRE(set_start(&c, 0, "deepseek-v3").ok);
  REQUIRE(set_field_text(&c, 0, "model.params_total", "13B").ok);
  CHECK(c.slots[0].scenario.model.params_total == 13e9);
  CHECK(c.slots[0].scenario.model.params_active == 13e9);
  CHECK(c.slots[0].notices.size() == 1);
}

TEST_CASE("every scenario can get an inference section, badged assumed") {
  Comparison c = fresh();
  REQUIRE(set_start(&c, 1, "llama-2-13b").ok);
  CHECK_FALSE(c.slots[1].scenario.inference.present);
  REQUIRE(add_inference(&c, 1).ok);
  const EditSlot& s = c.slots[1];
  CHECK(s.scenario.inference.present);
  CHECK(s.scenario.inference.hw.accelerator_id == "a100-80gb");  // the training hardware
  CHECK(status_of(s, "inference.output_tokens") == Status::assumed);
  // 2 × 13e9 × (500 + 500) = 2.6e13 FLOP per query ÷ (312e12 × 0.1) = 0.8333 s
  CHECK(s.result.inference.accelerator_seconds_per_query == doctest::Approx(2.6e13 / (312e12 * 0.1)));
  REQUIRE(set_field_text(&c, 1, "inference.queries_per_day", "1M").ok);
  CHECK(c.slots[1].scenario.inference.queries_per_day == 1e6);
}

TEST_CASE("a user's value is never called disclosed, in the view or the paper paragraph") {
  Comparison c = fresh();
  REQUIRE(set_start(&c, 0, "deepseek-v3").ok);
  REQUIRE(set_field_text(&c, 0, "training.pue", "1.3").ok);
  CHECK(field_of(c, 0, "training.pue")["status"] == "user");
  CHECK(field_of(c, 0, "training.pue")["badge"] == "yours");
  const Card card = comparison_card(c);
  PaperOptions po;
  const std::string md = paper_markdown(card.scenarios, card.results, builtin_catalog(), po);
  CHECK(md.find("PUE 1.3 (yours)") != std::string::npos);
  CHECK(md.find("PUE 1.3 (disclosed)") == std::string::npos);
}

TEST_CASE("unlabelled scenarios are numbered from 1, as in the CLI") {
  Comparison c = fresh();
  const Json j = test::parsed_json(R"({"scenarios": [{"training": {"gpu_hours": 1000, "power_w": 700}}]})");
  REQUIRE(load_comparison_json(&c, j) == "");
  CHECK(c.slots[0].scenario.label == "Scenario 1");
}

TEST_CASE("the link is the serialization of the model; own-model assumptions stay assumed") {
  Comparison c = fresh();
  set_start(&c, 1, "");
  REQUIRE(set_field_text(&c, 1, "model.params_total", "13B").ok);
  const std::string q = comparison_query(c);
  UrlState st;
  Error e;
  REQUIRE(decode_url_state(q, &st, &e));
  Comparison back = fresh();
  REQUIRE(load_comparison_json(&back, st.scenarios) == "");
  CHECK(back.slots[1].scenario.model.params_total == 13e9);
  CHECK(status_of(back.slots[1], "model.params_total") == Status::user);
  CHECK(status_of(back.slots[1], "training.mfu") == Status::assumed);
  CHECK(back.slots[1].result.training.gpu_hours == c.slots[1].result.training.gpu_hours);
  CHECK(comparison_query(back) == q);
}

TEST_CASE("slots: add, remove, reorder, at most four") {
  Comparison c = fresh();
  CHECK(add_slot(&c, "gpt-3"));
  CHECK(add_slot(&c, ""));
  CHECK_FALSE(add_slot(&c, "bloom-176b"));
  CHECK(move_slot(&c, 2, 0));
  CHECK(c.slots[0].preset == "gpt-3");
  CHECK(remove_slot(&c, 0));
  CHECK(c.slots.size() == 3);
  CHECK_FALSE(add_slot(&c, "no-such-run"));
}

TEST_CASE("a bad link names its fields as links do") {
  Comparison c = fresh();
  CHECK(load_link(&c, "v=1&s=deepseek-v3&s0.training.pue=0.8") == "s0.training.pue: must be >= 1 (got 0.8)");
  CHECK(c.slots.size() == 2);  // nothing changed
}

TEST_CASE("a refused link still sets its language, and only that") {
  Comparison c = fresh();
  CHECK(c.lang == Lang::en);
  CHECK(load_link(&c, "v=1&s=deepseek-v3&metric=gpu_hour&lang=it") ==
        "metric: unknown metric \"gpu_hour\" (did you mean gpu_hours?)");
  CHECK(c.lang == Lang::it);
  CHECK(c.lang_explicit);
  CHECK(c.slots.size() == 2);  // the comparison as it was
  Comparison d = fresh();
  CHECK_FALSE(load_link(&d, "v=9&s=gpt-3&lang=xx").empty());
  CHECK(d.lang == Lang::en);  // no valid language named: the reader's stays
  CHECK_FALSE(d.lang_explicit);
}
