// Starting values the editing model assumes: "your own model" (a blank run whose every default is a
// visible assumption) and a serving setup for scenarios whose run has none. Every value comes from
// the catalog (a published figure or a documented assumption of another run), never from here.
#pragma once
#include <string>

#include "core/catalog.h"
#include "core/flat_map.h"
#include "core/format.h"
#include "core/json_read.h"

namespace modelwatt {

struct StartingValues {
  Json values = Json::object();  // contract layout
  FlatMap<Provenance> provenance;  // dotted path -> status assumed, note, sources, range
};

// 7B dense on 2T tokens (Llama 2 7B's size, as an example), H100 at BF16, MFU 0.4 (Llama 3's
// reported 38–43 %), world grid, industry-average PUE; water, lifetime and price as assumed for
// DeepSeek-V3.
StartingValues own_model_template(const Catalog& catalog, Lang lang);
// A serving section on the training hardware and region (or H100 and the world grid), with
// DeepSeek-V3's assumed tokens, utilization, PUE and water.
StartingValues inference_template(const Catalog& catalog, const Json& training, Lang lang);

}  // namespace modelwatt
