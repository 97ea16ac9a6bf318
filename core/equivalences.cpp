#include "core/equivalences.h"

namespace modelwatt {

std::vector<EquivalenceValue> equivalences_for(const Catalog& catalog, double energy_kwh, double co2e_kg) {
  std::vector<EquivalenceValue> out;
  for (const Equivalence& e : catalog.equivalences) {
    if (!(has(e.per_unit) && e.per_unit > 0)) continue;
    double q = kNone;
    if (e.quantity == "energy_kwh") q = energy_kwh;
    else if (e.quantity == "co2e_kg") q = co2e_kg;
    if (!has(q)) continue;
    out.push_back({&e, q / e.per_unit});
  }
  return out;
}

}  // namespace modelwatt
