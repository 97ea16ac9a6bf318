// Inference by phases in the editing model: the serving inputs as fields every face renders, and an
// edit of "method" that changes the estimate to the hand-computed value.
#include <doctest/doctest.h>

#include "core/edit/comparison.h"
#include "core/edit/field_hint.h"
#include "core/edit/view_model.h"
#include "core/url_state.h"
#include "tests/unit/edit_test_util.h"

using namespace modelwatt;
using modelwatt::test::field_of;

namespace {

Comparison with_preset(const char* run, Lang lang = Lang::en) {
  Comparison c;
  c.lang = lang;
  init_comparison(&c, builtin_catalog());
  REQUIRE(set_start(&c, 0, run).ok);
  return c;
}

}  // namespace

TEST_CASE("edit: method phases on Llama 3.1 405B gives the hand-computed energy per query") {
  Comparison c = with_preset("llama-3.1-405b");
  const double v1 = c.slots[0].result.inference.energy_it_wh_per_query;
  // v1: 2 × 405e9 × 1000 / (989.5e12 × 0.1) = 8.1857 s × 892.5 W / 3600 = 2.0293 Wh
  CHECK(v1 == doctest::Approx(8.1e14 / 9.895e13 * 892.5 / 3600).epsilon(1e-9));
  REQUIRE(set_reference(&c, 0, "inference.method", "phases").ok);
  const InferenceResult& q = c.slots[0].result.inference;
  // By hand (tests/unit/estimate_phases_test.cpp, "phases on a preset"): G = 16, kv = 516,096 B/token,
  // step = 8.223863e11 / 3.216e13 s, accelerator-s = 7.2115236, IT energy = 7.2115236 × 892.5 / 3600.
  CHECK(q.energy_it_wh_per_query == doctest::Approx(1.7878568945664552).epsilon(1e-9));
  CHECK(q.gpus_per_replica == 16);
  // The fields: method is a choice; batch size is the assumed 32; G is derived from memory.
  const Json method = field_of(c, 0, "inference.method");
  CHECK(method["kind"] == "choice");
  CHECK(method["value"] == "phases");
  REQUIRE(method["options"].size() == 2);
  CHECK(method["options"][1]["name"] == "Prefill + decode");
  const Json batch = field_of(c, 0, "inference.batch_size");
  CHECK(batch["value"] == 32);
  CHECK(batch["status"] == "assumed");
  CHECK(field_of(c, 0, "inference.gpus_per_replica")["derived"] == "derived: 16");
  CHECK(field_of(c, 0, "model.layers")["value"] == 126);
  CHECK(field_of(c, 0, "inference.mbu_decode")["label"] == "Decode MBU (fraction of bandwidth)");
  // Boundary fleet: × 1.43 × 1.12.
  REQUIRE(set_reference(&c, 0, "inference.boundary", "fleet").ok);
  CHECK(c.slots[0].result.inference.energy_it_wh_per_query ==
        doctest::Approx(1.7878568945664552 * 1.43 * 1.12).epsilon(1e-9));
  CHECK_FALSE(set_reference(&c, 0, "inference.boundary", "rack").ok);
  // Typed inputs are the user's; a batch of 64 halves the decode share per query.
  REQUIRE(set_field_text(&c, 0, "inference.batch_size", "64").ok);
  CHECK(field_of(c, 0, "inference.batch_size")["status"] == "user");
  CHECK_FALSE(set_field_text(&c, 0, "inference.gpus_per_replica", "0.5").ok);
  // Back to FLOPs ÷ utilization: v1's number again.
  REQUIRE(set_reference(&c, 0, "inference.method", "flops").ok);
  CHECK(c.slots[0].result.inference.energy_it_wh_per_query == v1);
}

TEST_CASE("edit: the phases fields in Italian, and a link keeps the method") {
  Comparison c = with_preset("llama-3.1-70b", Lang::it);
  REQUIRE(set_reference(&c, 0, "inference.method", "phases").ok);
  CHECK(field_of(c, 0, "inference.batch_size")["label"] == "Dimensione del batch");
  CHECK(field_of(c, 0, "inference.gpus_per_replica")["label"] == "GPU per replica");
  CHECK(field_of(c, 0, "inference.boundary")["label"] == "Perimetro di misura");
  CHECK(field_of(c, 0, "inference.method")["options"][0]["name"] == "FLOP ÷ utilizzo");
  const std::string q = comparison_query(c);
  CHECK(q.find("inference.method=phases") != std::string::npos);
  CHECK(q.find("batch_size") == std::string::npos);  // an assumed default is not written into the link
  UrlState st;
  std::vector<Scenario> scenarios;
  Error e;
  REQUIRE(decode_url_scenarios(q, builtin_catalog(), &st, &scenarios, &e));
  CHECK(scenarios[0].inference.method == InferenceMethod::phases);
}

TEST_CASE("phases hints quote the defaults the engine applies, in the UI language") {
  CHECK(field_hint("inference.batch_size", Lang::en) ==
        "Sequences decoded together on one replica; 32 assumed (8–128).");
  CHECK(field_hint("inference.batch_size", Lang::it) ==
        "Sequenze decodificate insieme su una replica; si ipotizza 32 (da 8 a 128).");
  CHECK(field_hint("inference.mfu_prefill", Lang::it) ==
        "Quota del picco raggiunta durante l'elaborazione del prompt: si ipotizza 0,5 (da 0,3 a 0,7).");
  CHECK(field_hint("inference.mbu_decode", Lang::en) ==
        "Share of the memory bandwidth reached in decode: 0.6 assumed (0.4–0.8).");
  // Google 2025: host 25 % vs accelerators 58 % -> +43 %; idle 10 % of the 83 % active -> +12 %.
  CHECK(field_hint("inference.boundary", Lang::en)
            .find("the whole server (+43 %) or the fleet with its idle capacity "
                  "(a further +12 %)") != std::string::npos);
  CHECK(field_hint("inference.host_overhead", Lang::it).find("; 0,43 con perimetro server") !=
        std::string::npos);
  CHECK(field_hint("inference.idle_overhead", Lang::en) ==
        "Idle-capacity energy per unit of active energy; 0.12 with the fleet boundary.");
  CHECK(field_hint("inference.pue", Lang::en) == "Facility energy ÷ IT energy, 1 or more.");
  CHECK(field_hint("inference.no_such_field", Lang::en).empty());
}
