// The catalog as `modelwatt catalog --format json` prints it: the embedded JSON with every entry's
// "sources" ids expanded into source objects (title, year, url, locator).
#pragma once
#include "core/catalog.h"
#include "core/json_read.h"

namespace modelwatt {

Json catalog_to_json(const Catalog& catalog);

}  // namespace modelwatt
