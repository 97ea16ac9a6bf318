#include "core/grid_year.h"

namespace modelwatt {

std::string region_for_year(const Catalog& catalog, const std::string& region_id, int year) {
  if (!catalog.find_region(region_id)) return "";
  const std::string yearly = region_id + "-" + std::to_string(year);
  return catalog.find_region(yearly) ? yearly : region_id;
}

}  // namespace modelwatt
