// Inference by phases ("method": "phases", docs/scenario-extensions.md): a compute-bound prefill of the
// prompt, then a decode of one token per step for a batch of B sequences on a replica of G accelerators.
// The formulas of ../shared/scenario-format.md, verbatim, with + - * / only (no pow: the same bits on
// every platform), traced like estimate_impl.h.
#pragma once
#include <cmath>

#include "core/estimate.h"

namespace modelwatt {

// The contract's defaults. Assumed values with a range are recorded at parse time (provenance
// "assumed" with the range, so they are sampled); estimate() falls back to the same numbers.
inline constexpr double kDefaultBatchSize = 32, kBatchSizeLow = 8,
                        kBatchSizeHigh = 128;  // loguniform: median 32
inline constexpr double kDefaultMfuPrefill = 0.5, kMfuPrefillLow = 0.3, kMfuPrefillHigh = 0.7;
inline constexpr double kDefaultMbuDecode = 0.6, kMbuDecodeLow = 0.4, kMbuDecodeHigh = 0.8;
inline constexpr double kServerHostOverhead = 0.43;  // Google 2025: host 25 % vs accelerators 58 %
inline constexpr double kFleetIdleOverhead = 0.12;   // Google 2025: idle 10 % of the 83 % active
inline constexpr double kReplicaMemoryFill = 0.9;    // share of accelerator memory the weights may take

// Bytes per weight at a precision: fp8 → 1, bf16/fp16 → 2, tf32/fp32 → 4.
inline double bytes_per_param_of(Precision p) {
  return p == Precision::fp8 ? 1.0 : (p == Precision::bf16 || p == Precision::fp16) ? 2.0 : 4.0;
}

// The smallest power of two G with G × memory_gb × 0.9 ≥ weight_bytes (kNone when memory is unknown;
// infinity when no double power of two is enough, which the finiteness check reports).
inline double default_gpus_per_replica(double weight_bytes, double memory_gb) {
  if (!has(weight_bytes) || !has(memory_gb) || !(memory_gb > 0)) return kNone;
  const double per_gpu = memory_gb * 1e9 * kReplicaMemoryFill;
  double g = 1;
  for (int i = 0; i < 1100 && g * per_gpu < weight_bytes; ++i) g *= 2;
  return g * per_gpu < weight_bytes ? HUGE_VAL : g;
}

// base^n for a whole n >= 0, by squaring (exact operation order on every platform).
inline double pow_whole(double base, double n) {
  double result = 1;
  while (n >= 1 && result != 0) {
    const double half = std::floor(n / 2);
    if (n - 2 * half == 1) result *= base;
    base *= base;
    n = half;
  }
  return result;
}

// KV-cache bytes per token of context: 2 × layers × kv_heads × head_dim × bytes_per_param, or kNone.
inline double default_kv_bytes_per_token(const ModelInputs& m, double bytes_per_param) {
  if (!has(m.layers) || !has(m.kv_heads) || !has(m.head_dim) || !has(bytes_per_param)) return kNone;
  return 2.0 * m.layers * m.kv_heads * m.head_dim * bytes_per_param;
}

inline double output_tokens_total(const InferenceInputs& in) {
  if (!has(in.output_tokens)) return kNone;
  return has(in.reasoning_tokens) ? in.output_tokens + in.reasoning_tokens : in.output_tokens;
}

namespace detail {

// The replica: bytes per weight, G and KV bytes per token, each given or defaulted (and traced).
template <class Trace>
void phases_replica(const Scenario& s, InferenceResult& r, double* bpp, double* g, double* kv, Trace& t) {
  const InferenceInputs& in = s.inference;
  *bpp = in.bytes_per_param;
  if (!has(*bpp)) {
    *bpp = bytes_per_param_of(in.hw.precision);
    t("inference.bytes_per_param", *bpp, Unit::bytes, "by precision: fp8 1, bf16/fp16 2, tf32/fp32 4", {});
  }
  *g = in.gpus_per_replica;
  if (!has(*g)) {
    const double weight_bytes = *bpp * s.model.params_total;
    *g = default_gpus_per_replica(weight_bytes, in.hw.memory_gb);
    if (has(*g))
      t("inference.gpus_per_replica", *g, Unit::count,
        "smallest power of two with G × memory_gb × 0.9 ≥ weight bytes",
        {{"weight_bytes", weight_bytes, Unit::bytes}, {"memory_gb", in.hw.memory_gb, Unit::gb}});
  }
  r.gpus_per_replica = *g;
  r.bytes_per_param = *bpp;
  *kv = in.kv_bytes_per_token;
  r.kv_bytes_per_token = *kv;
  if (has(*kv)) return;
  *kv = default_kv_bytes_per_token(s.model, *bpp);
  if (has(*kv)) {
    t("inference.kv_bytes_per_token", *kv, Unit::bytes, "2 × layers × kv_heads × head_dim × bytes_per_param",
      {{"layers", s.model.layers, Unit::count},
       {"kv_heads", s.model.kv_heads, Unit::count},
       {"head_dim", s.model.head_dim, Unit::count},
       {"bytes_per_param", *bpp, Unit::bytes}});
  } else {
    *kv = 0;
    r.notes |= InferenceResult::kv_cache_unknown;
  }
  r.kv_bytes_per_token = *kv;
}

// One decode step of the batch: the slower of its compute and its memory reads.
template <class Trace>
double phases_step(const Scenario& s, InferenceResult& r, double bpp, double g, double kv, double ctx,
                   Trace& t) {
  const InferenceInputs& in = s.inference;
  const double na = s.model.params_active, n = s.model.params_total;
  const double b = has(in.batch_size) ? in.batch_size : kDefaultBatchSize;
  const double mfu = has(in.mfu_prefill) ? in.mfu_prefill : kDefaultMfuPrefill;
  const double mbu = has(in.mbu_decode) ? in.mbu_decode : kDefaultMbuDecode;
  const double peak = in.hw.peak_tflops * kTera, bw = in.hw.bandwidth_tb_s * kTera;
  const double weights_read = bpp * n * (1.0 - pow_whole(1.0 - na / n, b));
  t("inference.weights_read_bytes", weights_read, Unit::bytes,
    "bytes_per_param × params_total × (1 − (1 − active_share)^batch_size)",
    {{"bytes_per_param", bpp, Unit::bytes},
     {"params_total", n, Unit::params},
     {"active_share", na / n, Unit::ratio},
     {"batch_size", b, Unit::count}});
  const double step_compute = 2.0 * na * b / (g * peak * mfu);
  t("inference.step_compute_seconds", step_compute, Unit::seconds,
    "2 × params_active × batch_size / (gpus_per_replica × peak × mfu_prefill)",
    {{"params_active", na, Unit::params},
     {"batch_size", b, Unit::count},
     {"gpus_per_replica", g, Unit::count},
     {"peak", in.hw.peak_tflops, Unit::tflops},
     {"mfu_prefill", mfu, Unit::ratio}});
  const double step_memory = (weights_read + b * ctx * kv) / (g * bw * mbu);
  t("inference.step_memory_seconds", step_memory, Unit::seconds,
    "(weights_read + batch_size × ctx × kv_bytes_per_token) / (gpus_per_replica × bandwidth × mbu_decode)",
    {{"weights_read", weights_read, Unit::bytes},
     {"batch_size", b, Unit::count},
     {"ctx", ctx, Unit::tokens},
     {"kv_bytes_per_token", kv, Unit::bytes},
     {"gpus_per_replica", g, Unit::count},
     {"bandwidth", in.hw.bandwidth_tb_s, Unit::tb_per_s},
     {"mbu_decode", mbu, Unit::ratio}});
  r.decode_bound = step_memory >= step_compute ? "memory" : "compute";
  r.step_seconds = step_memory >= step_compute ? step_memory : step_compute;
  t("inference.step_seconds", r.step_seconds, Unit::seconds, "max(step_compute, step_memory)",
    {{"step_compute", step_compute, Unit::seconds}, {"step_memory", step_memory, Unit::seconds}});
  r.tokens_per_second_per_replica = b / r.step_seconds;
  t("inference.tokens_per_second_per_replica", r.tokens_per_second_per_replica, Unit::tokens_per_second,
    "batch_size / step_seconds",
    {{"batch_size", b, Unit::count}, {"step_seconds", r.step_seconds, Unit::seconds}});
  return b;
}

// Sets the phase outputs, accelerator_seconds_per_query and (unless measured) energy_it_wh_per_query.
template <class Trace>
void estimate_phases(const Scenario& s, InferenceResult& r, double power_w, Trace& t) {
  const InferenceInputs& in = s.inference;
  r.phases = true;
  double bpp, g, kv;
  phases_replica(s, r, &bpp, &g, &kv, t);
  const double na = s.model.params_active, tokens_in = in.input_tokens, out = output_tokens_total(in);
  if (!has(na) || !has(s.model.params_total) || !has(tokens_in) || !has(out) || !has(g) ||
      !has(in.hw.peak_tflops) || !has(in.hw.bandwidth_tb_s))
    return;
  const double mfu = has(in.mfu_prefill) ? in.mfu_prefill : kDefaultMfuPrefill;
  r.prefill_seconds_per_query = 2.0 * na * tokens_in / (g * in.hw.peak_tflops * kTera * mfu);
  t("inference.prefill_seconds_per_query", r.prefill_seconds_per_query, Unit::seconds,
    "2 × params_active × input_tokens / (gpus_per_replica × peak × mfu_prefill)",
    {{"params_active", na, Unit::params},
     {"input_tokens", tokens_in, Unit::tokens},
     {"gpus_per_replica", g, Unit::count},
     {"peak", in.hw.peak_tflops, Unit::tflops},
     {"mfu_prefill", mfu, Unit::ratio}});
  const double ctx = tokens_in + out / 2.0;
  t("inference.ctx_tokens", ctx, Unit::tokens, "input_tokens + output_tokens / 2",
    {{"input_tokens", tokens_in, Unit::tokens}, {"output_tokens", out, Unit::tokens}});
  const double b = phases_step(s, r, bpp, g, kv, ctx, t);
  r.decode_seconds_per_query = out * r.step_seconds / b;
  t("inference.decode_seconds_per_query", r.decode_seconds_per_query, Unit::seconds,
    "output_tokens × step_seconds / batch_size",
    {{"output_tokens", out, Unit::tokens},
     {"step_seconds", r.step_seconds, Unit::seconds},
     {"batch_size", b, Unit::count}});
  r.accelerator_seconds_per_query = g * (r.prefill_seconds_per_query + r.decode_seconds_per_query);
  t("inference.accelerator_seconds_per_query", r.accelerator_seconds_per_query, Unit::seconds,
    "gpus_per_replica × (prefill_seconds + decode_seconds)",
    {{"gpus_per_replica", g, Unit::count},
     {"prefill_seconds", r.prefill_seconds_per_query, Unit::seconds},
     {"decode_seconds", r.decode_seconds_per_query, Unit::seconds}});
  if (has(in.energy_it_wh_per_query) || !has(power_w)) return;
  const bool wide = in.boundary != Boundary::accelerator;
  const double host = has(in.host_overhead) ? in.host_overhead : wide ? kServerHostOverhead : 0.0;
  const double idle = has(in.idle_overhead)            ? in.idle_overhead
                      : in.boundary == Boundary::fleet ? kFleetIdleOverhead
                                                       : 0.0;
  r.energy_it_wh_per_query =
      r.accelerator_seconds_per_query * power_w / kSecondsPerHour * (1.0 + host) * (1.0 + idle);
  t("inference.energy_it_wh_per_query", r.energy_it_wh_per_query, Unit::wh,
    "seconds × power_w / 3600 × (1 + host_overhead) × (1 + idle_overhead)",
    {{"seconds", r.accelerator_seconds_per_query, Unit::seconds},
     {"power_w", power_w, Unit::watts},
     {"host_overhead", host, Unit::ratio},
     {"idle_overhead", idle, Unit::ratio}});
}

}  // namespace detail
}  // namespace modelwatt
