// The editing model's internals shared by its operations (core/edit/*.cpp); faces use comparison.h.
#pragma once
#include <string>

#include "core/edit/comparison.h"
#include "core/edit/locale_number.h"
#include "core/error.h"
#include "core/fields.h"

namespace modelwatt {

// Re-parses and re-estimates a slot from preset + assumed + overrides; on failure the slot keeps its
// last valid scenario and *error says why. Provenance is corrected so that only the user's own
// values (and what follows from a reference the user picked) are badged "user".
bool refresh_slot(const Comparison& c, EditSlot* slot, Error* error);

const NumberField* find_field_by_path(const std::string& path);
// "" when `value` obeys the rule, else the reason in the UI language, quoting the value as read.
std::string rule_message(Rule rule, double value, Lang lang);
// A core validation error as a message for the field, in the UI language.
std::string localize_error(const Error& e, Lang lang);

// Json helpers on dotted paths of the contract layout ("training.pue", "label", "inference").
bool has_path(const Json& j, const std::string& path);
const Json* get_path(const Json& j, const std::string& path);
void set_path(Json* j, const std::string& path, const Json& value);
void erase_path(Json* j, const std::string& path);

// A user value (or null: remove) for a numeric field, applied only if the core accepts the result.
EditOutcome set_field_json(Comparison* c, int slot, const std::string& path, const Json& value);
// A reference change with the values of the old catalog entry following the new one.
EditOutcome set_reference_following(Comparison* c, int slot, const std::string& path, const std::string& id);

bool is_known_view_metric(const std::string& metric);

// How a field is typed: parameters in billions, training tokens in trillions (a phone's decimal
// keyboard has no "B" or "T"), everything else as is. A typed suffix ("13B", "2e12") is absolute.
struct InputScale {
  double factor = 1;
  const char* unit_key = nullptr;  // i18n key of the scaled unit ("unit.billion_params"), or none
};
InputScale input_scale(const std::string& path);
// The text a field's input shows for `v`, and its unit beside it, in the UI language.
std::string field_input_text(const std::string& path, double v, Lang lang);
std::string field_unit_text(const std::string& path, Lang lang);

}  // namespace modelwatt
