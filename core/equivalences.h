// Equivalences a reader grasps ("≈ 2,900 Italian household-years of electricity"), from the
// catalog's "equivalences" (each with its source). Pure: the UI and the embed card format them.
#pragma once
#include <vector>

#include "core/catalog.h"

namespace modelwatt {

struct EquivalenceValue {
  const Equivalence* equivalence = nullptr;
  double count = kNone;  // how many of the equivalence's unit the quantity equals
};

// Every catalog equivalence applicable to the given quantities (energy in kWh, CO2e in kg);
// quantities that are kNone are skipped. Catalog order is kept.
std::vector<EquivalenceValue> equivalences_for(const Catalog& catalog, double energy_kwh, double co2e_kg);

}  // namespace modelwatt
