// The embed card's suggestion for an unknown run id: the nearest ids by edit distance among the runs
// it knows (the ones its link named, fetched as shards, and the default comparison's), instead of the
// whole catalog search (core/catalog_suggest.cpp), which the card's module then does not carry.
// The app and the CLI search the whole catalog; "Open in the app" on the card's error shows theirs.
#include "core/catalog_search.h"
#include "core/suggest.h"

namespace modelwatt {

std::string did_you_mean_run(const Catalog& catalog, const std::string& id) {
  std::vector<std::string> ids;
  for (const Run& r : catalog.runs) ids.push_back(r.id);
  return did_you_mean(id, ids);
}

}  // namespace modelwatt
