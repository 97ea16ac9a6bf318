// Inference by phases at parse time: the "method" and "boundary" words, the assumed defaults (recorded
// with provenance "assumed" and their ranges, so results[i].inputs shows them and Monte Carlo samples
// them) and the checks that need the whole scenario.
#include "core/scenario_parse_phases.h"

#include "core/estimate_phases.h"
#include "core/format.h"
#include "core/suggest.h"

namespace modelwatt {
namespace {

const char* const kMethods[] = {"flops", "phases"};
const char* const kBoundaries[] = {"accelerator", "server", "fleet"};

// One of `names` at obj[key] (absent, or null over a preset: `*index` unchanged); else the reason.
template <std::size_t N>
std::string read_word(const Json& obj, const char* key, const char* const (&names)[N], bool preset,
                      int* index) {
  auto it = obj.find(key);
  if (it == obj.end() || (it->is_null() && preset)) return "";
  const std::string word = it->is_string() ? it->get<std::string>() : std::string();
  for (std::size_t i = 0; i < N; ++i)
    if (it->is_string() && word == names[i]) {
      *index = static_cast<int>(i);
      return "";
    }
  std::string list;
  for (std::size_t i = 0; i < N; ++i) list += std::string(i ? ", " : "") + names[i];
  return "must be one of " + list + " (got " + json_excerpt(*it) + ")";
}

Provenance assumed(std::string note, Range range = {}, std::vector<std::string> sources = {}) {
  Provenance p;
  p.status = Status::assumed;
  p.note = std::move(note);
  p.range = range;
  p.sources = std::move(sources);
  return p;
}

std::string g(double v) {
  return format_sig(v, Lang::en, 3);
}

void fill(Scenario* s, const char* key, double* slot, double value, Provenance p) {
  if (has(*slot)) return;
  *slot = value;
  s->provenance[std::string("inference.") + key] = std::move(p);
}

}  // namespace

const char* method_name(InferenceMethod m) {
  return kMethods[static_cast<int>(m)];
}
const char* boundary_name(Boundary b) {
  return kBoundaries[static_cast<int>(b)];
}

bool parse_method(const std::string& name, InferenceMethod* out) {
  for (int i = 0; i < 2; ++i)
    if (name == kMethods[i]) return *out = static_cast<InferenceMethod>(i), true;
  return false;
}

bool parse_boundary(const std::string& name, Boundary* out) {
  for (int i = 0; i < 3; ++i)
    if (name == kBoundaries[i]) return *out = static_cast<Boundary>(i), true;
  return false;
}

std::string read_phases_words(const Json& obj, bool preset, InferenceInputs* in, std::string* rel) {
  int m = static_cast<int>(in->method), b = static_cast<int>(in->boundary);
  std::string why = read_word(obj, "method", kMethods, preset, &m);
  if (!why.empty()) return *rel = "inference.method", why;
  why = read_word(obj, "boundary", kBoundaries, preset, &b);
  if (!why.empty()) return *rel = "inference.boundary", why;
  in->method = static_cast<InferenceMethod>(m);
  in->boundary = static_cast<Boundary>(b);
  return "";
}

void fill_phases_defaults(Scenario* s) {
  InferenceInputs& in = s->inference;
  if (in.method != InferenceMethod::phases) return;
  Range batch{kBatchSizeLow, kNone, kBatchSizeHigh, true};
  // The notes quote the constants, so they cannot drift from the values applied.
  fill(s, "batch_size", &in.batch_size, kDefaultBatchSize,
       assumed("ModelWatt default: " + g(kDefaultBatchSize) + " sequences decoded together (range " +
                   g(kBatchSizeLow) + "-" + g(kBatchSizeHigh) + ", log-uniform)",
               batch));
  fill(s, "mfu_prefill", &in.mfu_prefill, kDefaultMfuPrefill,
       assumed("ModelWatt default: " + g(kDefaultMfuPrefill) +
                   " of the dense peak when compute-bound (range " + g(kMfuPrefillLow) + "-" +
                   g(kMfuPrefillHigh) + ")",
               Range{kMfuPrefillLow, kNone, kMfuPrefillHigh, false}));
  fill(s, "mbu_decode", &in.mbu_decode, kDefaultMbuDecode,
       assumed("ModelWatt default: " + g(kDefaultMbuDecode) + " of memory bandwidth in decode (range " +
                   g(kMbuDecodeLow) + "-" + g(kMbuDecodeHigh) + ")",
               Range{kMbuDecodeLow, kNone, kMbuDecodeHigh, false}));
  if (in.boundary != Boundary::accelerator)
    fill(s, "host_overhead", &in.host_overhead, kServerHostOverhead,
         assumed("Google 2025: host CPU and memory 25% of serving energy vs accelerators 58% (0.25/0.58)", {},
                 {"google_gemini"}));
  if (in.boundary == Boundary::fleet)
    fill(s, "idle_overhead", &in.idle_overhead, kFleetIdleOverhead,
         assumed("Google 2025: idle provisioned capacity 10% of serving energy, per 83% active (0.10/0.83)",
                 {}, {"google_gemini"}));
}

std::string check_phases(const Scenario& s, std::string* rel) {
  const InferenceInputs& in = s.inference;
  if (in.method != InferenceMethod::phases || has(in.energy_it_wh_per_query)) return "";
  const std::string acc = in.hw.accelerator_id;
  if (!has(in.hw.bandwidth_tb_s))
    return *rel = "inference.accelerator",
           "method phases needs the memory bandwidth: accelerator " + acc +
               " has no published bandwidth_tb_s (give an accelerator object with bandwidth_tb_s)";
  if (!has(in.gpus_per_replica) && !has(in.hw.memory_gb))
    return *rel = "inference.gpus_per_replica",
           "required: accelerator " + acc + " has no published memory_gb to size the replica";
  return "";
}

}  // namespace modelwatt
