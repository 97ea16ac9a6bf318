// Suggestions for an unknown run id (core/catalog_search.h), alone in its file: the embed card's
// module links a lighter one instead (web/front/card_suggest.cpp) and so carries no search code.
#include "core/catalog_search.h"
#include "core/suggest.h"

namespace modelwatt {

std::string did_you_mean_run(const Catalog& catalog, const std::string& id) {
  SearchFilter runs;
  runs.kinds = {SearchKind::run};
  runs.limit = 3;
  std::vector<std::string> ids;
  for (const SearchHit& h : search_catalog(catalog, id, runs)) ids.push_back(h.id);
  if (ids.empty()) {
    for (const Run& r : catalog.runs) ids.push_back(r.id);
    return did_you_mean(id, ids);
  }
  std::string s = " (did you mean ";
  for (std::size_t i = 0; i < ids.size(); ++i) s += (i ? ", " : "") + ids[i];
  return s + "?)";
}

}  // namespace modelwatt
