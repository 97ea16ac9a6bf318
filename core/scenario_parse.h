// JSON (contract format) -> validated Scenario. Every rule of "Validation rules" in
// ../shared/scenario-format.md lives here; errors name the field path and the reason.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "core/json_read.h"
#include "core/scenario.h"

namespace modelwatt {

// Bounded work (issue 11): a file or link compares at most this many scenarios.
inline constexpr std::size_t kMaxScenarios = 100;

// One scenario object at `path` ("" for a top-level object, "scenarios[1]" inside a batch).
// `index` numbers unlabelled scenarios ("Scenario 2").
bool scenario_from_json(const Json& obj, const std::string& path, int index, const Catalog& catalog,
                        Scenario* out, Error* error);

// A scenario object or {"scenarios": [...]}. `extra_keys` are further top-level keys the caller
// handles itself (e.g. "claim").
bool scenarios_from_json(const Json& root, const Catalog& catalog, std::vector<Scenario>* out, Error* error,
                         std::initializer_list<const char*> extra_keys = {});

// Text -> scenarios, enforcing the size, depth and UTF-8 limits first.
bool parse_scenarios(const std::string& text, const Catalog& catalog, std::vector<Scenario>* out, Error* error);

}  // namespace modelwatt
