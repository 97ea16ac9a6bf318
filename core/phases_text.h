// The sentence that says how a query is served by phases (the Inference panel's summary): where the
// time goes (prefill, decode), on how many GPUs, what bounds the decode, and the replica's throughput,
// in the UI language. The numbers are the engine's outputs, formatted by core/format.h.
#pragma once
#include <string>

#include "core/format.h"
#include "core/result.h"

namespace modelwatt {

// "" unless the result was estimated by phases.
std::string phases_sentence(const InferenceResult& r, Lang lang);

}  // namespace modelwatt
