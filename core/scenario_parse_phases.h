// Inference by phases in the scenario parser (core/scenario_parse.cpp): the method and boundary words,
// the contract's assumed defaults and the checks that need the resolved accelerator.
#pragma once
#include <string>

#include "core/json_read.h"
#include "core/scenario.h"

namespace modelwatt {

// Reads inference "method" and "boundary" from a section object. `preset`: null keeps the default (a
// merge-patch removal). Returns "" or the reason, with *rel set to the field ("inference.boundary").
std::string read_phases_words(const Json& obj, bool preset, InferenceInputs* in, std::string* rel);

// With method phases: batch_size 32 (8-128), mfu_prefill 0.5 (0.3-0.7), mbu_decode 0.6 (0.4-0.8) and the
// boundary's overheads (server/fleet 0.43, fleet 0.12), where not given, as "assumed" provenance.
void fill_phases_defaults(Scenario* s);

// Phases without the accelerator's bandwidth (or memory, when G is not given): the reason, *rel set.
std::string check_phases(const Scenario& s, std::string* rel);

}  // namespace modelwatt
