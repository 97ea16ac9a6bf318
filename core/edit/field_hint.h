// A field's hint ("Sequences decoded together on one replica; 32 assumed (8–128).") in the UI
// language, with the defaults it quotes filled from the constants the engine uses
// (core/estimate_phases.h), so a hint can never state another default than the one applied.
#pragma once
#include <string>

#include "core/format.h"

namespace modelwatt {

// "" when the field has no hint.
std::string field_hint(const std::string& path, Lang lang);

}  // namespace modelwatt
