// The numeric inputs of the scenario contract, as one table. Parsing, validation, JSON output, the
// URL codec, the UI's input panel and uncertainty sampling all iterate this table instead of
// repeating the field list.
#pragma once
#include <cstddef>
#include <string>

#include "core/scenario.h"
#include "core/units.h"

namespace modelwatt {

enum class Section { model, training, inference };
const char* section_name(Section s);

enum class Rule {
  non_negative,      // >= 0
  positive,          // > 0
  at_least_one,      // >= 1 (PUE)
  fraction,          // (0, 1] (MFU, utilization)
  positive_integer,  // whole number >= 1 (accelerator count)
};

struct NumberField {
  Section section;
  const char* key;
  Unit unit;
  Rule rule;
  double ModelInputs::*model_member;
  double TrainingInputs::*training_member;
  double InferenceInputs::*inference_member;
};

// All numeric fields, in contract order.
const NumberField* number_fields(std::size_t* count);
const NumberField* find_number_field(Section section, const std::string& key);

double* field_value(Scenario& s, const NumberField& f);
double field_value(const Scenario& s, const NumberField& f);
std::string field_path(const NumberField& f);  // "training.pue"

// Returns "" when `value` satisfies `rule`, else the reason, e.g. "must be >= 1 (got 0.8)".
std::string check_rule(Rule rule, double value);

// Keys of a section that are not numbers: accelerator, precision, region, datacenter.
bool is_reference_key(Section section, const std::string& key);

}  // namespace modelwatt
