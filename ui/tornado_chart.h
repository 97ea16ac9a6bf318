// Tornado charts (core/sensitivity.h rows): one horizontal bar per uncertain input around the point
// value, largest swing on top. Dark half: the output with that input at its p5; light half: at p95.
#pragma once
#include <vector>

#include "core/sensitivity.h"
#include "ui/app_state.h"

namespace modelwatt {

// Draws at most `max_rows` rows (then "+ N more"); `color` is the scenario's. Advances the cursor.
void tornado_chart(const char* id, const std::vector<TornadoRow>& rows, double point, Unit unit, int max_rows,
                   int slot);

// The input's name in the UI language ("PUE", "Parametri totali"), from its path.
const char* input_name(const std::string& path);

}  // namespace modelwatt
