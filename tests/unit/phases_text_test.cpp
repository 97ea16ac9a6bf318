// The Inference panel's phases sentence (core/phases_text.h), on the hand-computed 70B case of
// estimate_phases_test.cpp: prefill 0.070743 s, decode 0.342387 s (82.9 % of 0.413130 s), G = 2,
// memory-bound, 876.2 tokens/s.
#include "core/phases_text.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

namespace {

InferenceResult seventy_b() {
  InferenceResult r;
  r.present = r.phases = true;
  r.prefill_seconds_per_query = 0.070742799393633149;
  r.decode_seconds_per_query = 0.34238746268656717;
  r.gpus_per_replica = 2;
  r.decode_bound = "memory";
  r.tokens_per_second_per_replica = 876.2003;
  return r;
}

}  // namespace

TEST_CASE("phases sentence: where the time goes, what bounds the decode, the throughput (en, it)") {
  const std::string en = phases_sentence(seventy_b(), Lang::en);
  INFO(en);
  CHECK(en.find("(83 % of the time)") != std::string::npos);
  CHECK(en.find("a replica of 2 GPUs") != std::string::npos);
  CHECK(en.find("limited by memory bandwidth") != std::string::npos);
  CHECK(en.find("876") != std::string::npos);
  const std::string it = phases_sentence(seventy_b(), Lang::it);
  INFO(it);
  CHECK(it.find("(83 % del tempo)") != std::string::npos);
  CHECK(it.find("una replica di 2 GPU") != std::string::npos);
  CHECK(it.find("banda di memoria") != std::string::npos);
  CHECK(it.find("876 token/s") != std::string::npos);
  InferenceResult one = seventy_b();
  one.gpus_per_replica = 1;
  CHECK(phases_sentence(one, Lang::en).find("on one GPU.") != std::string::npos);
  InferenceResult compute = seventy_b();
  compute.decode_bound = "compute";
  CHECK(phases_sentence(compute, Lang::en).find("limited by compute") != std::string::npos);
  CHECK(en.find("KV cache is left out") == std::string::npos);
  InferenceResult no_kv = seventy_b();
  no_kv.notes = InferenceResult::kv_cache_unknown;
  CHECK(phases_sentence(no_kv, Lang::en).find("The KV cache is left out") != std::string::npos);
  CHECK(phases_sentence(no_kv, Lang::it).find("La cache KV non è conteggiata") != std::string::npos);
  InferenceResult v1 = seventy_b();
  v1.phases = false;  // FLOPs ÷ utilization: no phases to speak of
  CHECK(phases_sentence(v1, Lang::en).empty());
}
